package io.github.sitegen.search;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.search.lunr.JsonStringify;
import io.github.sitegen.support.NodeTools;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the real lunr.js 2.3.9, from the WebJar on the classpath, in the system {@code node}: the reference
 * that the differential tests compare the Java implementation with. One call is one node process doing a
 * whole batch, so the tests stay fast.
 */
public final class NodeLunr {

    static final String LUNR_RESOURCE = "META-INF/resources/webjars/lunr/2.3.9/lunr.js";
    private static final String HARNESS_RESOURCE = "search/lunr-harness.js";
    private static final long TIMEOUT_SECONDS = 120;

    public static final ObjectMapper JSON = new ObjectMapper();

    private final Path node;
    private final Path dir;
    private final AtomicInteger calls = new AtomicInteger();

    private NodeLunr(Path node, Path dir) {
        this.node = node;
        this.dir = dir;
    }

    /** Sets up lunr.js and the harness script in {@code dir}; fails if node is not on the PATH. */
    public static NodeLunr in(Path dir) throws IOException {
        Path node = NodeTools.node();
        copyResource(LUNR_RESOURCE, dir.resolve("lunr.js"));
        copyResource(HARNESS_RESOURCE, dir.resolve("lunr-harness.js"));
        return new NodeLunr(node, dir);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Runs a harness command (see {@code lunr-harness.js}) with {@code input} serialized as its input file
     * and returns the parsed output.
     */
    public JsonNode run(String command, Object input) throws IOException, InterruptedException {
        int call = calls.incrementAndGet();
        Path in = dir.resolve(command + "-" + call + "-in.json");
        Path out = dir.resolve(command + "-" + call + "-out.json");
        Path log = dir.resolve(command + "-" + call + ".log");
        writeJson(in, input);
        Process process = new ProcessBuilder(node.toString(), dir.resolve("lunr-harness.js").toString(),
                dir.resolve("lunr.js").toString(), command, in.toString(), out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("node '" + command + "' did not finish in " + TIMEOUT_SECONDS + " s; output: "
                    + Files.readString(log));
        }
        if (process.exitValue() != 0) {
            fail("node '" + command + "' failed with exit code " + process.exitValue() + ":\n"
                    + Files.readString(log));
        }
        return JSON.readTree(out.toFile());
    }

    /**
     * Writes {@code value} as JSON that keeps lone surrogates (as escapes), which a plain ObjectMapper would
     * corrupt in UTF-8.
     */
    public static void writeJson(Path file, Object value) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            JsonStringify.write(writer, generator -> JSON.writeValue(generator, value));
        }
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = NodeLunr.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                fail("Resource " + resource + " is not on the test classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
