package io.github.sitegen.search.lunr;

/**
 * JavaScript's {@code String.prototype.toLowerCase()}, as node 20 (ICU, Unicode 17) computes it.
 *
 * <p>{@code String.toLowerCase(Locale.ROOT)} is not enough: Java decides the Greek final sigma by word
 * boundaries ({@code "ΑΣ-Β"} gives {@code "ασ-β"}) where JavaScript applies the Unicode Final_Sigma context
 * ({@code "ας-β"}), and Java 17's Unicode 13 tables lack the case pairs added in Unicode 14 to 17.
 */
public final class JsLowerCase {

    private static final int CAPITAL_SIGMA = 0x03A3;
    private static final int CAPITAL_I_WITH_DOT = 0x0130;

    /**
     * Simple lowercase mappings of letters encoded after Unicode 13, as {first, last, offset} ranges (every
     * code point in the range maps to itself plus the offset) or single {cp, cp, target - cp}, in code point
     * order. Needed while the JDK is older than node's ICU; where the JDK already knows a mapping, it agrees
     * with this table.
     */
    private static final int[][] NEWER_MAPPINGS = {
        {0x1C89, 0x1C89, 1},
        {0x2C2F, 0x2C2F, 0x30},
        {0xA7C0, 0xA7C0, 1},
        {0xA7CB, 0xA7CB, 0x0264 - 0xA7CB},
        {0xA7CC, 0xA7CC, 1},
        {0xA7CE, 0xA7CE, 1},
        {0xA7D0, 0xA7D0, 1},
        {0xA7D2, 0xA7D2, 1},
        {0xA7D4, 0xA7D4, 1},
        {0xA7D6, 0xA7D6, 1},
        {0xA7D8, 0xA7D8, 1},
        {0xA7DA, 0xA7DA, 1},
        {0xA7DC, 0xA7DC, 0x019B - 0xA7DC},
        {0x10570, 0x1057A, 0x27},
        {0x1057C, 0x1058A, 0x27},
        {0x1058C, 0x10592, 0x27},
        {0x10594, 0x10595, 0x27},
        {0x10D50, 0x10D65, 0x20},
        {0x16EA0, 0x16EB8, 0x1B},
    };

    private JsLowerCase() {
    }

    /** Lowercases {@code s} exactly as JavaScript does; lone surrogates pass through unchanged. */
    public static String apply(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return asciiLowerCase(s);
        }
        // a unit becomes at most two (İ, or a code point whose lowercase needs a surrogate pair)
        char[] out = new char[2 * n];
        int length = 0;
        for (i = 0; i < n; ) {
            char c = s.charAt(i);
            if (c < 0x80) { // mostly ASCII even in text with some accents, dashes or symbols
                out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            if (cp == CAPITAL_SIGMA) {
                out[length++] = isFinalSigma(s, i) ? 'ς' : 'σ';
            } else if (cp == CAPITAL_I_WITH_DOT) {
                out[length++] = 'i';
                out[length++] = '\u0307';
            } else {
                length += Character.toChars(lowerCodePoint(cp), out, length);
            }
            i += Character.charCount(cp);
        }
        return new String(out, 0, length);
    }

    private static String asciiLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = s.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] += 'a' - 'A';
                    }
                }
                return new String(chars);
            }
        }
        return s;
    }

    private static int lowerCodePoint(int cp) {
        int lower = Character.toLowerCase(cp);
        if (lower != cp) {
            return lower;
        }
        for (int[] range : NEWER_MAPPINGS) {
            if (cp < range[0]) {
                break; // the ranges are in code point order
            }
            if (cp <= range[1]) {
                return cp + range[2];
            }
        }
        return cp;
    }

    /**
     * Unicode Final_Sigma: a cased letter precedes (skipping case-ignorables) and none follows. Like ICU,
     * a code point that is both case-ignorable and cased (U+02B0, U+0345) counts as ignorable.
     */
    private static boolean isFinalSigma(String s, int at) {
        return casedLetterBefore(s, at) && !casedLetterAfter(s, at + 1);
    }

    private static boolean casedLetterBefore(String s, int end) {
        int i = end;
        while (i > 0) {
            int cp = s.codePointBefore(i);
            i -= Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return isCased(cp);
            }
        }
        return false;
    }

    private static boolean casedLetterAfter(String s, int start) {
        int i = start;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return isCased(cp);
            }
        }
        return false;
    }

    static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp)
                || newerCaseLetter(cp);
    }

    private static boolean newerCaseLetter(int cp) {
        for (int[] range : NEWER_MAPPINGS) {
            if (cp >= range[0] && cp <= range[1]
                    || cp >= range[0] + range[2] && cp <= range[1] + range[2]) {
                return true;
            }
        }
        return false;
    }

    /** Case_Ignorable: general categories Mn, Me, Cf, Lm, Sk and Word_Break MidLetter, MidNumLet, Single_Quote. */
    static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.FORMAT:
            case Character.MODIFIER_LETTER:
            case Character.MODIFIER_SYMBOL:
                return true;
            default:
                break;
        }
        switch (cp) {
            case 0x0027: case 0x002E: case 0x003A: case 0x00B7: case 0x0387: case 0x055F: case 0x05F4:
            case 0x2018: case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52: case 0xFE55:
            case 0xFF07: case 0xFF0E: case 0xFF1A:
                return true;
            default:
                return false;
        }
    }
}
