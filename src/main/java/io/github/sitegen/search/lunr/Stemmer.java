package io.github.sitegen.search.lunr;

import java.util.stream.IntStream;

/**
 * lunr's {@code lunr.stemmer}: its own variant of the Porter (1980) stemmer, written in lunr as JavaScript
 * regular expressions without the {@code u} flag.
 *
 * <p>Written by hand instead of with {@code java.util.regex} or a Snowball library, because both disagree
 * with lunr: Snowball's Porter differs in rules (step 1c, {@code bli}, {@code logi}), and Java regexes treat a
 * surrogate pair as one character and let {@code $} match before a final newline. Here every test walks
 * UTF-16 units of one char buffer, without building strings on the way (an index build stems every distinct
 * token). lunr's lazy {@code ^(.+?)suffix$} captures become "the shortest non-empty stem without a line
 * terminator", so the longest listed suffix wins.
 *
 * <p>The measure patterns {@code ^(C)?VC...} are decided by reading the word as alternating runs, see
 * {@link Word#measure}.
 */
public final class Stemmer {

    private static final Suffixes STEP2 = new Suffixes(
            "ational", "ate", "ization", "ize", "iveness", "ive", "fulness", "ful", "ousness", "ous",
            "tional", "tion", "biliti", "ble",
            "entli", "ent", "ousli", "ous", "ation", "ate", "alism", "al", "aliti", "al", "iviti", "ive",
            "enci", "ence", "anci", "ance", "izer", "ize", "alli", "al", "ator", "ate", "logi", "log",
            "bli", "ble", "eli", "e");

    private static final Suffixes STEP3 = new Suffixes(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic",
            "ical", "ic", "ness", "",
            "ful", "");

    private static final Suffixes STEP4 = new Suffixes(
            "ement", "",
            "ance", "", "ence", "", "able", "", "ible", "", "ment", "",
            "ant", "", "ent", "", "ism", "", "ate", "", "iti", "", "ous", "", "ive", "", "ize", "",
            "al", "", "er", "", "ic", "", "ou", "");

    private Stemmer() {
    }

    public static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        Word w = new Word(word);
        boolean initialY = w.chars[0] == 'y';
        if (initialY) {
            w.chars[0] = 'Y'; // a consonant from here on
        }

        step1a(w);
        step1b(w);
        step1c(w);
        replaceSuffix(w, STEP2, 1);
        replaceSuffix(w, STEP3, 1);
        step4(w);
        step5(w);

