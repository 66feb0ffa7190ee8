package io.github.sitegen.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file of the finished site: its path below the output directory and its bytes.
 *
 * <p>The bytes are handed over, not copied, in and out: every maker passes a fresh array and no
 * one changes one afterwards. A copy when made and one per reader (the writer, the build cache)
 * tripled the bytes of every file, and at 100× the notes the practice cards alone are 47 MB.
 */
public record SiteFile(String path, byte[] content) {
    public SiteFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("site file path must be relative and stay inside the site: " + path);
        }
    }

    public static SiteFile text(String path, String text) {
        return new SiteFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
