package io.github.sitegen.search;

import io.github.sitegen.search.lunr.JsNumbers;
import io.github.sitegen.search.lunr.JsonStringify;
import io.github.sitegen.search.lunr.JsonText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
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

    /** The document refs in the order they were added. */
    String ref(int document) {
        return refs[document];
    }

    /** Term number {@code i} in serialization (UTF-16) order. */
    String term(int i) {
        return terms[i];
    }

    /** lunr's {@code _index} of the {@code i}-th term in serialization order. */
    int termIndex(int i) {
        return termIndexes[i];
    }

    /**
     * The documents holding the {@code i}-th term (serialization order) in {@code field}, in document order,
     * each with its weight in thousandths (the number lunr prints divided by 1000): {@code [doc, w, doc, w...]}.
     */
    long[] postings(int i, int field) {
        int from = postingOffsets[i * fields.size() + field];
        int to = postingOffsets[i * fields.size() + field + 1];
        int[] documents = Arrays.copyOfRange(postingDocuments, from, to);
        Arrays.sort(documents);
        long[] pairs = new long[documents.length * 2];
        for (int k = 0; k < documents.length; k++) {
            int fieldRef = documents[k] * fields.size() + field;
            int at = Arrays.binarySearch(vectorTerms, vectorOffsets[fieldRef], vectorOffsets[fieldRef + 1], termIndexes[i]);
            pairs[2 * k] = documents[k];
            pairs[2 * k + 1] = (long) vectorThousandths[at];
        }
        return pairs;
    }

    /** The index as JSON text, identical to lunr's {@code JSON.stringify(idx)}. */
    public String toJson() {
        JsonText json = new JsonText(estimatedJsonLength());
        try {
            write(json, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Only a sink can fail, and there is none", e);
        }
        return json.toString();
    }

    /** Writes {@link #toJson()} to {@code out} without building it in memory; {@code out} stays open. */
    public void writeJson(Writer out) throws IOException {
        write(new JsonText(CHUNK + 1024), out);
        out.flush();
    }

    /**
     * Writes the JSON text into {@code json}, moving it on to {@code sink} chunk by chunk if there is one.
     * The layout is fixed, so it is written directly: keys in lunr's order, strings escaped and numbers
     * printed as JavaScript does. Each ref is quoted once, not once per posting.
     */
    private void write(JsonText json, Writer sink) throws IOException {
        json.append("{\"version\":").appendQuoted(LUNR_VERSION).append(",\"fields\":[");
        for (int field = 0; field < fields.size(); field++) {
            if (field > 0) {
                json.append(',');
            }
            json.appendQuoted(fields.get(field));
        }

        json.append("],\"fieldVectors\":[");
        for (int fieldRef = 0; fieldRef + 1 < vectorOffsets.length; fieldRef++) {
            if (fieldRef > 0) {
                json.append(',');
            }
            writeFieldVector(json, fieldRef);
            moveIfFull(json, sink);
        }

        String[] postingKeys = new String[refs.length];
        for (int document = 0; document < refs.length; document++) {
            postingKeys[document] = JsonStringify.quote(refs[document]) + ":{}";
        }
        String[] fieldKeys = fields.stream().map(field -> "," + JsonStringify.quote(field) + ":{")
                .toArray(String[]::new);
        json.append("],\"invertedIndex\":[");
        for (int t = 0; t < terms.length; t++) {
            if (t > 0) {
                json.append(',');
            }
            writeTerm(json, t, fieldKeys, postingKeys);
            moveIfFull(json, sink);
        }
        json.append("],\"pipeline\":[\"stemmer\"]}");
        if (sink != null) {
            json.moveTo(sink);
        }
    }

    /** {@code ["field/ref",[termIndex,weight,...]]}, in the order lunr added the documents' fields. */
    private void writeFieldVector(JsonText json, int fieldRef) {
        json.append('[').appendQuoted(fields.get(fieldRef % fields.size()) + '/' + refs[fieldRef / fields.size()])
                .append(",[");
        for (int i = vectorOffsets[fieldRef]; i < vectorOffsets[fieldRef + 1]; i++) {
            if (i > vectorOffsets[fieldRef]) {
                json.append(',');
            }
            json.appendInteger(vectorTerms[i]).append(',');
            JsNumbers.appendThousandths(json, vectorThousandths[i]);
        }
        json.append("]]");
    }

    /** {@code ["term",{"_index":n,"field":{"ref":{},...},...}]}; terms are sorted by UTF-16 units. */
    private void writeTerm(JsonText json, int t, String[] fieldKeys, String[] postingKeys) {
        json.append('[').appendQuoted(terms[t]).append(",{\"_index\":").appendInteger(termIndexes[t]);
        for (int field = 0; field < fieldKeys.length; field++) {
            json.append(fieldKeys[field]);
            int from = postingOffsets[t * fieldKeys.length + field];
            int to = postingOffsets[t * fieldKeys.length + field + 1];
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

    /**
     * The length of {@link #toJson()}, or a little more: written into an array that already has the room,
     * the text is not copied on the way (a quarter of the time on the notes). Escapes are not counted; if
     * the estimate falls short, the array grows.
     */
    private int estimatedJsonLength() {
        long length = 64 + 8L * fields.size();
        for (int fieldRef = 0; fieldRef + 1 < vectorOffsets.length; fieldRef++) {
            length += fields.get(fieldRef % fields.size()).length() + refs[fieldRef / fields.size()].length() + 8;
        }
        for (int i = 0; i < vectorTerms.length; i++) {
            length += digits(vectorTerms[i]) + 10; // weights are mostly "dd.ddd", ",", "," around them
        }
        int fieldKeysLength = fields.stream().mapToInt(field -> field.length() + 6).sum();
        for (int t = 0; t < terms.length; t++) {
            length += terms[t].length() + digits(termIndexes[t]) + 16 + fieldKeysLength;
        }
        for (int document : postingDocuments) {
            length += refs[document].length() + 6;
        }
        return (int) Math.min(length, Integer.MAX_VALUE - 16);
    }

    private static int digits(int n) {
        return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10000 ? 4 : n < 100000 ? 5 : 10;
    }

    private static void moveIfFull(JsonText json, Writer sink) throws IOException {
        if (sink != null && json.length() >= CHUNK) {
            json.moveTo(sink);
        }
    }
}
