package io.github.sitegen.search;

import io.github.sitegen.search.lunr.JsNumbers;
import io.github.sitegen.search.lunr.JsonStringify;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * A built lunr 2.3.9 index, ready to be written as the JSON that {@code lunr.Index.load} reads.
 *
 * <p>Immutable; writing it twice gives the same bytes.
 */
public final class LunrIndex {

    /** The lunr version the index format belongs to; lunr warns when loading another version's index. */
    public static final String LUNR_VERSION = "2.3.9";

    /** Characters collected before a chunk goes to the writer of {@link #writeJson}. */
    private static final int CHUNK = 1 << 15;

    private final List<String> fields;
    private final String[] refs;
    /** Field ref i (document i / fields, field i % fields) has vector elements [vectorOffsets[i], [i + 1]). */
    private final int[] vectorOffsets;
    private final int[] vectorTerms;
    private final double[] vectorThousandths;
    /** The terms in serialization order, and each one's number in vector space (lunr's _index). */
    private final String[] terms;
    private final int[] termIndexes;
    /** Term t's documents in field f, in key order: [postingOffsets[t * fields + f], [t * fields + f + 1]). */
    private final int[] postingOffsets;
    private final int[] postingDocuments;

    LunrIndex(List<String> fields, String[] refs, int[] vectorOffsets, int[] vectorTerms, double[] vectorThousandths,
            String[] terms, int[] termIndexes, int[] postingOffsets, int[] postingDocuments) {
        this.fields = List.copyOf(fields);
        this.refs = refs;
        this.vectorOffsets = vectorOffsets;
        this.vectorTerms = vectorTerms;
        this.vectorThousandths = vectorThousandths;
        this.terms = terms;
        this.termIndexes = termIndexes;
        this.postingOffsets = postingOffsets;
        this.postingDocuments = postingDocuments;
    }

    public List<String> fields() {
        return fields;
    }

    public int documentCount() {
        return refs.length;
    }

    /** The number of distinct terms, the size of lunr's vector space. */
    public int termCount() {
        return terms.length;
    }

    /** The index as JSON text, identical to lunr's {@code JSON.stringify(idx)}. */
    public String toJson() {
        StringBuilder json = new StringBuilder(1 << 16);
        try {
            write(json, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Only a sink can fail, and there is none", e);
        }
        return json.toString();
    }

    /** Writes {@link #toJson()} to {@code out} without building it in memory; {@code out} stays open. */
    public void writeJson(Writer out) throws IOException {
        write(new StringBuilder(CHUNK + 1024), out);
        out.flush();
    }

    /**
     * Writes the JSON text into {@code json}, passing it on to {@code sink} chunk by chunk if there is one.
     * The layout is fixed, so it is written directly: strings escaped as {@link JsonStringify#quote}, keys in
     * lunr's order, numbers as JavaScript prints them. Each ref is quoted once, not once per posting.
     */
    private void write(StringBuilder json, Writer sink) throws IOException {
        String[] quotedFields = fields.stream().map(JsonStringify::quote).toArray(String[]::new);
        json.append("{\"version\":").append(JsonStringify.quote(LUNR_VERSION)).append(",\"fields\":[");
        json.append(String.join(",", quotedFields));

        json.append("],\"fieldVectors\":[");
        for (int fieldRef = 0; fieldRef + 1 < vectorOffsets.length; fieldRef++) {
            if (fieldRef > 0) {
                json.append(',');
            }
            writeFieldVector(json, fieldRef);
            flushIfFull(json, sink);
        }

        String[] postingKeys = new String[refs.length];
        for (int document = 0; document < refs.length; document++) {
            postingKeys[document] = JsonStringify.quote(refs[document]) + ":{}";
        }
        json.append("],\"invertedIndex\":[");
        for (int t = 0; t < terms.length; t++) {
            if (t > 0) {
                json.append(',');
            }
            writeTerm(json, t, quotedFields, postingKeys);
            flushIfFull(json, sink);
        }
        json.append("],\"pipeline\":[\"stemmer\"]}");
        if (sink != null) {
            sink.append(json);
            json.setLength(0);
        }
    }

    /** {@code ["field/ref",[termIndex,weight,...]]}, in the order lunr added the documents' fields. */
    private void writeFieldVector(StringBuilder json, int fieldRef) {
        String fieldAndRef = fields.get(fieldRef % fields.size()) + '/' + refs[fieldRef / fields.size()];
        json.append('[').append(JsonStringify.quote(fieldAndRef)).append(",[");
        for (int i = vectorOffsets[fieldRef]; i < vectorOffsets[fieldRef + 1]; i++) {
            if (i > vectorOffsets[fieldRef]) {
                json.append(',');
            }
            json.append(vectorTerms[i]).append(',');
            JsNumbers.appendThousandths(json, vectorThousandths[i]);
        }
        json.append("]]");
    }

    /** {@code ["term",{"_index":n,"field":{"ref":{},...},...}]}; terms are sorted by UTF-16 units. */
    private void writeTerm(StringBuilder json, int t, String[] quotedFields, String[] postingKeys) {
        json.append('[').append(JsonStringify.quote(terms[t])).append(",{\"_index\":").append(termIndexes[t]);
        for (int field = 0; field < quotedFields.length; field++) {
            json.append(',').append(quotedFields[field]).append(":{");
            int from = postingOffsets[t * quotedFields.length + field];
            int to = postingOffsets[t * quotedFields.length + field + 1];
            for (int i = from; i < to; i++) {
                if (i > from) {
                    json.append(',');
                }
                json.append(postingKeys[postingDocuments[i]]);
            }
            json.append('}');
        }
        json.append("}]");
    }

    private static void flushIfFull(StringBuilder json, Writer sink) throws IOException {
        if (sink != null && json.length() >= CHUNK) {
            sink.append(json);
            json.setLength(0);
        }
    }
}
