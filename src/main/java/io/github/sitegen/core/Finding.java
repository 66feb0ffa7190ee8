package io.github.sitegen.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * A defect in the notes that still lets the site build: a broken link, an unanswered question,
 * an unclosed code fence... A normal build reports it as a warning; {@code site-gen:check} and
 * a strict build fail on it. Printed the way compilers print, {@code file:line: message}.
 *
 * @param file    the note, relative to the content directory, with {@code /} separators
 * @param line    1-based line in that file
 * @param message what is wrong and what to do about it
 */
public record Finding(String file, int line, String message) implements Comparable<Finding> {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The finding as a compiler would print it, with the note's path written as {@code prefix + file}. */
    public String describe(String prefix) {
        return prefix + file + ":" + line + ": " + message;
    }

    @Override
    public String toString() {
        return describe("");
    }

    /** By file, then line: the order compilers list problems in. */
    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
