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
 * lowercased characters without making a string. The stop words are cached from the start, so only a token
 * never seen before becomes a string, to be stemmed. Not thread-safe: use one instance per index build.
 */
public final class TextPipeline {

    /** The cached result of a trimmed token that is a stop word. */
    private static final int STOP_WORD = -1;

    private static final char[] ASCII_LOWER_CASE = new char[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_LOWER_CASE[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
    }

    private final List<String> terms = new ArrayList<>();
    private final Map<String, Integer> numbersByTerm = new HashMap<>();
    private final TokenCache cache = new TokenCache();
    /** The lowercased text of the current call; reused, as is the buffer of term numbers. */
    private char[] chars = new char[256];
    private int[] numbers = new int[64];

    public TextPipeline() {
        // the stop word filter's answers, cached up front: then a new token only needs stemming
        for (String stopWord : StopWords.all()) {
            char[] word = stopWord.toCharArray();
            cache.put(word, 0, word.length, TokenCache.hash(word, 0, word.length), STOP_WORD);
        }
    }

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
            int start = i; // a token: a run of non-separators, as Tokenizer splits
            while (i < n && !Tokenizer.isSeparator(c[i])) {
                i++;
            }
            int end = i;
            while (start < end && !Trimmer.isWordChar(c[start])) { // trimmed as Trimmer trims
                start++;
            }
            while (end > start && !Trimmer.isWordChar(c[end - 1])) {
                end--;
            }
            // stop word filter and stemmer: a pure function of the trimmed token, so cached
            int hash = TokenCache.hash(c, start, end);
            int number = cache.get(c, start, end, hash);
            if (number == TokenCache.ABSENT) {
                number = analyze(new String(c, start, end - start));
                cache.put(c, start, end, hash, number);
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

    /** The stemmer, and the term's number, for a trimmed token seen for the first time (no stop word). */
    private int analyze(String trimmed) {
        String term = Stemmer.stem(trimmed);
        Integer number = numbersByTerm.get(term);
        if (number == null) {
            number = terms.size();
            terms.add(term);
            numbersByTerm.put(term, number);
        }
        return number;
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
        int allBits = 0;
        for (int i = 0; i < n; i++) {
            allBits |= chars[i];
        }
        if (allBits >= 0x80) {
            String lower = JsLowerCase.apply(text);
            if (chars.length < lower.length()) {
                chars = new char[lower.length()];
            }
            lower.getChars(0, lower.length(), chars, 0);
            return lower.length();
        }
        // two simple loops rather than one with a branch per character: ~2.5x faster on the notes
        for (int i = 0; i < n; i++) {
            chars[i] = ASCII_LOWER_CASE[chars[i]];
        }
        return n;
    }

    /**
     * An open-addressing map from a run of chars to an int, so that a lookup needs no string. A slot is four
     * ints side by side and the keys' chars share one array, so a lookup touches two places in memory, not a
     * key object per probe.
     */
    private static final class TokenCache {
        static final int ABSENT = Integer.MIN_VALUE;
        private static final int SLOT = 4;

        /** Per slot: the key's hash, the value, the key's start in {@link #keys} and its length + 1 (0: empty). */
        private int[] slots = new int[SLOT * 1024];
        private char[] keys = new char[1 << 14];
        private int keysLength;
        private int size;

        int get(char[] c, int start, int end, int hash) {
            int mask = slots.length / SLOT - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                int at = slot * SLOT;
                int lengthPlusOne = slots[at + 3];
                if (lengthPlusOne == 0) {
                    return ABSENT;
                }
                int keyStart = slots[at + 2];
                if (slots[at] == hash && lengthPlusOne - 1 == end - start
                        && Arrays.equals(keys, keyStart, keyStart + end - start, c, start, end)) {
                    return slots[at + 1];
                }
            }
        }

        /** Adds a key known to be absent. */
        void put(char[] c, int start, int end, int hash, int value) {
            if (2 * (size + 1) > slots.length / SLOT) {
                int[] old = slots;
                slots = new int[old.length * 2];
                for (int at = 0; at < old.length; at += SLOT) {
                    if (old[at + 3] != 0) {
                        insert(old[at], old[at + 1], old[at + 2], old[at + 3]);
                    }
                }
            }
            int length = end - start;
            if (keys.length < keysLength + length) {
                keys = Arrays.copyOf(keys, Math.max(keysLength + length, keys.length * 2));
            }
            System.arraycopy(c, start, keys, keysLength, length);
            insert(hash, value, keysLength, length + 1);
            keysLength += length;
            size++;
        }

        private void insert(int hash, int value, int keyStart, int lengthPlusOne) {
            int mask = slots.length / SLOT - 1;
            int slot = hash & mask;
            while (slots[slot * SLOT + 3] != 0) {
                slot = (slot + 1) & mask;
            }
            int at = slot * SLOT;
            slots[at] = hash;
            slots[at + 1] = value;
            slots[at + 2] = keyStart;
            slots[at + 3] = lengthPlusOne;
        }

        /** {@link String#hashCode()} of the run, with its high bits folded in for the power-of-two table. */
        static int hash(char[] c, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + c[i];
            }
            return h ^ (h >>> 16);
        }
    }
}
