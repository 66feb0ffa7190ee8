package io.github.sitegen.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * The words of an answer as a set: every word, identifier and name in its text and code
 * ({@code select_related}, {@code useState}, {@code ATOMIC_REQUESTS}), lightly stemmed, as
 * sorted distinct 64-bit hashes. Two answers to one question share the rare ones, however
 * differently they are written: this works on a two-line answer, where word runs (shingles)
 * almost never repeat.
 */
final class AnswerTerms {
    private AnswerTerms() {
    }

    /** A word without the underscores around it: {@code __init__} is {@code init} as notes write it. */
    static String trim(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && word.charAt(start) == '_') {
            start++;
        }
        while (end > start && word.charAt(end - 1) == '_') {
            end--;
        }
        return word.substring(start, end);
    }

    static long[] of(List<String> words) {
        long[] hashes = new long[words.size()];
        int n = 0;
        for (String word : words) {
            String w = trim(word);
            if (w.length() > 1) {
                hashes[n++] = Shingles.hash(TitleTerms.stem(w));
            }
        }
        long[] sorted = Arrays.copyOf(hashes, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }
}
