package io.github.sitegen.search.lunr;

import java.util.Map;

/**
 * lunr's {@code lunr.stemmer}: its own variant of the Porter (1980) stemmer, written in lunr as JavaScript
 * regular expressions without the {@code u} flag.
 *
 * <p>Written by hand instead of with {@code java.util.regex} or a Snowball library, because both disagree
 * with lunr: Snowball's Porter differs in rules (step 1c, {@code bli}, {@code logi}), and Java regexes treat a
 * surrogate pair as one character and let {@code $} match before a final newline. Here every test walks
 * UTF-16 units, and each measure test is the regular language of lunr's pattern, simulated as a set of
 * reachable positions (which is what a backtracking {@code RegExp.test} decides). lunr's lazy
 * {@code ^(.+?)suffix$} captures become "the shortest non-empty stem without a line terminator", so the
 * longest listed suffix wins.
 */
public final class Stemmer {

    private static final Map<String, String> STEP2 = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
            Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
            Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
            Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));

    private static final Map<String, String> STEP3 = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private static final Map<String, String> STEP4 = Map.ofEntries(
            Map.entry("al", ""), Map.entry("ance", ""), Map.entry("ence", ""), Map.entry("er", ""),
            Map.entry("ic", ""), Map.entry("able", ""), Map.entry("ible", ""), Map.entry("ant", ""),
            Map.entry("ement", ""), Map.entry("ment", ""), Map.entry("ent", ""), Map.entry("ou", ""),
            Map.entry("ism", ""), Map.entry("ate", ""), Map.entry("iti", ""), Map.entry("ous", ""),
            Map.entry("ive", ""), Map.entry("ize", ""));

    private static final int LONGEST_SUFFIX = 7;

    private Stemmer() {
    }

    public static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        boolean initialY = word.charAt(0) == 'y';
        String w = initialY ? 'Y' + word.substring(1) : word;

        w = step1a(w);
        w = step1b(w);
        w = step1c(w);
        w = replaceSuffix(w, STEP2);
        w = replaceSuffix(w, STEP3);
        w = step4(w);
        w = step5(w);

        return initialY ? 'y' + w.substring(1) : w;
    }

    private static String step1a(String w) {
        int n = w.length();
        if (w.endsWith("sses") && validStem(w, n - 4) || w.endsWith("ies") && validStem(w, n - 3)) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && n >= 2 && w.charAt(n - 2) != 's' && validStem(w, n - 2)) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String step1b(String w) {
        int n = w.length();
        if (w.endsWith("eed") && validStem(w, n - 3)) {
            return measureAtLeast(w.substring(0, n - 3), 1) ? w.substring(0, n - 1) : w;
        }
        int stemLength = w.endsWith("ed") ? n - 2 : w.endsWith("ing") ? n - 3 : -1;
        if (!validStem(w, stemLength) || !containsVowel(w.substring(0, stemLength))) {
            return w;
        }
        String s = w.substring(0, stemLength);
        int m = s.length();
        if (s.endsWith("at") || s.endsWith("bl") || s.endsWith("iz")) {
            return s + 'e';
        }
        if (m >= 2 && s.charAt(m - 1) == s.charAt(m - 2) && "aeiouylsz".indexOf(s.charAt(m - 1)) < 0) {
            return s.substring(0, m - 1);
        }
        return endsConsonantVowelConsonant(s) ? s + 'e' : s;
    }

    private static String step1c(String w) {
        int n = w.length();
        if (w.endsWith("y") && n >= 3 && !isVowel(w.charAt(n - 2)) && validStem(w, n - 2)) {
            return w.substring(0, n - 1) + 'i';
        }
        return w;
    }

    private static String step4(String w) {
        int stemLength = shortestStemBefore(w, STEP4);
        if (stemLength > 0) {
            String stem = w.substring(0, stemLength);
            return measureAtLeast(stem, 2) ? stem : w;
        }
        int n = w.length();
        if (w.endsWith("ion") && n >= 5 && (w.charAt(n - 4) == 's' || w.charAt(n - 4) == 't')
                && validStem(w, n - 4)) {
            String stem = w.substring(0, n - 3);
            return measureAtLeast(stem, 2) ? stem : w;
        }
        return w;
    }

    private static String step5(String w) {
        int n = w.length();
        if (w.endsWith("e") && validStem(w, n - 1)) {
            String stem = w.substring(0, n - 1);
            if (measureAtLeast(stem, 2) || measureIsOne(stem) && !endsConsonantVowelConsonant(stem)) {
                w = stem;
            }
        }
        if (w.endsWith("ll") && measureAtLeast(w, 2)) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Steps 2 and 3: replace the longest listed suffix, but only if the stem before it has m > 0. */
    private static String replaceSuffix(String w, Map<String, String> suffixes) {
        int stemLength = shortestStemBefore(w, suffixes);
        if (stemLength > 0) {
            String stem = w.substring(0, stemLength);
            if (measureAtLeast(stem, 1)) {
                return stem + suffixes.get(w.substring(stemLength));
            }
        }
        return w;
    }

    /**
     * The length of the stem in {@code ^(.+?)(suffix1|suffix2|...)$}, or -1 if it does not match: the
     * shortest non-empty stem whose remainder is a listed suffix, and that stem must not hold a line
     * terminator (JavaScript's {@code .}).
     */
    private static int shortestStemBefore(String w, Map<String, String> suffixes) {
        int n = w.length();
        for (int k = Math.max(1, n - LONGEST_SUFFIX); k < n; k++) {
            if (suffixes.containsKey(w.substring(k))) {
                return validStem(w, k) ? k : -1;
            }
        }
        return -1;
    }

    /** Whether {@code w[0, length)} can be the {@code (.+?)} of a JavaScript regex: non-empty, no line terminator. */
    private static boolean validStem(String w, int length) {
        if (length < 1) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = w.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    // ---- lunr's measure patterns, over c = [^aeiou], v = [aeiouy], C = c[^aeiouy]*, V = v[aeiou]* ----

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isVowelOrY(char c) {
        return isVowel(c) || c == 'y';
    }

    /** m > 0 is {@code ^(C)?VC}, m > 1 is {@code ^(C)?VCVC}; both match a prefix. */
    static boolean measureAtLeast(String s, int m) {
        boolean[] reach = optionalConsonants(s);
        for (int i = 0; i < m; i++) {
            reach = consonants(s, vowels(s, reach));
        }
        return any(reach);
    }

    /** m = 1 is {@code ^(C)?VC(V)?$}: the whole string. */
    static boolean measureIsOne(String s) {
        boolean[] afterVc = consonants(s, vowels(s, optionalConsonants(s)));
        int n = s.length();
        return afterVc[n] || vowels(s, afterVc)[n];
    }

    /** {@code ^(C)?v}: a vowel (or y) right after the optional leading consonant run. */
    static boolean containsVowel(String s) {
        boolean[] reach = optionalConsonants(s);
        for (int i = 0; i < s.length(); i++) {
            if (reach[i] && isVowelOrY(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code ^C v [^aeiouwxy]$}. */
    static boolean endsConsonantVowelConsonant(String s) {
        int n = s.length();
        if (n < 3) {
            return false;
        }
        char last = s.charAt(n - 1);
        return consonants(s, start(s))[n - 2] && isVowelOrY(s.charAt(n - 2)) && "aeiouwxy".indexOf(last) < 0;
    }

    private static boolean[] start(String s) {
        boolean[] reach = new boolean[s.length() + 1];
        reach[0] = true;
        return reach;
    }

    private static boolean[] optionalConsonants(String s) {
        boolean[] reach = consonants(s, start(s));
        reach[0] = true;
        return reach;
    }

    /** Positions where a run {@code [^aeiou][^aeiouy]*} starting at a position in {@code from} can end. */
    private static boolean[] consonants(String s, boolean[] from) {
        boolean[] to = new boolean[from.length];
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            inRun = from[i] && !isVowel(c) || inRun && !isVowelOrY(c);
            to[i + 1] = inRun;
        }
        return to;
    }

    /** Positions where a run {@code [aeiouy][aeiou]*} starting at a position in {@code from} can end. */
    private static boolean[] vowels(String s, boolean[] from) {
        boolean[] to = new boolean[from.length];
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            inRun = from[i] && isVowelOrY(c) || inRun && isVowel(c);
            to[i + 1] = inRun;
        }
        return to;
    }

    private static boolean any(boolean[] reach) {
        for (boolean r : reach) {
            if (r) {
                return true;
            }
        }
        return false;
    }
}
