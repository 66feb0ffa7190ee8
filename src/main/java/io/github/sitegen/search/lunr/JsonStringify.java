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
