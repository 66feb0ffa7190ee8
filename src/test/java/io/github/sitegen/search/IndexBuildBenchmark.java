package io.github.sitegen.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Not a test: times building the study notes' search index in Java and in lunr.js (node), and prints the
 * index size. Node's time covers only lunr's work inside the process, not its start-up or file reading.
 *
 * <pre>
 * mvn -B -q test-compile -Dmaven.plugin.skip=true
 * mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     io.github.sitegen.search.IndexBuildBenchmark [iterations, default 20]
 * </pre>
 */
public final class IndexBuildBenchmark {

    private IndexBuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<SearchDocument> documents = StudyNotesCorpus.documents();
        LunrIndexBuilder builder = LunrIndexBuilder.builder().field("title", 10).field("body").field("topic", 2)
                .build();
        long textChars = documents.stream().flatMap(d -> d.fields().values().stream()).mapToLong(String::length)
                .sum();

        for (int i = 0; i < 5; i++) {
            builder.index(documents).toJson(); // warm up the JIT
        }
        LunrIndex index = null;
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            index = builder.index(documents);
        }
        double javaBuildMs = (System.nanoTime() - start) / 1e6 / iterations;
        String json = null;
        start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            json = index.toJson();
        }
        double javaJsonMs = (System.nanoTime() - start) / 1e6 / iterations;
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        Path dir = Files.createTempDirectory("lunr-benchmark");
        JsonNode lunr = NodeLunr.in(dir).run("bench", nodeInput(documents, iterations));

        System.out.printf("corpus: %s, %d sections, %d chars of text, %d terms%n", StudyNotesCorpus.directory(),
                documents.size(), textChars, index.termCount());
        System.out.printf("Java  index():            %8.1f ms per build (%d builds)%n", javaBuildMs, iterations);
        System.out.printf("Java  toJson():           %8.1f ms per index%n", javaJsonMs);
        System.out.printf("lunr  lunr(...):          %8.1f ms per build (node %s)%n",
                lunr.get("msPerBuild").asDouble(), nodeVersion());
        System.out.printf("lunr  JSON.stringify():   %8.1f ms per index%n", lunr.get("msPerStringify").asDouble());
        System.out.printf("index JSON: %d bytes (lunr: %d chars), gzip -9: %d bytes, gzip -6: %d bytes%n",
                bytes.length, lunr.get("jsonChars").asLong(), gzip(bytes, Deflater.BEST_COMPRESSION),
                gzip(bytes, Deflater.DEFAULT_COMPRESSION));
    }

    private static Map<String, Object> nodeInput(List<SearchDocument> documents, int iterations) {
        List<Map<String, String>> docs = new ArrayList<>();
        for (SearchDocument document : documents) {
            Map<String, String> doc = new HashMap<>(document.fields());
            doc.put("id", document.ref());
            docs.add(doc);
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("ref", "id");
        input.put("fields", List.of(Map.of("name", "title", "boost", 10), Map.of("name", "body"),
                Map.of("name", "topic", "boost", 2)));
        input.put("docs", docs);
        input.put("iterations", iterations);
        return input;
    }

    private static String nodeVersion() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
        String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return version;
    }

    private static int gzip(byte[] bytes, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
