package io.github.sitegen.dedup;

import java.util.Objects;

/**
 * Names one section of the notes: the note's path relative to the content directory and the
 * heading's id, which is unique within a note.
 */
public record SectionKey(String source, String anchor) {
    public SectionKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(anchor, "anchor");
    }

    @Override
    public String toString() {
        return source + "#" + anchor;
    }
}
