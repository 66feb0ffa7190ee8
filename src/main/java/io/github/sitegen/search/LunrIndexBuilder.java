package io.github.sitegen.search;

import io.github.sitegen.search.lunr.JsNumbers;
import io.github.sitegen.search.lunr.JsPropertyKeys;
import io.github.sitegen.search.lunr.TextPipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the search index that lunr.js 2.3.9 loads with {@code lunr.Index.load}, byte for byte what
 * {@code JSON.stringify(idx)} gives for an index that {@code lunr(function () {...})} built from the same
 * documents, fields and boosts.
 *
 * <p>Byte identity is the contract because the browser ranks with what is in the file: the same vectors,
 * term numbers and posting key order give the same results, in the same order, with the same scores, as
 * lunr's own builder, without running JavaScript at site build time.
 *
 * <p>Immutable and thread-safe: configure once with {@link #builder()}, then call {@link #index} from any
 * thread. The ref's property name of lunr's {@code builder.ref(name)} is not part of the index, so it is not
 * configured here.
 *
 * <pre>{@code
 * LunrIndex index = LunrIndexBuilder.builder()
 *         .field("title", 10).field("body").field("topic", 2)
 *         .build()
 *         .index(documents);
 * String json = index.toJson();
 * }</pre>
 */
public final class LunrIndexBuilder {

    /** lunr 2.3.9's BM25 defaults; its {@code b(n)} and {@code k1(n)} setters are not exposed. */
    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<SearchField> fields;
    private final List<String> fieldNames;

    private LunrIndexBuilder(List<SearchField> fields) {
        this.fields = List.copyOf(fields);
        this.fieldNames = this.fields.stream().map(SearchField::name).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The fields in declaration order, which is also their order in the index. */
    public List<SearchField> fields() {
        return fields;
    }

    /**
     * Indexes {@code documents} in list order. The order matters, as it does in lunr: it numbers the terms
     * and orders documents with equal scores.
     *
     * @throws IllegalArgumentException if two documents share a ref (lunr would keep the stale terms of the
     *         first one), a document has a field the index does not declare, or a weight overflows a double
     */
    public LunrIndex index(List<SearchDocument> documents) {
        return new Run(documents).index();
    }

    /** The state of one {@link #index} call. */
    private final class Run {
        private final List<SearchDocument> documents;
        private final int fieldCount = fields.size();
        /** Numbers the terms as lunr does, since documents, fields and tokens are fed to it in lunr's order. */
        private final TextPipeline pipeline = new TextPipeline();
        /** Per field ref (document * fieldCount + field): its number of terms, repetitions included. */
        private final int[] fieldLengths;
        /**
         * One entry per field ref and distinct term in it, in the order the fields are added, which is field
         * ref order: the field ref, the term's number and its frequency in that field. Flat int arrays, as
         * there are as many entries as vector elements and postings.
         */
        private int[] entryFieldRefs = new int[1 << 12];
        private int[] entryTerms = new int[1 << 12];
        private int[] entryFrequencies = new int[1 << 12];
        private int entryCount;
        /** Term frequencies in the field being added, by term number; all zero between fields. */
        private int[] frequencies = new int[1 << 10];

        Run(List<SearchDocument> documents) {
            this.documents = List.copyOf(documents);
            this.fieldLengths = new int[this.documents.size() * fieldCount];
        }

        LunrIndex index() {
            String[] refs = refsOfValidDocuments();
            for (int document = 0; document < documents.size(); document++) {
                Map<String, String> texts = documents.get(document).fields();
                for (int field = 0; field < fieldCount; field++) {
                    addField(document * fieldCount + field, texts.get(fieldNames.get(field)));
                }
            }
            int termCount = pipeline.termCount();
            int[] termStarts = new int[termCount + 1];
            int[] byTerm = entriesByTerm(termStarts);

            int[] vectorOffsets = new int[fieldLengths.length + 1];
            int[] vectorTerms = new int[entryCount];
            double[] weights = new double[entryCount];
            fieldVectors(termStarts, byTerm, vectorOffsets, vectorTerms, weights);

            int[] termsInOrder = pipeline.termNumbersByTerm(); // Index.load insists on this order
            String[] sortedTerms = new String[termCount];
            int[] postingOffsets = new int[termCount * fieldCount + 1];
            int[] postingDocuments = new int[entryCount];
            PostingKeyOrder keyOrder = new PostingKeyOrder(refs);
            int position = 0;
            for (int i = 0; i < termCount; i++) {
                int term = termsInOrder[i];
                sortedTerms[i] = pipeline.term(term);
                for (int field = 0; field < fieldCount; field++) {
                    int start = position;
                    postingOffsets[i * fieldCount + field] = start;
                    for (int k = termStarts[term]; k < termStarts[term + 1]; k++) {
                        int fieldRef = entryFieldRefs[byTerm[k]];
                        if (fieldRef % fieldCount == field) {
                            postingDocuments[position++] = fieldRef / fieldCount;
                        }
                    }
                    keyOrder.sort(postingDocuments, start, position);
                }
            }
            postingOffsets[termCount * fieldCount] = position;
            return new LunrIndex(fieldNames, refs, vectorOffsets, vectorTerms, weights, sortedTerms, termsInOrder,
                    postingOffsets, postingDocuments);
        }

        /**
         * The entries grouped by term, by a counting sort: term t's entries are
         * {@code byTerm[termStarts[t], termStarts[t + 1])}. The sort is stable, so each term's entries stay in
         * field ref order, which puts a term's documents in ascending order within each field.
         */
        private int[] entriesByTerm(int[] termStarts) {
            for (int entry = 0; entry < entryCount; entry++) {
                termStarts[entryTerms[entry] + 1]++;
            }
            runningSums(termStarts);
            int[] byTerm = new int[entryCount];
            int[] next = Arrays.copyOf(termStarts, termStarts.length - 1);
            for (int entry = 0; entry < entryCount; entry++) {
                byTerm[next[entryTerms[entry]]++] = entry;
            }
            return byTerm;
        }

        /** The refs in document order, once every document is known to fit the index. */
        private String[] refsOfValidDocuments() {
            Map<String, Integer> positions = new HashMap<>();
            String[] refs = new String[documents.size()];
            for (int i = 0; i < refs.length; i++) {
                SearchDocument document = documents.get(i);
                Integer earlier = positions.putIfAbsent(document.ref(), i);
                if (earlier != null) {
                    throw new IllegalArgumentException("Search documents " + earlier + " and " + i
                            + " share the ref '" + document.ref() + "': lunr would keep the terms of both in the "
                            + "index but score only the last one, so refs must be unique");
                }
                for (String name : document.fields().keySet()) {
                    if (!fieldNames.contains(name)) {
                        throw new IllegalArgumentException("Search document '" + document.ref() + "' has field '"
                                + name + "', which is not a field of the index " + fieldNames);
                    }
                }
                refs[i] = document.ref();
            }
            return refs;
        }

        private void addField(int fieldRef, String text) {
            int[] terms = text == null ? new int[0] : pipeline.termNumbers(text);
            fieldLengths[fieldRef] = terms.length;
            if (frequencies.length < pipeline.termCount()) {
                frequencies = Arrays.copyOf(frequencies, Math.max(pipeline.termCount(), frequencies.length * 2));
            }
            if (entryFieldRefs.length < entryCount + terms.length) {
                int capacity = Math.max(entryCount + terms.length, entryFieldRefs.length * 2);
                entryFieldRefs = Arrays.copyOf(entryFieldRefs, capacity);
                entryTerms = Arrays.copyOf(entryTerms, capacity);
                entryFrequencies = Arrays.copyOf(entryFrequencies, capacity);
            }
            // count with a dense array; each term's first occurrence makes its entry, read back and cleared below
            int first = entryCount;
            for (int term : terms) {
                if (frequencies[term]++ == 0) {
                    entryFieldRefs[entryCount] = fieldRef;
                    entryTerms[entryCount] = term;
                    entryCount++;
                }
            }
            for (int entry = first; entry < entryCount; entry++) {
                entryFrequencies[entry] = frequencies[entryTerms[entry]];
                frequencies[entryTerms[entry]] = 0;
            }
        }

        /**
         * Each field ref's vector, flat ({@code vectorOffsets} delimit them): its term numbers ascending and
         * lunr's BM25 weight of each, {@code Math.round(score * 1000)}. Walking the entries term by term visits
         * every field ref's terms in ascending order, so the vectors come out sorted, as lunr sorts them.
         *
         * <p>The weights are the same double operations in the same order as
         * {@code lunr.Builder#createFieldVectors}, with {@link StrictMath#log}, which agrees with V8's
         * {@code Math.log} to the last bit where {@link Math#log} does not.
         */
        private void fieldVectors(int[] termStarts, int[] byTerm, int[] vectorOffsets, int[] vectorTerms,
                double[] weights) {
            int documentCount = documents.size();
            double[] averageLengths = new double[fieldCount];
            for (int field = 0; field < fieldCount; field++) {
                long sum = 0;
                for (int document = 0; document < documentCount; document++) {
                    sum += fieldLengths[document * fieldCount + field];
                }
                averageLengths[field] = (double) sum / documentCount;
            }
            for (int entry = 0; entry < entryCount; entry++) {
                vectorOffsets[entryFieldRefs[entry] + 1]++;
            }
            runningSums(vectorOffsets);
            int[] next = Arrays.copyOf(vectorOffsets, fieldLengths.length);
            for (int term = 0; term + 1 < termStarts.length; term++) {
                // lunr's documentsWithTerm: a document with the term in two fields counts twice
                int documentsWithTerm = termStarts[term + 1] - termStarts[term];
                double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
                double idf = StrictMath.log(1 + Math.abs(x));
                for (int k = termStarts[term]; k < termStarts[term + 1]; k++) {
                    int entry = byTerm[k];
                    int fieldRef = entryFieldRefs[entry];
                    int field = fieldRef % fieldCount;
                    SearchDocument document = documents.get(fieldRef / fieldCount);
                    int tf = entryFrequencies[entry];
                    double score = idf * ((K1 + 1) * tf)
                            / (K1 * (1 - B + B * (fieldLengths[fieldRef] / averageLengths[field])) + tf);
                    score *= fields.get(field).boost();
                    score *= document.boost();
                    double thousandths = JsNumbers.round(score * 1000);
                    if (Double.isInfinite(thousandths)) {
                        throw new IllegalArgumentException("The weight of a term in field '" + fieldNames.get(field)
                                + "' of search document '" + document.ref() + "' overflows: field boost "
                                + fields.get(field).boost() + " times document boost " + document.boost()
                                + " is too large");
                    }
                    int position = next[fieldRef]++;
                    vectorTerms[position] = term;
                    weights[position] = thousandths;
                }
            }
        }
    }

    /** Turns counts into running sums: {@code a[i]} becomes {@code a[0] + ... + a[i]}. */
    private static void runningSums(int[] a) {
        for (int i = 1; i < a.length; i++) {
            a[i] += a[i - 1];
        }
    }

    /**
     * The order in which JavaScript enumerates document refs as the keys of a posting: array-index refs
     * ascending by value, then the others in insertion (document) order.
     */
    private static final class PostingKeyOrder {
        private final int[] order;
        private final int[] rank;
        /** Whether key order is document order, as it is unless some ref is an array index. */
        private final boolean documentOrder;

        PostingKeyOrder(String[] refs) {
            order = JsPropertyKeys.enumerationOrder(refs);
            rank = new int[refs.length];
            boolean identity = true;
            for (int i = 0; i < order.length; i++) {
                rank[order[i]] = i;
                identity &= order[i] == i;
            }
            documentOrder = identity;
        }

        /** Puts {@code documents[from, to)}, which are in document order, in key order. */
        void sort(int[] documents, int from, int to) {
            if (documentOrder) {
                return;
            }
            for (int i = from; i < to; i++) {
                documents[i] = rank[documents[i]];
            }
            Arrays.sort(documents, from, to);
            for (int i = from; i < to; i++) {
                documents[i] = order[documents[i]];
            }
        }
    }

    /** Collects the fields of a {@link LunrIndexBuilder}; not thread-safe. */
    public static final class Builder {
        private final List<SearchField> fields = new ArrayList<>();

        private Builder() {
        }

        /** Adds a field with boost 1. */
        public Builder field(String name) {
            return field(SearchField.of(name));
        }

        public Builder field(String name, double boost) {
            return field(new SearchField(name, boost));
        }

        /**
         * Adds a field. Declaration order is the field order of the index.
         *
         * @throws IllegalArgumentException if a field of that name exists (lunr would silently keep the first
         *         position with the last boost)
         */
        public Builder field(SearchField field) {
            if (fields.stream().anyMatch(existing -> existing.name().equals(field.name()))) {
                throw new IllegalArgumentException("Search field '" + field.name() + "' is declared twice");
            }
            fields.add(field);
            return this;
        }

        /** @throws IllegalStateException if no field was declared */
        public LunrIndexBuilder build() {
            if (fields.isEmpty()) {
                throw new IllegalStateException("A search index needs at least one field");
            }
            return new LunrIndexBuilder(fields);
        }
    }
}
