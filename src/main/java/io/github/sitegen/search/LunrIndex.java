package io.github.sitegen.search;

import io.github.sitegen.search.lunr.JsNumbers;
import io.github.sitegen.search.lunr.JsonStringify;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
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

    private final List<String> fields;
    private final String[] refs;
    private final int[][] vectorTerms;
    private final double[][] vectorThousandths;
    private final String[] terms;
    private final int[] termIndexes;
    private final int[][][] postings;

    LunrIndex(List<String> fields, String[] refs, int[][] vectorTerms, double[][] vectorThousandths,
            String[] terms, int[] termIndexes, int[][][] postings) {
        this.fields = List.copyOf(fields);
        this.refs = refs;
        this.vectorTerms = vectorTerms;
        this.vectorThousandths = vectorThousandths;
        this.terms = terms;
        this.termIndexes = termIndexes;
        this.postings = postings;
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
        StringWriter out = new StringWriter();
        try {
            writeJson(out);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** Writes {@link #toJson()} to {@code out} without building it in memory; {@code out} stays open. */
    public void writeJson(Writer out) throws IOException {
        JsonStringify.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("version", LUNR_VERSION);
            json.writeArrayFieldStart("fields");
            for (String field : fields) {
                json.writeString(field);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("fieldVectors");
            writeFieldVectors(json);
            json.writeEndArray();
            json.writeArrayFieldStart("invertedIndex");
            writeInvertedIndex(json);
            json.writeEndArray();
            json.writeArrayFieldStart("pipeline");
            json.writeString("stemmer");
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** {@code ["field/ref", [termIndex, weight, ...]]} per document and field, in the order lunr added them. */
    private void writeFieldVectors(JsonGenerator json) throws IOException {
        for (int fieldRef = 0; fieldRef < vectorTerms.length; fieldRef++) {
            json.writeStartArray();
            json.writeString(fields.get(fieldRef % fields.size()) + '/' + refs[fieldRef / fields.size()]);
            json.writeStartArray();
            int[] indexes = vectorTerms[fieldRef];
            for (int i = 0; i < indexes.length; i++) {
                json.writeNumber(indexes[i]);
                json.writeNumber(JsNumbers.thousandthsToString(vectorThousandths[fieldRef][i]));
            }
            json.writeEndArray();
            json.writeEndArray();
        }
    }

    /** {@code ["term", {"_index": n, "field": {"ref": {}, ...}, ...}]} per term, sorted by UTF-16 units. */
    private void writeInvertedIndex(JsonGenerator json) throws IOException {
        for (int t = 0; t < terms.length; t++) {
            json.writeStartArray();
            json.writeString(terms[t]);
            json.writeStartObject();
            json.writeNumberField("_index", termIndexes[t]);
            for (int field = 0; field < fields.size(); field++) {
                json.writeObjectFieldStart(fields.get(field));
                for (int document : postings[t][field]) {
                    json.writeObjectFieldStart(refs[document]);
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndArray();
        }
    }
}
