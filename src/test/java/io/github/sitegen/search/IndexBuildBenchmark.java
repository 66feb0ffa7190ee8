package io.github.sitegen.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Not a test: times "documents in, JSON text out" for the study notes' search index in Java
 * ({@code index()} then {@code toJson()}) and in lunr.js 2.3.9 in node ({@code lunr(...)} then
 * {@code JSON.stringify}), and prints the index size. Node's time covers only lunr's work inside the process,
 * not its start-up or file reading.
 *
 * <p>Fair by construction: both sides get the same documents and fields, the same untimed warm-up (at least
 * {@value #WARMUP_ITERATIONS} iterations and {@value #WARMUP_CPU_SECONDS} s of process CPU time: an iteration
 * count alone warms a fast side for far less time, and wall time on a loaded machine may leave a JIT
 * compiler little CPU; Java warms up once, node in each of its processes, as its JIT state dies with the
 * process), and the same timed loop, each iteration building an index and serializing that index. Java also
 * warms up until its JIT compilers have been idle for {@value #WARMUP_IDLE_JIT_ITERATIONS} iterations: on a
 * loaded machine C2's queue lags seconds behind, and the first timed rounds would otherwise run C1 code while
 * paying for C2's work. The sides
 * alternate in rounds so that both see the same load on a shared machine; per-iteration times are reported
 * as median (robust to noise), mean and minimum (the run least disturbed by other processes), plus process
 * CPU time (all threads, so GC and JIT count) as a cross-check.
 *
 * <pre>
 * mvn -B -q test-compile -Dmaven.plugin.skip=true
 * mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *     io.github.sitegen.search.IndexBuildBenchmark [iterations per round, default 20] [rounds, default 3]
 * </pre>
 */
public final class IndexBuildBenchmark {

    private static final int WARMUP_ITERATIONS = 10;
    private static final int WARMUP_CPU_SECONDS = 5;
    private static final int WARMUP_IDLE_JIT_ITERATIONS = 10;
    /** A bound on Java's warm-up, should its JIT never settle. */
    private static final int WARMUP_MAX_ITERATIONS = 2_000;

    private IndexBuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<SearchDocument> documents = StudyNotesCorpus.documents();
        LunrIndexBuilder builder = LunrIndexBuilder.builder().field("title", 10).field("body").field("topic", 2)
                .build();
        long textChars = documents.stream().flatMap(d -> d.fields().values().stream()).mapToLong(String::length)
                .sum();
        NodeLunr node = NodeLunr.in(Files.createTempDirectory("lunr-benchmark"));
        Map<String, Object> nodeInput = nodeInput(documents, iterations);

        long warmupEnd = processCpuNanos() + WARMUP_CPU_SECONDS * 1_000_000_000L;
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long compilationMs = jit.getTotalCompilationTime();
        int idleJitIterations = 0;
        int javaWarmup = 0;
        while (javaWarmup < WARMUP_ITERATIONS || processCpuNanos() < warmupEnd
                || idleJitIterations < WARMUP_IDLE_JIT_ITERATIONS && javaWarmup < WARMUP_MAX_ITERATIONS) {
            builder.index(documents).toJson();
            javaWarmup++;
            long compiledMs = jit.getTotalCompilationTime();
            idleJitIterations = compiledMs == compilationMs ? idleJitIterations + 1 : 0;
            compilationMs = compiledMs;
        }
        List<Double> javaBuild = new ArrayList<>();
        List<Double> javaJson = new ArrayList<>();
        List<Double> lunrBuild = new ArrayList<>();
        List<Double> lunrJson = new ArrayList<>();
        List<Integer> lunrWarmup = new ArrayList<>();
        double javaCpuMs = 0;
        double lunrCpuMs = 0;
        LunrIndex index = null;
        String json = null;
        JsonNode lunr = null;
        for (int round = 0; round < rounds; round++) {
            long cpuStart = processCpuNanos();
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                index = builder.index(documents);
                long built = System.nanoTime();
                json = index.toJson();
                long end = System.nanoTime();
                javaBuild.add((built - start) / 1e6);
                javaJson.add((end - built) / 1e6);
            }
            javaCpuMs += (processCpuNanos() - cpuStart) / 1e6;

            lunr = node.run("bench", nodeInput);
            lunr.get("buildMs").forEach(ms -> lunrBuild.add(ms.asDouble()));
            lunr.get("stringifyMs").forEach(ms -> lunrJson.add(ms.asDouble()));
            lunrCpuMs += lunr.get("cpuMs").asDouble();
            lunrWarmup.add(lunr.get("warmupIterations").asInt());
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int timed = rounds * iterations;

        System.out.printf("corpus: %s, %d sections, %d chars of text, %d terms%n", StudyNotesCorpus.directory(),
                documents.size(), textChars, index.termCount());
        System.out.printf("%d rounds of %d timed iterations per side; node %s%n", rounds, iterations, nodeVersion());
        System.out.printf("warm-up (>= %d iterations and >= %d s of CPU; Java also until its JIT idled for %d):"
                        + " Java %d iterations, lunr %s per process%n", WARMUP_ITERATIONS, WARMUP_CPU_SECONDS,
                WARMUP_IDLE_JIT_ITERATIONS, javaWarmup, lunrWarmup);
        System.out.printf("ms per iteration                  median      mean       min%n");
        print("Java  index():", javaBuild);
        print("Java  toJson():", javaJson);
        print("Java  index() + toJson():", sum(javaBuild, javaJson));
        print("lunr  lunr(...):", lunrBuild);
        print("lunr  JSON.stringify():", lunrJson);
        print("lunr  lunr(...) + stringify():", sum(lunrBuild, lunrJson));
        List<Double> lunrTotal = sum(lunrBuild, lunrJson);
        List<Double> javaTotal = sum(javaBuild, javaJson);
        System.out.printf("speed-up, documents in -> JSON out (lunr / Java): %.1fx by median, %.1fx by mean, "
                        + "%.1fx by min, %.1fx by process CPU (%.1f vs %.1f ms)%n",
                median(lunrTotal) / median(javaTotal), mean(lunrTotal) / mean(javaTotal),
                min(lunrTotal) / min(javaTotal), lunrCpuMs / javaCpuMs, lunrCpuMs / timed, javaCpuMs / timed);
        System.out.printf("index JSON: %d bytes (lunr: %d chars), gzip -9: %d bytes, gzip -6: %d bytes%n",
                bytes.length, lunr.get("jsonChars").asLong(), gzip(bytes, Deflater.BEST_COMPRESSION),
                gzip(bytes, Deflater.DEFAULT_COMPRESSION));
    }

    private static void print(String label, List<Double> ms) {
        System.out.printf("%-31s %8.1f  %8.1f  %8.1f%n", label, median(ms), mean(ms), min(ms));
    }

    private static List<Double> sum(List<Double> a, List<Double> b) {
        List<Double> sum = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            sum.add(a.get(i) + b.get(i));
        }
        return sum;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** CPU time of all threads of this JVM, so its GC and JIT threads count as node's do. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
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
        input.put("warmupIterations", WARMUP_ITERATIONS);
        input.put("warmupCpuMs", WARMUP_CPU_SECONDS * 1000);
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
