package io.github.sitegen.dedup;

import io.github.sitegen.core.Nfkc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The normal forms text is compared in. */
final class Texts {
    private Texts() {
    }

    /** NFKC with white space collapsed: two blocks equal in this form say the same words. */
    static String normalise(String text) {
        String nfkc = Nfkc.of(text);
        if (collapsed(nfkc)) {
            return nfkc; // most headings and one-line paragraphs: no copy
        }
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean space = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether {@link #normalise} would leave the text as it is: single spaces between words only. */
    private static boolean collapsed(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i == 0 || i == n - 1 || text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link Character#isWhitespace} or {@link Character#isSpaceChar}, answered for ASCII without
     * the Unicode tables: this runs over every character of the notes several times.
     */
    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Lower-case words: runs of letters, digits and underscores ({@code select_related} is one word). */
    static List<String> words(String text) {
        String lower = Nfkc.of(text).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && isWordChar(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** How many words {@link #words} would find, without making them. */
    static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean word = isWordChar(text.charAt(i));
            if (word && !inWord) {
                count++;
            }
            inWord = word;
        }
        return count;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
