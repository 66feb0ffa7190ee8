package io.github.sitegen.search;

import java.util.Map;

/**
 * One document to index: the ref that search results return, the text of each field, and lunr's
 * per-document boost ({@code builder.add(doc, {boost})}).
 *
 * <p>The ref is the only thing the index stores about a document, and it is repeated in every posting:
 * short refs (a number, a path) keep the index small. A field the document lacks is indexed as empty, as
 * lunr indexes a missing property.
 *
 * @param ref    the document's identity in search results; unique within one index
 * @param fields text per field name; every name must be a field of the index
 * @param boost  a finite factor &gt; 0 on all weights of this document
 */
public record SearchDocument(String ref, Map<String, String> fields, double boost) {

    public SearchDocument {
        if (ref == null) {
            throw new IllegalArgumentException("A search document needs a ref");
        }
        if (fields == null) {
            throw new IllegalArgumentException("Search document '" + ref + "' has no field map");
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getKey() == null || field.getValue() == null) {
                throw new IllegalArgumentException("Search document '" + ref + "' has a null field name or "
                        + "text (field " + field.getKey() + "); leave a field out to index it as empty");
            }
        }
        fields = Map.copyOf(fields);
        if (!(boost > 0) || Double.isInfinite(boost)) {
            throw new IllegalArgumentException("Search document '" + ref + "' has boost " + boost
                    + ": a boost must be finite and greater than 0 (lunr treats 0 as 1 and ranks "
                    + "negative boosts upside down)");
        }
    }

    /** A document with lunr's default boost of 1. */
    public SearchDocument(String ref, Map<String, String> fields) {
        this(ref, fields, 1);
    }
}
