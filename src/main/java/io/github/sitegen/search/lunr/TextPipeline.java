package io.github.sitegen.search.lunr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms lunr's default builder indexes for one string field: {@link Tokenizer}, then {@link Trimmer},
 * {@link StopWords} and {@link Stemmer}, in that order. A token that trims to the empty string is kept,
 * as lunr keeps it: it counts towards the field length and becomes the term {@code ""}.
 *
 * <p>Also the term dictionary of one index: each distinct term gets the next number the first time it comes
 * out of the pipeline, which is how lunr numbers its vector space when the fields are fed in index order.
 *
 * <p>Built for speed, because a corpus repeats a few thousand distinct words many times: the pipeline is a
 * pure function of the trimmed token, so its result is cached per trimmed token, looked up straight from the
 * lowercased characters without making a string; only a token never seen before is trimmed, filtered and
 * stemmed as a string. Not thread-safe: use one instance per index build.
 */
public final class TextPipeline {

    /** The cached result of a trimmed token that is a stop word. */
    private static final int STOP_WORD = -1;

    private final List<String> terms = new ArrayList<>();
    private final Map<String, Integer> numbersByTerm = new HashMap<>();
    private final TokenCache cache = new TokenCache();
    /** The lowercased text of the current call; reused, as is the buffer of term numbers. */
    private char[] chars = new char[256];
    private int[] numbers = new int[64];

    /** The terms of {@code text}, in token order, with repetitions. */
    public List<String> terms(String text) {
        int[] termNumbers = termNumbers(text);
        List<String> result = new ArrayList<>(termNumbers.length);
        for (int number : termNumbers) {
            result.add(terms.get(number));
        }
        return result;
    }

    /** The numbers of the terms of {@code text}, in token order, with repetitions (see {@link #term}). */
    public int[] termNumbers(String text) {
        int n = lowercase(text);
        char[] c = chars;
        int count = 0;
        int i = 0;
        while (true) {
            while (i < n && Tokenizer.isSeparator(c[i])) {
                i++;
            }
            if (i == n) {
                return Arrays.copyOf(numbers, count);
            }
            int start = i;
            while (i < n && !Tokenizer.isSeparator(c[i])) {
                i++;
            }
            int end = i;
            while (start < end && !Trimmer.isWordChar(c[start])) {
                start++;
            }
            while (end > start && !Trimmer.isWordChar(c[end - 1])) {
                end--;
            }
            int number = cache.get(c, start, end);
            if (number == TokenCache.ABSENT) {
                number = analyze(new String(c, start, end - start));
                cache.put(c, start, end, number);
            }
            if (number != STOP_WORD) {
                if (count == numbers.length) {
                    numbers = Arrays.copyOf(numbers, count * 2);
                }
                numbers[count++] = number;
            }
        }
    }

    /** The term numbered {@code number}, the {@code number}-th distinct term this pipeline produced. */
    public String term(int number) {
        return terms.get(number);
    }

    /** The number of distinct terms produced so far. */
    public int termCount() {
        return terms.size();
    }

    /**
     * All term numbers, ordered by their terms' UTF-16 units ({@link String#compareTo}): JavaScript's default
     * sort order, in which lunr serializes its inverted index.
     */
    public int[] termNumbersByTerm() {
        String[] sorted = terms.toArray(new String[0]);
        Arrays.sort(sorted); // natural order: cheaper than sorting numbers with a comparator that looks terms up
        int[] result = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            result[i] = numbersByTerm.get(sorted[i]);
        }
        return result;
    }

    /** Stop word filter and stemmer for a trimmed token seen for the first time. */
    private int analyze(String trimmed) {
        if (StopWords.contains(trimmed)) {
            return STOP_WORD;
        }
        return numbersByTerm.computeIfAbsent(Stemmer.stem(trimmed), term -> {
            terms.add(term);
            return terms.size() - 1;
        });
    }

    /**
     * Puts {@link JsLowerCase#apply(String) text lowercased} into {@link #chars} and returns its length.
     * ASCII text, the common case, is lowercased in place; anything else needs the whole text as context.
     */
    private int lowercase(String text) {
        int n = text.length();
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        text.getChars(0, n, chars, 0);
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                String lower = JsLowerCase.apply(text);
                if (chars.length < lower.length()) {
                    chars = new char[lower.length()];
                }
                lower.getChars(0, lower.length(), chars, 0);
                return lower.length();
            }
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return n;
    }

    /** An open-addressing map from a run of chars to an int, so that a lookup needs no string. */
    private static final class TokenCache {
        static final int ABSENT = Integer.MIN_VALUE;

        private char[][] keys = new char[1024][];
        private int[] hashes = new int[1024];
        private int[] values = new int[1024];
        private int size;

        int get(char[] c, int start, int end) {
            int hash = hash(c, start, end);
            int mask = keys.length - 1;
            for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && Arrays.equals(keys[slot], 0, keys[slot].length, c, start, end)) {
                    return values[slot];
                }
            }
            return ABSENT;
        }

        /** Adds a key known to be absent. */
        void put(char[] c, int start, int end, int value) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            insert(Arrays.copyOfRange(c, start, end), hash(c, start, end), value);
            size++;
        }

        private void insert(char[] key, int hash, int value) {
            int mask = keys.length - 1;
            int slot = hash & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = hash;
            values[slot] = value;
        }

        private void grow() {
            char[][] oldKeys = keys;
            int[] oldHashes = hashes;
            int[] oldValues = values;
            keys = new char[oldKeys.length * 2][];
            hashes = new int[keys.length];
            values = new int[keys.length];
            for (int slot = 0; slot < oldKeys.length; slot++) {
                if (oldKeys[slot] != null) {
                    insert(oldKeys[slot], oldHashes[slot], oldValues[slot]);
                }
            }
        }

        /** {@link String#hashCode()} of the run, with its high bits folded in for the power-of-two table. */
        private static int hash(char[] c, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + c[i];
            }
            return h ^ (h >>> 16);
        }
    }
}
