package io.github.sitegen.search.lunr;

/**
 * lunr's {@code lunr.trimmer}: strips leading and trailing {@code \W} (regex without the {@code u} flag), so
 * only {@code [A-Za-z0-9_]} counts as a word character and every non-ASCII letter at a token's edge goes:
 * {@code café} becomes {@code caf}, {@code 日本語} becomes the empty string (which lunr keeps as a term).
 */
public final class Trimmer {

    private Trimmer() {
    }

    public static String trim(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && !isWordChar(token.charAt(start))) {
            start++;
        }
        while (end > start && !isWordChar(token.charAt(end - 1))) {
            end--;
        }
        return token.substring(start, end);
    }

    static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
