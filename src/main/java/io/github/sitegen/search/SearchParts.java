package io.github.sitegen.search;

import io.github.sitegen.output.SiteFile;
import io.github.sitegen.search.lunr.JsonStringify;

import java.util.ArrayList;
import java.util.List;

/**
 * The lunr index and the result store cut into parts, so that a query downloads only what it needs
 * ({@code assets/search-engine.js} puts them back together for lunr.js).
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
 *   <li>{@code search/store-N.js}: what the results list shows of {@value #STORE_BLOCK} consecutive documents.</li>
 *   <li>{@code search/manifest.js}: the fields, the refs, and the first term of every part, so a term's part
 *       is found by binary search.</li>
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
    /** Documents per store part: a results list of ten loads about ten documents' worth. */
    static final int STORE_BLOCK = 4;

    private SearchParts() {
    }

    static List<SiteFile> files(LunrIndex index, List<SearchCatalog.Entry> entries) {
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
        int stores = 0;
        for (int from = 0; from < entries.size(); from += STORE_BLOCK) {
            StringBuilder store = new StringBuilder("[");
            for (int i = from; i < Math.min(entries.size(), from + STORE_BLOCK); i++) {
                SearchCatalog.Entry e = entries.get(i);
                store.append(i > from ? ",[" : "[").append(JsonStringify.quote(e.title())).append(',')
                        .append(JsonStringify.quote(e.url())).append(',').append(JsonStringify.quote(e.page())).append(',')
                        .append(JsonStringify.quote(e.trail())).append(',').append(JsonStringify.quote(e.excerpt())).append(']');
            }
            files.add(script("store", stores++, store.append(']').toString()));
        }
        files.add(script("manifest", 0, manifest(index, indexFirsts, termFirsts, reversedFirsts)));
        return files;
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
                                   List<String> reversedFirsts) {
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
        return m.append(",\"store\":").append(STORE_BLOCK).append(",\"index\":").append(strings(indexFirsts))
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
        String name = kind.equals("manifest") ? "search/manifest.js" : "search/" + kind + "-" + number + ".js";
        return SiteFile.text(name, "siteGenSearchPart(\"" + kind.charAt(0) + "\"," + number + "," + data + ");\n");
    }
}
