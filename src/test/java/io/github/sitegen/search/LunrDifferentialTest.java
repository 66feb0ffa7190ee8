package io.github.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java index against lunr.js 2.3.9 itself: lunr builds an index from the same documents in node, the two
 * JSON texts must be byte-identical, and the Java index, loaded into lunr with {@code lunr.Index.load}, must
 * answer every query exactly as lunr's own index does (refs, order, scores).
 */
class LunrDifferentialTest {

    private static final List<SearchField> STUDY_GUIDE_FIELDS =
            List.of(new SearchField("title", 10), SearchField.of("body"), new SearchField("topic", 2));

    @TempDir
    static Path dir;
    private static NodeLunr node;

    @BeforeAll
    static void startNode() throws IOException {
        node = NodeLunr.in(dir);
    }

    @Test
    void edgeCaseCorpusIndexIsByteIdenticalAndSearchesAlike() throws Exception {
        JsonNode corpus;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("search/edge-cases.json")) {
            corpus = NodeLunr.JSON.readTree(in);
        }
        List<SearchField> fields = new ArrayList<>();
        corpus.get("fields").forEach(f -> fields.add(
                new SearchField(f.get("name").asText(), f.has("boost") ? f.get("boost").asDouble() : 1)));
        List<SearchDocument> documents = new ArrayList<>();
        corpus.get("documents").forEach(d -> {
            Map<String, String> texts = new LinkedHashMap<>();
            d.get("fields").fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
            documents.add(new SearchDocument(d.get("ref").asText(), texts,
                    d.has("boost") ? d.get("boost").asDouble() : 1));
        });

        assertSameAsLunr("edge-cases", fields, documents);
    }

    @Test
    void studyNotesIndexIsByteIdenticalAndSearchesAlike() throws Exception {
        List<SearchDocument> documents = StudyNotesCorpus.documents();
        assertThat(documents).as("sections of the notes in %s", StudyNotesCorpus.directory()).hasSizeGreaterThan(100);

        assertSameAsLunr("study-notes", STUDY_GUIDE_FIELDS, documents);
    }

    private static void assertSameAsLunr(String name, List<SearchField> fields, List<SearchDocument> documents)
            throws Exception {
        LunrIndexBuilder.Builder builder = LunrIndexBuilder.builder();
        fields.forEach(builder::field);
        LunrIndex index = builder.build().index(documents);
        byte[] java = index.toJson().getBytes(StandardCharsets.UTF_8);
        Path javaFile = dir.resolve(name + "-java.json");
        Path nodeFile = dir.resolve(name + "-node.json");
        Files.write(javaFile, java);
        List<String> fieldNames = fields.stream().map(SearchField::name).toList();
        List<String> queries = QueryGenerator.queries(documents, fieldNames);

        JsonNode out = node.run("index", lunrInput(fields, documents, queries, javaFile, nodeFile));

        assertByteIdentical(java, Files.readAllBytes(nodeFile));
        int withHits = 0;
        List<String> mismatches = new ArrayList<>();
        for (JsonNode result : out.get("results")) {
            if (!result.get("node").equals(result.get("java"))) {
                mismatches.add(result.get("query") + ": lunr " + result.get("node") + ", Java " + result.get("java"));
            }
            if (result.get("node").has("hits") && !result.get("node").get("hits").isEmpty()) {
                withHits++;
            }
        }
        assertThat(mismatches).as("queries answered differently").isEmpty();
        assertThat(out.get("results").size()).isEqualTo(queries.size());
        assertThat(withHits).as("queries with results").isGreaterThan(queries.size() / 2);
        System.out.printf("%s: %d documents, %d terms, %d bytes identical to lunr; %d queries (%d with hits)"
                        + " answered identically%n",
                name, index.documentCount(), index.termCount(), java.length, queries.size(), withHits);
    }

    /** The documents as lunr receives them: plain objects with the ref under a key that is no field name. */
    private static Map<String, Object> lunrInput(List<SearchField> fields, List<SearchDocument> documents,
            List<String> queries, Path javaFile, Path nodeFile) {
        String refKey = "id";
        while (isField(fields, refKey)) {
            refKey = "_" + refKey;
        }
        List<Map<String, Object>> lunrFields = new ArrayList<>();
        for (SearchField field : fields) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("name", field.name());
            if (field.boost() != 1) {
                f.put("boost", field.boost());
            }
            lunrFields.add(f);
        }
        List<Map<String, String>> docs = new ArrayList<>();
        List<Double> boosts = new ArrayList<>();
        for (SearchDocument document : documents) {
            Map<String, String> doc = new HashMap<>(document.fields());
            doc.put(refKey, document.ref());
            docs.add(doc);
            boosts.add(document.boost() == 1 ? null : document.boost());
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("ref", refKey);
        input.put("fields", lunrFields);
        input.put("docs", docs);
        input.put("boosts", boosts);
        input.put("queries", queries);
        input.put("javaIndexPath", javaFile.toString());
        input.put("nodeIndexPath", nodeFile.toString());
        return input;
    }

    private static boolean isField(List<SearchField> fields, String name) {
        return fields.stream().anyMatch(field -> field.name().equals(name));
    }

    private static void assertByteIdentical(byte[] java, byte[] lunr) {
        int length = Math.min(java.length, lunr.length);
        int at = 0;
        while (at < length && java[at] == lunr[at]) {
            at++;
        }
        if (at == length && java.length == lunr.length) {
            return;
        }
        fail("Java index differs from lunr's at byte %d of %d (lunr %d bytes):%n lunr: …%s…%n Java: …%s…",
                at, java.length, lunr.length, around(lunr, at), around(java, at));
    }

    private static String around(byte[] bytes, int at) {
        int from = Math.max(0, at - 80);
        int to = Math.min(bytes.length, at + 80);
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
}
