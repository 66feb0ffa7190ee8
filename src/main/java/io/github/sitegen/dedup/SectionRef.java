package io.github.sitegen.dedup;

import io.github.sitegen.core.Section;

/**
 * A section as groups and the report name it.
 *
 * @param line          1-based line of its heading in its note
 * @param documentTitle title of the note it was written in, to label it with its source
 * @param section       the section itself, with everything below it
 */
public record SectionRef(SectionKey key, int line, String title, String documentTitle, Section section) {
    public String source() {
        return key.source();
    }

    public String anchor() {
        return key.anchor();
    }
}
