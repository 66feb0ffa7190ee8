package io.github.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sharded search engine ({@code assets/search-engine.js}, loading only the parts of {@code search/} a query
 * needs) against lunr.js's {@code index.search()} over the whole index that lunr builds from the site's
 * {@code search-docs.json}: for every query, the same refs in the same order with the same scores. On the
 * guide of content/ and on a guide ten times its size ({@link ScaledNotes}), in node with the lunr.min.js the
 * site ships.
 */
class ShardedSearchDifferentialTest {
    @TempDir
    static Path work;

    @Test
    void shardedEngineAnswersAsLunrOverTheWholeIndexOnTheGuide() throws Exception {
        assertSameAsLunr(build(Path.of("content"), "site-1"), 400);
    }

    @Test
    void shardedEngineAnswersAsLunrOverTheWholeIndexOnATenfoldGuide() throws Exception {
        Path notes = ScaledNotes.write(Path.of("content"), work.resolve("notes-10"), 10);
        assertSameAsLunr(build(notes, "site-10"), 400);
    }

    private static Path build(Path notes, String name) {
        Path site = work.resolve(name);
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(notes, Path.of("templates"), site, "Guide",
                Optional.empty(), Optional.empty()).withWholeSearchIndex(true));
        return site;
    }

    /** Queries of every kind drawn from the site's own documents, plus the ones the search box sends. */
    static List<String> queries(Path site) throws Exception {
        JsonNode spec = NodeLunr.JSON.readTree(site.resolve("search-docs.json").toFile());
        List<String> fields = new ArrayList<>();
        spec.get("fields").forEach(f -> fields.add(f.get("name").asText()));
        List<SearchDocument> documents = new ArrayList<>();
        for (JsonNode doc : spec.get("docs")) {
            Map<String, String> texts = new LinkedHashMap<>();
            fields.forEach(f -> texts.put(f, doc.get(f).asText()));
            documents.add(new SearchDocument(doc.get("ref").asText(), texts, doc.get("boost").asDouble()));
        }
        Set<String> queries = new LinkedHashSet<>(QueryGenerator.queries(documents, fields));
        queries.addAll(List.of("select related", "null blank", "signals", "django orm", "Django", "Django^10 django*",
                "sel*", "s*", "q&a", "+django +orm -drf", "-django", "-django -drf", "title:signal*", "middlewar~1",
                "*ware", "m*e", "prefetch~2", "über", "naïve", "数据库", "post* -django", "title:django^5 body:orm~1"));
        // one edit anywhere in a word, the cases the fuzzy term lists must all cover
        List<String> words = QueryGenerator.vocabulary(documents).stream().filter(w -> w.length() >= 5).toList();
        for (int i = 0; i < 12; i++) {
            String w = words.get(i * words.size() / 12);
            int mid = w.length() / 2;
            queries.addAll(List.of(w.substring(1) + "~1", "x" + w.substring(1) + "~1", w.charAt(1) + "" + w.charAt(0)
                    + w.substring(2) + "~1", w.substring(0, mid - 1) + w.charAt(mid) + w.charAt(mid - 1) + w.substring(mid + 1)
                    + "~1", "q" + w + "~1", w.substring(0, w.length() - 1) + "~1", w.substring(0, mid) + "e" + w.substring(mid)
                    + "~1", "*" + w.substring(mid), w.substring(0, 2) + "*" + w.substring(w.length() - 2)));
        }
        return List.copyOf(queries);
    }

    private static void assertSameAsLunr(Path site, int atLeast) throws Exception {
        List<String> queries = queries(site);
        assertThat(queries).hasSizeGreaterThanOrEqualTo(atLeast);
        JsonNode result = harness(site, queries);
        assertThat(result.get("mismatches")).as("queries the engine answered differently from lunr").isEmpty();
        assertThat(result.get("queries").asInt()).isEqualTo(queries.size());
        assertThat(result.get("withHits").asInt()).as("queries with results").isGreaterThan(queries.size() / 2);
        System.out.printf("%s: %d documents, %d queries (%d with hits) answered as lunr over the whole index%n",
                site.getFileName(), result.get("documents").asInt(), queries.size(), result.get("withHits").asInt());
    }

    /** Runs {@code sharded-harness.js} on the site for these queries: lunr's answers and the engine's mismatches. */
    static JsonNode harness(Path site, List<String> queries) throws Exception {
        Path in = site.resolveSibling(site.getFileName() + "-queries.json");
        Path out = site.resolveSibling(site.getFileName() + "-result.json");
        NodeLunr.writeJson(in, queries);
        Process node = new ProcessBuilder("node", Path.of("src/test/resources/search/sharded-harness.js").toAbsolutePath()
                .toString(), site.toString(), in.toString(), out.toString()).redirectErrorStream(true).start();
        String log = new String(node.getInputStream().readAllBytes());
        assertThat(node.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(log).isZero();
        return NodeLunr.JSON.readTree(Files.readString(out));
    }
}
