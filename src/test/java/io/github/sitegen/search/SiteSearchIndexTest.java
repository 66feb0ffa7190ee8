package io.github.sitegen.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The search files of the real guide, checked against the lunr.js the site itself ships. */
class SiteSearchIndexTest {
    @TempDir
    static Path work;
    static Path site;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void build() {
        site = work.resolve("site-output");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(Path.of("content"), Path.of("templates"), site,
                "Guide", Optional.empty(), Optional.empty()).withWholeSearchIndex(true));
    }

    @Test
    void lunrJsRebuildsTheSameIndexFromThePublishedDocuments() throws Exception {
        byte[] rebuilt = node("rebuild-site-index.js");
        byte[] shipped = Files.readAllBytes(site.resolve("search-index.json"));
        assertThat(shipped.length).isGreaterThan(100_000);
        assertThat(new String(shipped, StandardCharsets.UTF_8)).isEqualTo(new String(rebuilt, StandardCharsets.UTF_8));
    }

    @Test
    void everyIndexedDocumentHasAStoreEntryPointingAtAnExistingAnchor() throws IOException {
        JsonNode docs = JSON.readTree(site.resolve("search-docs.json").toFile()).get("docs");
        JsonNode store = JSON.readTree(site.resolve("search-store.json").toFile());
        assertThat(docs.size()).isEqualTo(store.size()).isGreaterThan(500);
        Set<String> refs = new HashSet<>();
        for (JsonNode doc : docs) {
            String ref = doc.get("ref").asText();
            assertThat(refs.add(ref)).as("unique ref " + ref).isTrue();
            JsonNode shown = store.get(ref);
            String url = shown.get("u").asText();
            String page = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
            assertThat(site.resolve(page)).as(url).exists();
            if (url.contains("#")) {
                assertThat(Files.readString(site.resolve(page))).as(url).contains("id=\"" + url.substring(url.indexOf('#') + 1) + "\"");
            }
        }
    }

    @Test
    void thePartsPutBackTogetherAreTheWholeIndexAndStore() throws Exception {
        JsonNode rebuilt = JSON.readTree(node("parts-roundtrip.js"));
        assertThat(rebuilt.get("index").asText()).isEqualTo(Files.readString(site.resolve("search-index.json")));
        assertThat(rebuilt.get("store")).isEqualTo(JSON.readTree(site.resolve("search-store.json").toFile()));
        assertThat(rebuilt.get("parts").get("index").asInt()).as("index parts").isGreaterThan(5);
        // what every query needs comes in one request: lunr.js 2.3.9 and the engine before the manifest's data
        assertThat(site.resolve("search/manifest.js")).content().contains("version=\"2.3.9\"", "siteGenSearchEngine",
                "siteGenSearchPart(\"m\",0,{");
        assertThat(site.resolve("assets/lunr.min.js")).doesNotExist();
    }

    @Test
    void identifierPartsAreSearchableAsTheWordsReadersType() {
        assertThat(SearchCatalog.parts("Use select_related() and null=True with ModelSerializer or prefetchRelated"))
                .isEqualTo("select related null true model serializer prefetch");
    }

    /** What a script of src/test/resources/search/ prints when node runs it on the site. */
    private static byte[] node(String script) throws Exception {
        Process node = new ProcessBuilder("node", Path.of("src/test/resources/search", script).toAbsolutePath().toString(),
                site.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = node.getInputStream().readAllBytes();
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).isZero();
        return out;
    }
}
