package io.github.sitegen.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * A defect in the notes: a broken link, an unanswered question, an unclosed code fence... A
 * normal build reports it as a warning; {@code site-gen:check} and a strict build fail on it.
 * Printed the way compilers print, {@code file:line: message}.
 *
 * <p>A fatal finding (front matter given twice or not YAML, a note that is not UTF-8) fails every
 * build, strict or not, since what the note says cannot be known; the note is still read as well
 * as it can be, so that its other problems are found in the same run.
 *
 * @param file    the note, relative to the content directory, with {@code /} separators
 * @param line    1-based line in that file
 * @param message what is wrong and what to do about it
 * @param fatal   whether it fails every build, not only strict ones and the check
 */
public record Finding(String file, int line, String message, boolean fatal) implements Comparable<Finding> {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** A finding that fails only strict builds and the check. */
    public Finding(String file, int line, String message) {
        this(file, line, message, false);
    }

    /** A finding that fails every build. */
    public static Finding fatal(String file, int line, String message) {
        return new Finding(file, line, message, true);
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
