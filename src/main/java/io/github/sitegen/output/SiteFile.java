package io.github.sitegen.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A file of the finished site: its path below the output directory and its bytes. */
public record SiteFile(String path, byte[] content) {
    public SiteFile {
        Objects.requireNonNull(path, "path");
        if (path.startsWith("/") || path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("site file path must be relative and stay inside the site: " + path);
        }
        content = content.clone();
    }

    public static SiteFile text(String path, String text) {
        return new SiteFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
