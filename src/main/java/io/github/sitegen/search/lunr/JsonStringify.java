package io.github.sitegen.search.lunr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.Writer;

/**
 * Streams JSON text escaped exactly as JavaScript's {@code JSON.stringify} escapes strings, so that the bytes
 * match lunr's output.
 *
 * <p>Jackson already writes {@code "}, {@code \}, the short escapes and other control characters like
 * {@code JSON.stringify}, once its hex digits are lowercase; everything else, including {@code /},
 * U+2028 and all non-ASCII, stays raw in both. The one difference left is a lone surrogate, which
 * {@code JSON.stringify} escapes (backslash, {@code u}, four lowercase hex digits) and Jackson passes through: {@link LoneSurrogateEscaper}
 * fixes that on the way out. Callers choose key order and number text themselves.
 *
 * <p>{@link #quote} is the same escaping for one string, for writers that assemble JSON text themselves.
 */
public final class JsonStringify {

    /** Writes one JSON value with the generator it is given. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonStringify() {
    }

    /** Writes the value produced by {@code body} to {@code target}, leaving {@code target} open. */
    public static void write(Writer target, Body body) throws IOException {
        LoneSurrogateEscaper escaper = new LoneSurrogateEscaper(target);
        try (JsonGenerator generator = FACTORY.createGenerator(escaper)) {
            body.write(generator);
        }
        escaper.finish();
    }

    /** {@code JSON.stringify(s)} for a string: the quoted, escaped JSON string literal. */
    public static String quote(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && !needsEscape(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return '"' + s + '"';
        }
        StringBuilder out = new StringBuilder(n + 16).append('"').append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i)); // a pair is a code point, written raw
            } else if (Character.isSurrogate(c)) {
                appendUnicodeEscape(out, c);
            } else {
                switch (c) {
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> appendUnicodeEscape(out, c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** Control characters, quote, backslash and surrogates, the last only when unpaired. */
    static boolean needsEscape(char c) {
        return c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c);
    }

    /** Backslash, {@code u} and four lowercase hex digits, as {@code JSON.stringify} writes them. */
    private static void appendUnicodeEscape(StringBuilder out, char c) {
        String hex = Integer.toHexString(c);
        out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
    }

    /**
     * Passes characters through, replacing each unpaired UTF-16 surrogate by its six-character escape. This is
     * safe on JSON text from Jackson because all of Jackson's own syntax and escapes are ASCII: a surrogate
     * can only come from the content of a string.
     */
    static final class LoneSurrogateEscaper extends Writer {
        private static final char NONE = 0;
        private final Writer out;
        private char pendingHigh = NONE;

        LoneSurrogateEscaper(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int runStart = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                char c = chars[i];
                if (!Character.isSurrogate(c) && pendingHigh == NONE) {
                    continue;
                }
                out.write(chars, runStart, i - runStart);
                runStart = i + 1;
                accept(c);
            }
            out.write(chars, runStart, end - runStart);
        }

        private void accept(char c) throws IOException {
            if (pendingHigh != NONE) {
                char high = pendingHigh;
                pendingHigh = NONE;
                if (Character.isLowSurrogate(c)) {
                    out.write(high);
                    out.write(c);
                    return;
                }
                escape(high);
            }
            if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                escape(c);
            } else {
                out.write(c);
            }
        }

        private void escape(char c) throws IOException {
            out.write("\\u");
            out.write(Integer.toHexString(c));
        }

        /** Escapes a high surrogate left at the very end; a later write could not pair with it anyway. */
        void finish() throws IOException {
            if (pendingHigh != NONE) {
                escape(pendingHigh);
                pendingHigh = NONE;
            }
            out.flush();
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            finish();
        }
    }
}
