package io.github.sitegen.core;

import java.util.function.Consumer;

/**
 * How the core reports progress and problems that do not stop the build. The Maven adapter
 * forwards these to Maven's log; tests collect them.
 */
public interface BuildListener {
    void info(String message);

    /**
     * What a person asks for only when looking closer (each note's pages, say): the Maven goals
     * show it with {@code -X} or {@code -DsiteGen.verbose=true}. A listener made of three
     * callbacks hears it as info.
     */
    default void detail(String message) {
        info(message);
    }

    /** A problem worth fixing that still lets the site build, already prefixed {@code file:line:}. */
    void warn(String message);

    /**
     * A defect in the notes, which a strict build or {@code site-gen:check} turns into a failure.
     * By default it is a warning.
     */
    default void finding(Finding finding) {
        warn(finding.toString());
    }

    BuildListener SILENT = of(message -> { }, message -> { }, finding -> { });

    /** A listener made of its three callbacks: most listeners only forward, record or filter. */
    static BuildListener of(Consumer<String> info, Consumer<String> warn, Consumer<Finding> finding) {
        return of(info, info, warn, finding);
    }

    /** A listener made of its four callbacks, details apart from info. */
    static BuildListener of(Consumer<String> info, Consumer<String> detail, Consumer<String> warn, Consumer<Finding> finding) {
        return new BuildListener() {
            @Override
            public void info(String message) {
                info.accept(message);
            }

            @Override
            public void detail(String message) {
                detail.accept(message);
            }

            @Override
            public void warn(String message) {
                warn.accept(message);
            }

            @Override
            public void finding(Finding f) {
                finding.accept(f);
            }
        };
    }
}
