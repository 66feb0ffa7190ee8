package io.github.sitegen.dedup;

/**
 * How eagerly repeated sections and questions are brought together. The defaults were chosen on
 * labelled pairs of questions from the guide's own notes and from public collections of other
 * subjects ({@code src/test/resources/dedup/labels}, measured by {@code DedupLabelBenchmark}):
 * no different question merged, and the repeats a reader would merge folded or linked (README,
 * "Repeated notes").
 *
 * @param enabled             whether to deduplicate at all; off, every section renders where it was written
 * @param titleSimilarity     similarity of two titles' topic words, each weighted by its rarity in the
 *                            guide's titles, from which the titles match
 * @param answerSimilarity    how much of the shorter answer the other must say (its words weighted by
 *                            rarity) for questions with matching titles to be one question; more when
 *                            one title has words the other lacks
 * @param relatedSimilarity   Jaccard similarity of topic words (the guide's subject left out) from which
 *                            two different questions are linked as related
 * @param nearSimilarity      Jaccard similarity of two answers' word shingles from which they are the same
 *                            text with something added or changed: one is shown, and only what the
 *                            other adds
 * @param shingleSize         words per shingle
 * @param minHashFunctions    length of a MinHash signature; must be a multiple of {@code lshBands}
 * @param lshBands            LSH bands; with {@code r = minHashFunctions / lshBands} rows per band, a
 *                            pair of similarity {@code s} becomes a candidate with probability
 *                            {@code 1 - (1 - s^r)^b}: with the defaults (40 bands of 3 rows) 0.995
 *                            at the near-duplicate threshold 0.5, 0.66 at 0.3, 0.04 at 0.1
 * @param minWords            words a section must have (subsections included) before it is folded as a
 *                            copy or compared as a near-identical answer; below it a note about the
 *                            copy would be longer than the copy
 * @param maxRelated          questions linked from one question at most, as possibly the same and as
 *                            related, each
 * @param seed                seed of the MinHash functions: a fixed seed makes builds repeatable
 */
public record DedupOptions(boolean enabled, double titleSimilarity, double answerSimilarity, double relatedSimilarity,
                           double nearSimilarity, int shingleSize, int minHashFunctions, int lshBands, int minWords, int maxRelated,
                           long seed) {
    public static final double DEFAULT_TITLE_SIMILARITY = 0.6;
    public static final double DEFAULT_ANSWER_SIMILARITY = 0.35;
    public static final double DEFAULT_RELATED_SIMILARITY = 0.3;
    public static final double DEFAULT_NEAR_SIMILARITY = 0.5;
    public static final int DEFAULT_SHINGLE_SIZE = 3;
    public static final int DEFAULT_MIN_HASH_FUNCTIONS = 120;
    public static final int DEFAULT_LSH_BANDS = 40;
    public static final int DEFAULT_MIN_WORDS = 8;
    public static final int DEFAULT_MAX_RELATED = 5;
    public static final long DEFAULT_SEED = 20240917L;

    public static final DedupOptions DEFAULTS = new DedupOptions(true, DEFAULT_TITLE_SIMILARITY,
            DEFAULT_ANSWER_SIMILARITY, DEFAULT_RELATED_SIMILARITY, DEFAULT_NEAR_SIMILARITY, DEFAULT_SHINGLE_SIZE, DEFAULT_MIN_HASH_FUNCTIONS,
            DEFAULT_LSH_BANDS, DEFAULT_MIN_WORDS, DEFAULT_MAX_RELATED, DEFAULT_SEED);

    public static final DedupOptions DISABLED = DEFAULTS.withEnabled(false);

    public DedupOptions {
        requireFraction("titleSimilarity", titleSimilarity);
        requireFraction("answerSimilarity", answerSimilarity);
        requireFraction("relatedSimilarity", relatedSimilarity);
        requireFraction("nearSimilarity", nearSimilarity);
        if (relatedSimilarity > titleSimilarity) {
            throw new IllegalArgumentException("relatedSimilarity (" + relatedSimilarity
                    + ") must not be above titleSimilarity (" + titleSimilarity + ")");
        }
        if (shingleSize < 1) {
            throw new IllegalArgumentException("shingleSize must be at least 1, was " + shingleSize);
        }
        if (lshBands < 1 || minHashFunctions < lshBands || minHashFunctions % lshBands != 0) {
            throw new IllegalArgumentException("minHashFunctions (" + minHashFunctions
                    + ") must be a positive multiple of lshBands (" + lshBands + ")");
        }
        if (minWords < 0 || maxRelated < 0) {
            throw new IllegalArgumentException("minWords and maxRelated must not be negative");
        }
    }

    public DedupOptions withEnabled(boolean on) {
        return new DedupOptions(on, titleSimilarity, answerSimilarity, relatedSimilarity, nearSimilarity, shingleSize,
                minHashFunctions, lshBands, minWords, maxRelated, seed);
    }

    private static void requireFraction(String name, double value) {
        if (!(value > 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be above 0 and at most 1, was " + value);
        }
    }
}
