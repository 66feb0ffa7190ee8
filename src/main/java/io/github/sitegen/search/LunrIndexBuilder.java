package io.github.sitegen.search;

import io.github.sitegen.search.lunr.JsNumbers;
import io.github.sitegen.search.lunr.JsPropertyKeys;
import io.github.sitegen.search.lunr.TextPipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
        private final TextPipeline pipeline = new TextPipeline();
        private final Map<String, Term> termsByText = new HashMap<>();
        private final List<Term> termsByIndex = new ArrayList<>();
        /** Per field ref (document * fieldCount + field): its terms' indexes ascending, and their counts. */
        private final int[][] vectorTerms;
        private final int[][] vectorCounts;
        private final int[] fieldLengths;

        Run(List<SearchDocument> documents) {
            this.documents = List.copyOf(documents);
            this.vectorTerms = new int[this.documents.size() * fieldCount][];
            this.vectorCounts = new int[vectorTerms.length][];
            this.fieldLengths = new int[vectorTerms.length];
        }

        LunrIndex index() {
            String[] refs = refsOfValidDocuments();
            for (int document = 0; document < documents.size(); document++) {
                for (int field = 0; field < fieldCount; field++) {
                    addField(document, field);
                }
            }
            double[][] weights = weights(refs);
            Term[] sorted = termsByIndex.toArray(new Term[0]);
            Arrays.sort(sorted, Comparator.comparing(term -> term.text));
            int[] keyRank = keyRanks(refs);
            String[] sortedTerms = new String[sorted.length];
            int[] termIndexes = new int[sorted.length];
            int[][][] postings = new int[sorted.length][][];
            for (int i = 0; i < sorted.length; i++) {
                sortedTerms[i] = sorted[i].text;
                termIndexes[i] = sorted[i].index;
                postings[i] = sorted[i].postings(keyRank);
            }
            return new LunrIndex(fieldNames, refs, vectorTerms, weights, sortedTerms, termIndexes, postings);
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

        private void addField(int document, int field) {
            String text = documents.get(document).fields().get(fields.get(field).name());
            List<String> terms = text == null ? List.of() : pipeline.terms(text);
            Map<Term, int[]> counts = new HashMap<>();
            for (String termText : terms) {
                Term term = termsByText.get(termText);
                if (term == null) {
                    term = new Term(termText, termsByIndex.size(), fieldCount);
                    termsByText.put(termText, term);
                    termsByIndex.add(term);
                }
                term.addDocument(field, document);
                counts.computeIfAbsent(term, t -> new int[1])[0]++;
            }
            List<Map.Entry<Term, int[]>> byIndex = new ArrayList<>(counts.entrySet());
            byIndex.sort(Comparator.comparingInt(count -> count.getKey().index));
            int fieldRef = document * fieldCount + field;
            fieldLengths[fieldRef] = terms.size();
            vectorTerms[fieldRef] = byIndex.stream().mapToInt(count -> count.getKey().index).toArray();
            vectorCounts[fieldRef] = byIndex.stream().mapToInt(count -> count.getValue()[0]).toArray();
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
            double[] idf = new double[termsByIndex.size()];
            for (Term term : termsByIndex) {
                int documentsWithTerm = term.documentsWithTerm();
                double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
                idf[term.index] = StrictMath.log(1 + Math.abs(x));
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
    }

    /** Rank of each document among the refs in JavaScript key order. */
    private static int[] keyRanks(String[] refs) {
        int[] order = JsPropertyKeys.enumerationOrder(refs);
        int[] rank = new int[refs.length];
        for (int i = 0; i < order.length; i++) {
            rank[order[i]] = i;
        }
        return rank;
    }

    /** A distinct term: its number in vector space and, per field, the documents holding it. */
    private static final class Term {
        final String text;
        final int index;
        private final int[][] documents;
        private final int[] sizes;

        Term(String text, int index, int fieldCount) {
            this.text = text;
            this.index = index;
            this.documents = new int[fieldCount][];
            this.sizes = new int[fieldCount];
        }

        /** Documents arrive in order, so a document already recorded is the last one. */
        void addDocument(int field, int document) {
            int size = sizes[field];
            int[] list = documents[field];
            if (list == null) {
                list = documents[field] = new int[2];
            } else if (list[size - 1] == document) {
                return;
            } else if (size == list.length) {
                list = documents[field] = Arrays.copyOf(list, size * 2);
            }
            list[size] = document;
            sizes[field] = size + 1;
        }

        /** lunr's documentsWithTerm: a document with the term in two fields counts twice. */
        int documentsWithTerm() {
            int sum = 0;
            for (int size : sizes) {
                sum += size;
            }
            return sum;
        }

        /** Per field, the documents in the order JavaScript enumerates their refs as posting keys. */
        int[][] postings(int[] keyRank) {
            int[][] postings = new int[documents.length][];
            for (int field = 0; field < documents.length; field++) {
                int[] list = documents[field] == null ? new int[0] : Arrays.copyOf(documents[field], sizes[field]);
                postings[field] = Arrays.stream(list).boxed()
                        .sorted(Comparator.comparingInt(document -> keyRank[document]))
                        .mapToInt(Integer::intValue).toArray();
            }
            return postings;
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
