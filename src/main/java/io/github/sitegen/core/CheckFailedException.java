package io.github.sitegen.core;

import java.util.List;

/**
 * A strict build found defects in the notes and wrote nothing. Each finding names its file
 * and line; the message lists them all.
 */
public final class CheckFailedException extends SiteBuildException {
    private final List<Finding> findings;

    public CheckFailedException(List<Finding> findings) {
        super(null, 0, summary(findings) + ":" + System.lineSeparator() + String.join(System.lineSeparator(),
                findings.stream().sorted().map(Finding::toString).toList()));
        this.findings = findings.stream().sorted().toList();
    }

    /** How many problems: {@code 3 problems in the notes}. */
    public static String summary(List<Finding> findings) {
        return findings.size() + (findings.size() == 1 ? " problem" : " problems") + " in the notes";
    }

    /** By file, then line. */
    public List<Finding> findings() {
        return findings;
    }
}
