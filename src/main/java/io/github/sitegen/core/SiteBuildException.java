package io.github.sitegen.core;

import java.util.Optional;

/**
 * A problem the user must fix in their content, templates or configuration. The message
 * always says where ({@code file:line}) and what to do, so the Mojo can print it unchanged.
 */
public class SiteBuildException extends RuntimeException {
    private final String file;
    private final int line;
    private final String reason;

    public SiteBuildException(String file, int line, String message, Throwable cause) {
        super(location(file, line) + message, cause);
        this.file = file;
        this.line = line;
        this.reason = message;
    }

    public SiteBuildException(String file, int line, String message) {
        this(file, line, message, null);
    }

    private static String location(String file, int line) {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line + ": " : file + ": ";
    }

    /** The file at fault, relative to the project where possible. */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** What is wrong and what to do, without the file and line the message starts with. */
    public String reason() {
        return reason;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
