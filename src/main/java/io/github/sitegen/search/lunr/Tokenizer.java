package io.github.sitegen.search.lunr;

import java.util.ArrayList;
import java.util.List;

/**
 * lunr's {@code lunr.tokenizer} for a string value: lowercase the whole text once, then split on runs of
 * {@code /[\s\-]+/}.
 *
 * <p>The separator set is JavaScript's {@code \s}, which is wider than Java's (NBSP, U+3000, U+FEFF, ...),
 * tested one UTF-16 unit at a time as lunr does, so it is spelled out here instead of using a Java regex.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** The raw tokens of {@code text}, lowercased, before trimming; never empty strings. */
    public static List<String> tokenize(String text) {
        String lower = JsLowerCase.apply(text);
        List<String> tokens = new ArrayList<>();
        int start = 0;
        int n = lower.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || isSeparator(lower.charAt(i))) {
                if (i > start) {
                    tokens.add(lower.substring(start, i));
                }
                start = i + 1;
            }
        }
        return tokens;
    }

    /** Tab to carriage return, space and hyphen, as bits of a mask over the units below 64. */
    private static final long ASCII_SEPARATORS = 0b11111L << '\t' | 1L << ' ' | 1L << '-';

    /** Whether the UTF-16 unit {@code c} matches JavaScript's {@code /[\s\-]/}. */
    public static boolean isSeparator(char c) {
        if (c < 64) {
            return (ASCII_SEPARATORS >>> c & 1) != 0;
        }
        if (c < '\u00A0') { // letters and most punctuation: the common case, decided in two comparisons
            return false;
        }
        switch (c) {
            case '\u00A0':
            case '\u1680':
            case '\u2028':
            case '\u2029':
            case '\u202F':
            case '\u205F':
            case '\u3000':
            case '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }
}
