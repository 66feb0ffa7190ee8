package io.github.sitegen.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.output.SiteFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The search files of a guide n times the size of a built one, without building n times the pages: the built
 * site's search documents ({@code search-docs.json}) and store, copied n times with {@link ScaledNotes}'s
 * mutations of every field, are indexed and cut into parts, and written over a copy of the built site, whose
 * pages then search the bigger index (their results point at pages that do not exist; the bytes are right).
 * What the search of a 100x guide downloads, measured before the scale work (issue 13) makes such a build cheap.
 *
 * <p>{@code ScaledSearchSite <built site> <target> <n> [--lunr-json]}: with {@code --lunr-json} the whole lunr
 * index and the documents are written too, for the differential harness.
 */
public final class ScaledSearchSite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("[a-z]{4,}");

    private ScaledSearchSite() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        Path target = Path.of(args[1]);
        int copies = Integer.parseInt(args[2]);
        boolean lunrJson = args.length > 3 && args[3].equals("--lunr-json");
        JsonNode docs = JSON.readTree(site.resolve("search-docs.json").toFile());
        JsonNode store = JSON.readTree(site.resolve("search-store.json").toFile());
        List<String> fields = new ArrayList<>();
        docs.get("fields").forEach(f -> fields.add(f.get("name").asText()));
        TreeSet<String> words = new TreeSet<>();
        for (JsonNode doc : docs.get("docs")) {
            Matcher m = WORD.matcher(doc.get("body").asText());
            while (m.find()) {
                words.add(m.group());
            }
        }
        List<String> vocabulary = new ArrayList<>(words);
        List<SearchCatalog.Entry> entries = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (JsonNode doc : docs.get("docs")) {
                Map<String, String> texts = new LinkedHashMap<>();
                for (String field : fields) {
                    String text = doc.get(field).asText();
                    texts.put(field, copy == 0 ? text : ScaledNotes.mutate(text, copy, vocabulary));
                }
                JsonNode shown = store.get(doc.get("ref").asText());
                String ref = Integer.toString(entries.size(), 36);
                entries.add(new SearchCatalog.Entry(new SearchDocument(ref, texts, doc.get("boost").asDouble()),
                        copy == 0 ? shown.get("t").asText() : ScaledNotes.mutate(shown.get("t").asText(), copy, vocabulary),
                        shown.get("u").asText(), shown.get("p").asText(), shown.get("b").asText(), shown.get("x").asText()));
            }
        }
        LunrIndexBuilder.Builder builder = LunrIndexBuilder.builder();
        SearchCatalog.FIELDS.forEach(builder::field);
        long start = System.nanoTime();
        LunrIndex index = builder.build().index(entries.stream().map(SearchCatalog.Entry::document).toList());
        List<SiteFile> files = SearchParts.files(index, entries, SearchFiles.runtime());
        System.out.printf("%d documents, %d terms, %d parts, indexed and cut in %d ms%n", index.documentCount(),
                index.termCount(), files.size(), (System.nanoTime() - start) / 1_000_000);
        copyTree(site, target);
        try (Stream<Path> old = Files.list(target.resolve("search"))) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        for (SiteFile file : files) {
            Files.write(target.resolve(file.path()), file.content());
        }
        if (lunrJson) {
            try (var out = Files.newBufferedWriter(target.resolve("search-index.json"))) {
                index.writeJson(out);
            }
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("lunr", LunrIndex.LUNR_VERSION);
            spec.put("ref", "ref");
            spec.put("fields", JSON.convertValue(docs.get("fields"), Object.class));
            List<Map<String, Object>> list = new ArrayList<>();
            for (SearchCatalog.Entry e : entries) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("ref", e.document().ref());
                doc.put("boost", e.document().boost());
                doc.putAll(e.document().fields());
                list.add(doc);
            }
            spec.put("docs", list);
            JSON.writeValue(target.resolve("search-docs.json").toFile(), spec);
        } else {
            Files.deleteIfExists(target.resolve("search-index.json"));
            Files.deleteIfExists(target.resolve("search-docs.json"));
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
