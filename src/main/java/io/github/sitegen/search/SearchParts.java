package io.github.sitegen.search;

import io.github.sitegen.output.SiteFile;
import io.github.sitegen.search.lunr.JsonStringify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lunr index and the result store cut into parts, so that a query downloads only what it needs
 * ({@code search-engine.js}, beside this class, puts them back together for lunr.js).
 *
 * <ul>
 *   <li>{@code search/index-N.js}: consecutive runs of the sorted terms, each term with its {@code _index} and,
 *       per field, the documents holding it with their weights: everything lunr reads of a term at query time.
 *       A document's score needs only its weights for the query's own terms (LUNR.md §4), so these parts score
 *       exactly as the whole index does.</li>
 *   <li>{@code search/terms-N.js}: the same sorted terms, without postings, in larger runs: what wildcard and
 *       fuzzy terms are expanded against before their postings are fetched.</li>
 *   <li>{@code search/ends-N.js}: the terms once more, ordered by their ends, for terms that must end in a given
 *       text.</li>
 *   <li>{@code search/store-N.js}: what the results list shows of consecutive documents: their pages once (address,
 *       title, note › page), then per document its title, its page, its anchor and the first words of its text.</li>
 *   <li>{@code search/manifest.js}: what every query needs, in one request: lunr.js, the engine, and the fields,
 *       the refs, the first term of every part and the first document of every store part, so that a term's or a
 *       document's part is found by binary search.</li>
 * </ul>
 *
 * <p>Every part is a script calling {@code siteGenSearchPart(kind, number, data)}: scripts load from
 * {@code file://}, where {@code fetch} does not. Parts end where their text reaches a target size, counted in
 * characters of the deterministic text, so two builds give the same parts.
 */
final class SearchParts {
    /** Characters of an index part before it ends: about 6 KiB gzip of postings. */
    static final int INDEX_PART_CHARS = 20_000;
    /** Characters of a term list part: terms compress well, and fuzzy terms need many of them. */
    static final int TERMS_PART_CHARS = 24_000;
    /**
     * A store of up to this many characters (about 45 KiB gzip) is one part. A results list shows documents from
     * all over the guide, so a small guide's first query needs most of its store anyway: in one request, which
     * leaves the index parts of a query typed key by key within the first query's 10 requests.
     */
    static final int STORE_WHOLE_CHARS = 160_000;
    static final int STORE_PARTS_SMALL = 1;
    /**
     * A larger store is cut into parts of this many characters (about 20 documents, 2.5 KiB gzip): a results list
     * then needs a small part per result, a few KiB however big the guide.
     */
    static final int STORE_PART_CHARS = 8_000;

    private SearchParts() {
    }

    /**
     * @param runtime what runs the parts, put before the manifest's data: lunr.js and the engine
     */
    static List<SiteFile> files(LunrIndex index, List<SearchCatalog.Entry> entries, String runtime) {
        List<SiteFile> files = new ArrayList<>();
        List<String> indexFirsts = new ArrayList<>();
        List<String> termFirsts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        StringBuilder terms = new StringBuilder();
        int fields = index.fields().size();
        for (int t = 0; t < index.termCount(); t++) {
            String quoted = JsonStringify.quote(index.term(t));
            if (part.length() == 0) {
                indexFirsts.add(index.term(t));
            } else {
                part.append(',');
            }
            part.append('[').append(quoted).append(',').append(index.termIndex(t));
            for (int field = 0; field < fields; field++) {
                part.append(",[");
                long[] pairs = index.postings(t, field);
                long previous = 0;
                for (int k = 0; k < pairs.length; k += 2) {
                    if (k > 0) {
                        part.append(',');
                    }
                    // documents as gaps from the one before: small numbers, which compress well
                    part.append(pairs[k] - previous).append(',').append(pairs[k + 1]);
                    previous = pairs[k];
                }
                part.append(']');
            }
            part.append(']');
            if (part.length() >= INDEX_PART_CHARS || t + 1 == index.termCount()) {
                files.add(script("index", indexFirsts.size() - 1, "[" + part + "]"));
                part.setLength(0);
            }
            if (terms.length() == 0) {
                termFirsts.add(index.term(t));
            } else {
                terms.append(',');
            }
            terms.append(quoted);
            if (terms.length() >= TERMS_PART_CHARS || t + 1 == index.termCount()) {
                files.add(script("terms", termFirsts.size() - 1, "[" + terms + "]"));
                terms.setLength(0);
            }
        }
        List<String> reversedFirsts = reversedTermLists(index, files);
        List<Integer> storeFirsts = store(entries, files);
        files.add(new SiteFile("search/manifest.js", (runtime + "\n" + call("manifest", 0,
                manifest(index, indexFirsts, termFirsts, reversedFirsts, storeFirsts))).getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    /**
     * The store parts ({@code search/store-N.js}): {@code [[pages], [documents]]}, a page {@code [url, title, trail]},
     * a document {@code [title, page, anchor, excerpt]} with its page's number in the part and its anchor: "" for a
     * page's introduction, 1 when it is {@link #slug} of its title, as most are. Returns the first document of each
     * part.
     */
    private static List<Integer> store(List<SearchCatalog.Entry> entries, List<SiteFile> files) {
        List<String> written = new ArrayList<>(entries.size());
        long total = 0;
        for (SearchCatalog.Entry e : entries) {
            int hash = e.url().indexOf('#');
            String anchor = hash < 0 ? "" : e.url().substring(hash + 1);
            String document = JsonStringify.quote(e.title()) + "," + (anchor.equals(slug(e.title())) ? "1" : JsonStringify.quote(anchor))
                    + "," + JsonStringify.quote(e.excerpt());
            written.add(document);
            total += document.length() + 6;
        }
        long size = total <= STORE_WHOLE_CHARS ? total / STORE_PARTS_SMALL + 1 : STORE_PART_CHARS;
        List<Integer> firsts = new ArrayList<>();
        StringBuilder pages = new StringBuilder();
        StringBuilder documents = new StringBuilder();
        Map<String, Integer> pageNumbers = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            SearchCatalog.Entry e = entries.get(i);
            if (documents.length() == 0) {
                firsts.add(i);
            }
            int hash = e.url().indexOf('#');
            String url = hash < 0 ? e.url() : e.url().substring(0, hash);
            Integer page = pageNumbers.get(url + '\n' + e.page() + '\n' + e.trail());
            if (page == null) {
                page = pageNumbers.size();
                pageNumbers.put(url + '\n' + e.page() + '\n' + e.trail(), page);
                pages.append(page > 0 ? ",[" : "[").append(JsonStringify.quote(url)).append(',')
                        .append(JsonStringify.quote(e.page())).append(',').append(JsonStringify.quote(e.trail())).append(']');
            }
            // [title, page, anchor, excerpt]: the page's number goes after the title
            String document = written.get(i);
            int title = JsonStringify.quote(e.title()).length();
            documents.append(documents.length() > 0 ? ",[" : "[").append(document, 0, title).append(',').append(page)
                    .append(document, title, document.length()).append(']');
            if (documents.length() >= size || i + 1 == entries.size()) {
                files.add(script("store", firsts.size() - 1, "[[" + pages + "],[" + documents + "]]"));
                pages.setLength(0);
                documents.setLength(0);
                pageNumbers.clear();
            }
        }
        return firsts;
    }

    /**
     * An anchor as a plain title gives it: an ASCII title lower-cased, keeping letters, digits, spaces, {@code _}
     * and {@code -}, spaces made {@code -}; null for a title with other characters. The engine computes the same
     * ({@code slug} in search-engine.js), so the store need not spell out such anchors.
     */
    static String slug(String title) {
        StringBuilder slug = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            char lower = Character.toLowerCase(c);
            if (lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9' || lower == '_' || lower == '-') {
                slug.append(lower);
            } else if (lower == ' ') {
                slug.append('-');
            }
        }
        return slug.toString();
    }

    /**
     * The terms again, ordered by their UTF-16 units read backwards ({@code search/ends-N.js}): a term ending in
     * a given text ({@code *ware}, and half of the terms a fuzzy term can match) is then in a few parts.
     * Returns the reversed first term of each part.
     */
    private static List<String> reversedTermLists(LunrIndex index, List<SiteFile> files) {
        String[] reversed = new String[index.termCount()];
        Integer[] order = new Integer[index.termCount()];
        for (int t = 0; t < reversed.length; t++) {
            reversed[t] = reverse(index.term(t));
            order[t] = t;
        }
        java.util.Arrays.sort(order, (a, b) -> reversed[a].compareTo(reversed[b]));
        List<String> firsts = new ArrayList<>();
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < order.length; i++) {
            if (terms.length() == 0) {
                firsts.add(reversed[order[i]]);
            } else {
                terms.append(',');
            }
            terms.append(JsonStringify.quote(index.term(order[i])));
            if (terms.length() >= TERMS_PART_CHARS || i + 1 == order.length) {
                files.add(script("ends", firsts.size() - 1, "[" + terms + "]"));
                terms.setLength(0);
            }
        }
        return firsts;
    }

    /** The UTF-16 units backwards, as JavaScript's {@code s.split('').reverse().join('')}; surrogate pairs too. */
    static String reverse(String s) {
        char[] units = new char[s.length()];
        for (int i = 0; i < units.length; i++) {
            units[i] = s.charAt(units.length - 1 - i);
        }
        return new String(units);
    }

    private static String manifest(LunrIndex index, List<String> indexFirsts, List<String> termFirsts,
                                   List<String> reversedFirsts, List<Integer> storeFirsts) {
        StringBuilder m = new StringBuilder("{\"version\":\"").append(LunrIndex.LUNR_VERSION).append("\",\"fields\":")
                .append(strings(index.fields())).append(",\"documents\":").append(index.documentCount())
                .append(",\"refs\":");
        // refs that are the documents' numbers in base 36, as the catalog makes them, need not be listed
        boolean numbered = true;
        List<String> refs = new ArrayList<>(index.documentCount());
        for (int d = 0; d < index.documentCount(); d++) {
            refs.add(index.ref(d));
            numbered &= index.ref(d).equals(Integer.toString(d, 36));
        }
        m.append(numbered ? "\"base36\"" : strings(refs));
        // small: the store is one part, which a first query loads while it is typed (search-engine.js, warm)
        return m.append(",\"store\":").append(storeFirsts.toString().replace(" ", ""))
                .append(",\"small\":").append(storeFirsts.size() <= STORE_PARTS_SMALL).append(",\"index\":").append(strings(indexFirsts))
                .append(",\"terms\":").append(strings(termFirsts)).append(",\"ends\":").append(strings(reversedFirsts))
                .append('}').toString();
    }

    private static String strings(List<String> values) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            s.append(i > 0 ? "," : "").append(JsonStringify.quote(values.get(i)));
        }
        return s.append(']').toString();
    }

    private static SiteFile script(String kind, int number, String data) {
        return SiteFile.text("search/" + kind + "-" + number + ".js", call(kind, number, data));
    }

    private static String call(String kind, int number, String data) {
        return "siteGenSearchPart(\"" + kind.charAt(0) + "\"," + number + "," + data + ");\n";
    }
}
