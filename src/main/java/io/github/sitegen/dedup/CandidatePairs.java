package io.github.sitegen.dedup;

import java.util.Arrays;

/** Distinct pairs {@code (earlier, later)} of unit numbers, packed into longs, in insertion order. */
final class CandidatePairs {
    private long[] pairs = new long[64];
    private int size;
    private final java.util.HashSet<Long> seen = new java.util.HashSet<>();

    void add(int earlier, int later) {
        long packed = ((long) earlier << 32) | (later & 0xffffffffL);
        if (earlier == later || !seen.add(packed)) {
            return;
        }
        if (size == pairs.length) {
            pairs = Arrays.copyOf(pairs, size * 2);
        }
        pairs[size++] = packed;
    }

    int size() {
        return size;
    }

    int earlier(int i) {
        return (int) (pairs[i] >>> 32);
    }

    int later(int i) {
        return (int) pairs[i];
    }
}
