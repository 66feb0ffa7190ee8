package io.github.sitegen.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.output.SiteFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The search files of the site: the index and result store in parts, of which the browser loads
 * only what a query needs ({@link SearchParts}); and, when asked for, the whole lunr index and
 * store, as lunr.js would write them, and the documents and fields exactly as indexed, to rebuild
 * and compare with lunr.js.
 */
public final class SearchFiles {
    /** The lunr.js the index format belongs to, from its WebJar on the plugin's classpath. */
    private static final String LUNR = "META-INF/resources/webjars/lunr/" + LunrIndex.LUNR_VERSION + "/lunr.min.js";
    /** What reads the parts in the browser: it belongs to their format, not to the theme. */
    private static final String ENGINE = "io/github/sitegen/search/search-engine.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LunrIndexBuilder builder = indexBuilder();
    private final boolean wholeIndex;

    /**
     * @param wholeIndex whether to add search-index.json, search-store.json and search-docs.json:
     *                   no page loads them, they weigh about half the search files (at 10× the notes
     *                   24 MB of a 58 MB site), and each is held in memory as one string while it is written
     */
    public SearchFiles(boolean wholeIndex) {
        this.wholeIndex = wholeIndex;
    }

    private static LunrIndexBuilder indexBuilder() {
        LunrIndexBuilder.Builder builder = LunrIndexBuilder.builder();
        SearchCatalog.FIELDS.forEach(builder::field);
        return builder.build();
    }

    public List<SiteFile> files(SiteModel site) {
        return stream(site).toList();
    }

    /**
     * The same files, in the same order, the whole-index ones each made only when it is taken:
     * at 100× the notes each is tens of MB, and a writer that drops a file once written then
     * holds one of them at a time instead of all.
     */
    public Stream<SiteFile> stream(SiteModel site) {
        List<SearchCatalog.Entry> indexed = SearchCatalog.of(site);
        LunrIndex index = builder.index(indexed.stream().map(SearchCatalog.Entry::document).toList());
        // the parts need only what a result shows: the text, as big as the notes, can go now
        List<SearchCatalog.Entry> entries = wholeIndex ? indexed : indexed.stream().map(SearchCatalog.Entry::shown).toList();
        Stream<Supplier<SiteFile>> whole = !wholeIndex ? Stream.empty()
                : Stream.of(
                        () -> SiteFile.text("search-index.json", index.toJson()),
                        () -> SiteFile.text("search-store.json", json(store(entries))),
                        () -> SiteFile.text("search-docs.json", json(docs(entries))));
        return Stream.concat(SearchParts.files(index, entries, runtime()).stream(), whole.map(Supplier::get));
    }

    private static Map<String, Object> store(List<SearchCatalog.Entry> entries) {
        Map<String, Object> store = new LinkedHashMap<>();
        for (SearchCatalog.Entry e : entries) {
            Map<String, String> shown = new LinkedHashMap<>();
            shown.put("t", e.title());
            shown.put("u", e.url());
            shown.put("p", e.page());
            shown.put("b", e.trail());
            shown.put("x", e.excerpt());
            store.put(e.document().ref(), shown);
        }
        return store;
    }

    private static Map<String, Object> docs(List<SearchCatalog.Entry> entries) {
        Map<String, Object> docs = new LinkedHashMap<>();
        docs.put("lunr", LunrIndex.LUNR_VERSION);
        docs.put("ref", "ref");
        // ordered maps: Map.of iterates in an order that changes from run to run
        docs.put("fields", SearchCatalog.FIELDS.stream().map(f -> {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.name());
            field.put("boost", f.boost());
            return field;
        }).toList());
        List<Map<String, Object>> list = new ArrayList<>();
        for (SearchCatalog.Entry e : entries) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ref", e.document().ref());
            doc.put("boost", e.document().boost());
            SearchCatalog.FIELDS.forEach(f -> doc.put(f.name(), e.document().fields().getOrDefault(f.name(), "")));
            list.add(doc);
        }
        docs.put("docs", list);
        return docs;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What runs the parts in the browser, and what they need first: lunr.js and the engine. */
    static String runtime() {
        return resource(LUNR) + "\n" + resource(ENGINE);
    }

    private static String resource(String name) {
        try (InputStream in = SearchFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the plugin's classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
