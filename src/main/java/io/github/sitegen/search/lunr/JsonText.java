package io.github.sitegen.search.lunr;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * JSON text being written, in a growable char array: raw syntax, strings escaped as {@code JSON.stringify}
 * escapes them ({@link JsonStringify#quote}) and integers in plain decimal.
 *
 * <p>A search index is megabytes of short strings and numbers; written straight into the array, a number
 * costs its digits, without the per-append capacity and coder checks of a {@code StringBuilder} (and its
 * copy into UTF-16 when the first non-Latin-1 term arrives). Not thread-safe.
 */
public final class JsonText {

    private char[] chars;
    private int length;

    public JsonText(int capacity) {
        chars = new char[Math.max(capacity, 16)];
    }

    public JsonText append(char c) {
        ensureRoom(1);
        chars[length++] = c;
        return this;
    }

    /** Appends {@code s} as it is: JSON syntax, or text already escaped. */
    public JsonText append(String s) {
        ensureRoom(s.length());
        s.getChars(0, s.length(), chars, length);
        length += s.length();
        return this;
    }

    /** Appends {@code s} as a JSON string literal, {@code JSON.stringify(s)}. */
    public JsonText appendQuoted(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (JsonStringify.needsEscape(s.charAt(i))) {
                return append(JsonStringify.quote(s));
            }
        }
        ensureRoom(s.length() + 2);
        chars[length++] = '"';
        s.getChars(0, s.length(), chars, length);
        length += s.length();
        chars[length++] = '"';
        return this;
    }

    /** Appends {@code n} in plain decimal, as JavaScript prints every integer of this size. */
    public JsonText appendInteger(long n) {
        if (n < 0 || n > Integer.MAX_VALUE) {
            return append(Long.toString(n)); // not in an index of fewer than 2^31 terms and weights < 8e12
        }
        int value = (int) n; // int division by a constant compiles to a multiplication, long division does not
        int digits = 1;
        for (int rest = value / 10; rest != 0; rest /= 10) {
            digits++;
        }
        ensureRoom(digits);
        length += digits;
        for (int i = length - 1; i >= length - digits; i--) {
            chars[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return this;
    }

    public int length() {
        return length;
    }

    /** Moves the text written so far to {@code out}, leaving this empty. */
    public void moveTo(Writer out) throws IOException {
        out.write(chars, 0, length);
        length = 0;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    private void ensureRoom(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + more, chars.length * 2));
        }
    }
}
