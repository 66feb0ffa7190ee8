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
        /** Per term number: per field, the documents holding the term, in ascending order. */
        private final List<DocumentList[]> postings = new ArrayList<>();
        /** Per field ref (document * fieldCount + field): its terms' numbers ascending, and their counts. */
        private final int[][] vectorTerms;
        private final int[][] vectorCounts;
        private final int[] fieldLengths;
        /** Term frequencies in the field being added, by term number; all zero between fields. */
        private int[] frequencies = new int[1024];

        Run(List<SearchDocument> documents) {
            this.documents = List.copyOf(documents);
            this.vectorTerms = new int[this.documents.size() * fieldCount][];
            this.vectorCounts = new int[vectorTerms.length][];
            this.fieldLengths = new int[vectorTerms.length];
        }

        LunrIndex index() {
            String[] refs = refsOfValidDocuments();
            for (int document = 0; document < documents.size(); document++) {
                Map<String, String> texts = documents.get(document).fields();
                for (int field = 0; field < fieldCount; field++) {
                    addField(document, field, texts.get(fieldNames.get(field)));
                }
            }
            double[][] weights = weights(refs);

            int[] termsInOrder = pipeline.termNumbersByTerm(); // Index.load insists on this order
            PostingKeyOrder keyOrder = new PostingKeyOrder(refs);
            String[] sortedTerms = new String[termsInOrder.length];
            int[][][] sortedPostings = new int[termsInOrder.length][fieldCount][];
            for (int i = 0; i < termsInOrder.length; i++) {
                int term = termsInOrder[i];
                sortedTerms[i] = pipeline.term(term);
                for (int field = 0; field < fieldCount; field++) {
                    sortedPostings[i][field] = keyOrder.apply(postings.get(term)[field]);
                }
            }
            return new LunrIndex(fieldNames, refs, vectorTerms, weights, sortedTerms, termsInOrder, sortedPostings);
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

        private void addField(int document, int field, String text) {
            int[] terms = text == null ? new int[0] : pipeline.termNumbers(text);
            while (postings.size() < pipeline.termCount()) {
                DocumentList[] perField = new DocumentList[fieldCount];
                for (int f = 0; f < fieldCount; f++) {
                    perField[f] = new DocumentList();
                }
                postings.add(perField);
            }
            if (frequencies.length < pipeline.termCount()) {
                frequencies = Arrays.copyOf(frequencies, Math.max(pipeline.termCount(), frequencies.length * 2));
            }
            // count with a dense array, remembering which entries to read back and clear
            int[] distinct = new int[terms.length];
            int distinctCount = 0;
            for (int term : terms) {
                if (frequencies[term]++ == 0) {
                    distinct[distinctCount++] = term;
                    postings.get(term)[field].add(document);
                }
            }
            int[] vector = Arrays.copyOf(distinct, distinctCount);
            Arrays.sort(vector);
            int[] counts = new int[distinctCount];
            for (int i = 0; i < distinctCount; i++) {
                counts[i] = frequencies[vector[i]];
                frequencies[vector[i]] = 0;
            }
            int fieldRef = document * fieldCount + field;
            fieldLengths[fieldRef] = terms.length;
            vectorTerms[fieldRef] = vector;
            vectorCounts[fieldRef] = counts;
        }

        /**
         * lunr's BM25 weights, {@code Math.round(score * 1000)}: the same double operations in the same
         * order as {@code lunr.Builder#createFieldVectors}, with {@link StrictMath#log}, which agrees with
         * V8's {@code Math.log} to the last bit where {@link Math#log} does not.
         */
        private double[][] weights(String[] refs) {
            int documentCount = documents.size();
            double[] averageLengths = new double[fieldCount];
            for (int field = 0; field < fieldCount; field++) {
                long sum = 0;
                for (int document = 0; document < documentCount; document++) {
                    sum += fieldLengths[document * fieldCount + field];
                }
                averageLengths[field] = (double) sum / documentCount;
            }
            double[] idf = new double[postings.size()];
            for (int term = 0; term < idf.length; term++) {
                int documentsWithTerm = documentsWithTerm(term);
                double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
                idf[term] = StrictMath.log(1 + Math.abs(x));
            }
            double[][] weights = new double[vectorTerms.length][];
            for (int fieldRef = 0; fieldRef < vectorTerms.length; fieldRef++) {
                int document = fieldRef / fieldCount;
                SearchField field = fields.get(fieldRef % fieldCount);
                double averageLength = averageLengths[fieldRef % fieldCount];
                double documentBoost = documents.get(document).boost();
                int[] indexes = vectorTerms[fieldRef];
                weights[fieldRef] = new double[indexes.length];
                for (int i = 0; i < indexes.length; i++) {
                    int tf = vectorCounts[fieldRef][i];
                    double score = idf[indexes[i]] * ((K1 + 1) * tf)
                            / (K1 * (1 - B + B * (fieldLengths[fieldRef] / averageLength)) + tf);
                    score *= field.boost();
                    score *= documentBoost;
                    double thousandths = JsNumbers.round(score * 1000);
                    if (Double.isInfinite(thousandths)) {
                        throw new IllegalArgumentException("The weight of a term in field '" + field.name()
                                + "' of search document '" + refs[document] + "' overflows: field boost "
                                + field.boost() + " times document boost " + documentBoost + " is too large");
                    }
                    weights[fieldRef][i] = thousandths;
                }
            }
            return weights;
        }

        /** lunr's documentsWithTerm: a document with the term in two fields counts twice. */
        private int documentsWithTerm(int term) {
            int sum = 0;
            for (DocumentList list : postings.get(term)) {
                sum += list.size;
            }
            return sum;
        }
    }

    /** A growing list of document numbers; each document is added at most once, in ascending order. */
    private static final class DocumentList {
        private int[] documents = new int[2];
        private int size;

        void add(int document) {
            if (size == documents.length) {
                documents = Arrays.copyOf(documents, size * 2);
            }
            documents[size++] = document;
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

        /** The documents of {@code list}, which are in document order, in key order. */
        int[] apply(DocumentList list) {
            int[] documents = Arrays.copyOf(list.documents, list.size);
            if (documentOrder) {
                return documents;
            }
            for (int i = 0; i < documents.length; i++) {
                documents[i] = rank[documents[i]];
            }
            Arrays.sort(documents);
            for (int i = 0; i < documents.length; i++) {
                documents[i] = order[documents[i]];
            }
            return documents;
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
