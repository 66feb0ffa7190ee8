package io.github.sitegen.dedup;

import java.util.Locale;

/** Why sections were put together. */
public enum GroupKind {
    /** The same heading and text, subsections included: shown once, a note everywhere else. */
    IDENTICAL,
    /** The same question answered in different words: every answer shown in one place. */
    VARIANT,
    /** The same answer with something added or changed: one shown, and what the others add. */
    NEAR,
    /**
     * Questions that may be the same but whose evidence would not convince a reader: each stays
     * where it was written, and each links to the other ("Also asked in …").
     */
    LINKED,
    /** Different questions on the same topic: linked to each other. */
    RELATED;

    /** The name used in {@code dedup-report.json} and on the duplicates page. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
