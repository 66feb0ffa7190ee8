package io.github.sitegen.dedup;

/**
 * A question as dedup compares it, worked out from its section alone (so a live server can keep
 * it while the section does not change).
 *
 * @param title     its title's kind and topic words
 * @param answer    its answer's words ({@link AnswerTerms})
 * @param shingles  its answer's word shingles, empty when too short to compare as text
 * @param signature MinHash signature of the shingles, or null
 */
record ComparedQuestion(TitleTerms title, long[] answer, long[] shingles, long[] signature) {
}
