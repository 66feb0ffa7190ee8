package io.github.sitegen.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Keeps page file names within what every file system takes (255 bytes a name, less on
 * encrypted home folders) and stable from build to build: a slug too long is cut, and ends
 * with a short digest of the whole slug, so that two long headings sharing their beginning
 * still get two names, and the same heading always the same one.
 */
final class PageFileNames {
    /** Bytes of UTF-8 a page's slug may take; with ".html" and a "-2" suffix well below 255 (and 143 of eCryptfs). */
    static final int MAX_BYTES = 100;
    private static final int KEEP_BYTES = MAX_BYTES - 9;

    private PageFileNames() {
    }

    static String bounded(String slug) {
        byte[] bytes = slug.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return slug;
        }
        int end = 0;
        int used = 0;
        while (end < slug.length()) {
            int cp = slug.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > KEEP_BYTES) {
                break;
            }
            used += size;
            end += Character.charCount(cp);
        }
        String kept = slug.substring(0, end).replaceAll("-+$", "");
        return kept + "-" + digest(bytes);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