        if (initialY) {
            w.chars[0] = 'y'; // no step shortens a word to nothing, so the first unit is still there
        }
        return w.toString();
    }

    private static void step1a(Word w) {
        int n = w.length;
        if (w.endsWith("sses") && w.isStem(n - 4) || w.endsWith("ies") && w.isStem(n - 3)) {
            w.truncate(n - 2);
        } else if (w.endsWith("s") && w.chars[n - 2] != 's' && w.isStem(n - 2)) {
            w.truncate(n - 1);
        }
    }

    private static void step1b(Word w) {
        int n = w.length;
        if (w.endsWith("eed") && w.isStem(n - 3)) {
            if (w.measureAtLeast(n - 3, 1)) {
                w.truncate(n - 1);
            }
            return;
        }
        int stem = w.endsWith("ed") ? n - 2 : w.endsWith("ing") ? n - 3 : -1;
        if (!w.isStem(stem) || !w.containsVowel(stem)) {
            return;
        }
        w.truncate(stem);
        char last = w.chars[stem - 1];
        if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) {
            w.append("e");
        } else if (stem >= 2 && last == w.chars[stem - 2] && !isVowelOrY(last) && last != 'l' && last != 's'
                && last != 'z') {
            w.truncate(stem - 1);
        } else if (w.endsConsonantVowelConsonant(stem)) {
            w.append("e");
        }
    }

    private static void step1c(Word w) {
        int n = w.length;
        if (w.endsWith("y") && n >= 3 && !isVowel(w.chars[n - 2]) && w.isStem(n - 2)) {
            w.chars[n - 1] = 'i';
        }
    }

    /**
     * Steps 2 to 4: replaces the longest listed suffix if the stem before it has m &gt;= {@code minimumMeasure}.
     * Returns whether a listed suffix matched, whether or not it was replaced.
     */
    private static boolean replaceSuffix(Word w, Suffixes suffixes, int minimumMeasure) {
        int listed = w.longestSuffix(suffixes);
        if (listed < 0) {
            return false;
        }
        int stem = w.length - suffixes.suffixes[listed].length;
        if (w.measureAtLeast(stem, minimumMeasure)) {
            w.truncate(stem);
            w.append(suffixes.replacements[listed]);
        }
        return true;
    }

    /** Step 4: delete a listed suffix if m > 1, or else (only if none is listed) the {@code ion} of -sion/-tion. */
    private static void step4(Word w) {
        if (replaceSuffix(w, STEP4, 2)) {
            return;
        }
        int n = w.length;
        if (w.endsWith("ion") && n >= 5 && (w.chars[n - 4] == 's' || w.chars[n - 4] == 't') && w.isStem(n - 4)
                && w.measureAtLeast(n - 3, 2)) {
            w.truncate(n - 3);
        }
    }

    private static void step5(Word w) {
        int n = w.length;
        if (w.endsWith("e") && w.isStem(n - 1)) {
            int stem = n - 1;
            if (w.measureAtLeast(stem, 2) || w.measureIsOne(stem) && !w.endsConsonantVowelConsonant(stem)) {
                w.truncate(stem);
            }
        }
        if (w.endsWith("ll") && w.measureAtLeast(w.length, 2)) {
            w.truncate(w.length - 1);
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isVowelOrY(char c) {
        return isVowel(c) || c == 'y';
    }

    /**
     * A step's suffixes and their replacements, longest first, so the first that fits is lunr's lazy match;
     * indexed by last letter, as most words are only worth a look at two or three of them.
     */
    private static final class Suffixes {
        private static final int[] NONE = {};

        final char[][] suffixes;
        final String[] replacements;
        /** Per ASCII unit, the indexes of the suffixes ending in it, longest first. */
        private final int[][] byLastUnit = new int[0x80][];

        Suffixes(String... suffixesAndReplacements) {
            suffixes = new char[suffixesAndReplacements.length / 2][];
            replacements = new String[suffixes.length];
            for (int i = 0; i < suffixes.length; i++) {
                suffixes[i] = suffixesAndReplacements[2 * i].toCharArray();
                replacements[i] = suffixesAndReplacements[2 * i + 1];
            }
            for (char last = 0; last < byLastUnit.length; last++) {
                final char unit = last;
                byLastUnit[last] = IntStream.range(0, suffixes.length)
                        .filter(i -> suffixes[i][suffixes[i].length - 1] == unit).toArray();
            }
        }

        /** Indexes of the suffixes that can end a word ending in {@code last}, longest first. */
        int[] endingIn(char last) {
            return last < byLastUnit.length ? byLastUnit[last] : NONE;
        }
    }

    /** The word being stemmed, as UTF-16 units; no rule makes it longer than it was. */
    private static final class Word {
        final char[] chars;
        int length;
        /** Whether the word holds \n, \r, U+2028 or U+2029, which JavaScript's {@code .} does not match. */
        final boolean hasLineTerminator;

        Word(String word) {
            length = word.length();
            chars = word.toCharArray();
            hasLineTerminator = hasLineTerminator(length);
        }

        /** Compares from the end, where words differ most. */
        boolean endsWith(String suffix) {
            int start = length - suffix.length();
            if (start < 0) {
                return false;
            }
            for (int i = suffix.length() - 1; i >= 0; i--) {
                if (chars[start + i] != suffix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private boolean endsWith(char[] suffix) {
            int start = length - suffix.length;
            if (start < 0) {
                return false;
            }
            for (int i = suffix.length - 1; i >= 0; i--) {
                if (chars[start + i] != suffix[i]) {
                    return false;
                }
            }
            return true;
        }

        void truncate(int newLength) {
            length = newLength;
        }

        /** Appends the replacement of a suffix just truncated, which is never longer than the suffix. */
        void append(String letters) {
            letters.getChars(0, letters.length(), chars, length);
            length += letters.length();
        }

        /**
         * The index in {@code suffixes} of the longest one this word ends with that leaves a valid
         * {@link #isStem stem}, or -1: what {@code /^(.+?)(s1|s2|...)$/.test(w)} decides. If the shortest
         * non-empty stem before a listed suffix holds a line terminator, every longer one does too, so then
         * nothing matches.
         */
        int longestSuffix(Suffixes listed) {
            for (int i : listed.endingIn(chars[length - 1])) {
                char[] suffix = listed.suffixes[i];
                if (suffix.length < length && endsWith(suffix)) {
                    return isStem(length - suffix.length) ? i : -1;
                }
            }
            return -1;
        }

        /** Whether {@code chars[0, end)} can be a JavaScript regex's {@code (.+?)}: non-empty, no line terminator. */
        boolean isStem(int end) {
            return end >= 1 && !(hasLineTerminator && hasLineTerminator(end)); // rules never add one
        }

        private boolean hasLineTerminator(int end) {
            for (int i = 0; i < end; i++) {
                char c = chars[i];
                if (c <= '\r' ? c == '\n' || c == '\r' : c == '\u2028' || c == '\u2029') {
                    return true;
                }
            }
            return false;
        }

        // ---- lunr's measure patterns over c = [^aeiou], v = [aeiouy], C = c[^aeiouy]*, V = v[aeiou]* ----

        /** m &gt;= min for {@code chars[0, end)}: m &gt; 0 is {@code ^(C)?VC}, m &gt; 1 is {@code ^(C)?VCVC}. */
        boolean measureAtLeast(int end, int min) {
            return end > 0 && (isVowelOrY(chars[0]) && measure(end, true) >= min
                    || !isVowel(chars[0]) && measure(end, false) >= min);
        }

        /** m = 1 is {@code ^(C)?VC(V)?$}, the whole of {@code chars[0, end)}. */
        boolean measureIsOne(int end) {
            return end > 0 && (isVowelOrY(chars[0]) && measure(end, true) == 1
                    || !isVowel(chars[0]) && measure(end, false) == 1);
        }

        /**
         * How often a V run is followed by a C run when {@code chars[0, end)} is read as alternating runs, the
         * first being V or C as given. After the first unit the reading is forced: a V run continues only with
         * [aeiou] and a C can start only with anything else; a C run continues only with [^aeiouy] and a V can
         * start only with [aeiouy]. So the regexes above hold exactly when one of the (at most two) readings
         * has the count they ask for; only a word starting with y can be read both ways.
         */
        private int measure(int end, boolean startsWithV) {
            int m = 0;
            boolean inV = startsWithV;
            for (int i = 1; i < end; i++) {
                char c = chars[i];
                if (inV && !isVowel(c)) {
                    inV = false;
                    m++;
                } else if (!inV && isVowelOrY(c)) {
                    inV = true;
                }
            }
            return m;
        }

        /** {@code ^(C)?v} on {@code chars[0, end)}: any [aeiouy], as the optional C run stops at the first one. */
        boolean containsVowel(int end) {
            for (int i = 0; i < end; i++) {
                if (isVowelOrY(chars[i])) {
                    return true;
                }
            }
            return false;
        }

        /** {@code ^C v [^aeiouwxy]$} on {@code chars[0, end)}. */
        boolean endsConsonantVowelConsonant(int end) {
            if (end < 3) {
                return false;
            }
            char last = chars[end - 1];
            if (isVowel(chars[0]) || !isVowelOrY(chars[end - 2]) || isVowelOrY(last) || last == 'w' || last == 'x') {
                return false;
            }
            for (int i = 1; i < end - 2; i++) {
                if (isVowelOrY(chars[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }
}
