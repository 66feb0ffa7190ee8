package io.github.sitegen.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script in the system {@code node} beside the reference tools that {@code mvn} installs from
 * {@code src/test/node/package-lock.json} into {@code target/node-tools} (ts-fsrs, anki-reader).
 */
public final class NodeTools {
    private static final long TIMEOUT_SECONDS = 300;

    private NodeTools() {
    }

    /** {@code target/node-tools/node_modules}; fails, saying how to get it, when it is missing. */
    public static Path modules() {
        Path modules = Path.of(System.getProperty("user.dir"), "target", "node-tools", "node_modules");
        if (!Files.isDirectory(modules)) {
            fail("The reference tools are not installed in " + modules + ": run mvn generate-test-resources "
                    + "(it runs npm ci in target/node-tools), then the test again.");
        }
        return modules;
    }

    /** Runs {@code node script args…} and returns what it printed; fails with its output when it fails. */
    public static String run(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node().toString(), script.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("node-", ".log");
        Path err = Files.createTempFile("node-", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(log.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(script.getFileName() + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                fail(script.getFileName() + " failed with exit code " + process.exitValue() + ":\n" + out
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return out;
        } finally {
            Files.deleteIfExists(log);
            Files.deleteIfExists(err);
        }
    }

    /** The system's {@code node}; fails, saying how to install it, when there is none on the PATH. */
    public static Path node() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                Path candidate = Path.of(entry.isEmpty() ? "." : entry, "node");
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return fail("These tests run reference tools in Node.js, but no executable 'node' is on the PATH (" + path
                + "). Install it (Debian: apt-get install nodejs npm) and run the tests again.");
    }
}
