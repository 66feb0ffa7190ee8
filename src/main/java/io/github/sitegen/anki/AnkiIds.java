package io.github.sitegen.anki;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

/**
 * Ids and checksums as Anki keeps them, derived from names that stay from build to build, never from
 * the clock: a package built again after an edit gives every unchanged note, card and deck the id it
 * had, which is how Anki knows to update rather than add.
 */
final class AnkiIds {
    /** Anki's ids are creation times in milliseconds; derived ones fall in 2014 to 2017, before any real one. */
    private static final long FIRST = 1_400_000_000_000L;
    private static final long SPAN = 100_000_000_000L;
    /** The 91 characters of Anki's own guids (its {@code base91}). */
    private static final String BASE91 =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

    private AnkiIds() {
    }

    /** A millisecond-like id for {@code name}, the next free one after it when {@code taken} holds it already. */
    static long id(String name, Set<Long> taken) {
        long id = FIRST + Long.remainderUnsigned(first8(sha256(name)), SPAN);
        while (!taken.add(id)) {
            id++;
        }
        return id;
    }

    /** A note's guid: 64 bits of the name's SHA-256 in Anki's base 91. */
    static String guid(String name) {
        long value = first8(sha256(name));
        StringBuilder reversed = new StringBuilder();
        do {
            reversed.append(BASE91.charAt((int) Long.remainderUnsigned(value, 91)));
            value = Long.divideUnsigned(value, 91);
        } while (value != 0);
        return reversed.reverse().toString();
    }

    /** Anki's duplicate checksum of a note: the first 32 bits of the SHA-1 of its sort field's text. */
    static long checksum(String text) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return ((sha1[0] & 0xffL) << 24) | ((sha1[1] & 0xffL) << 16) | ((sha1[2] & 0xffL) << 8) | (sha1[3] & 0xffL);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    private static byte[] sha256(String name) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static long first8(byte[] bytes) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[i] & 0xff);
        }
        return value;
    }
}
