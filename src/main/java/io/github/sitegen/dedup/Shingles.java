package io.github.sitegen.dedup;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Word shingles as sorted, distinct 64-bit hashes: the sets whose Jaccard similarity says how
 * much of two answers is the same text. The hash is fixed (FNV-1a, then a 64-bit finaliser),
 * never {@code String.hashCode} of a JVM, so that builds agree everywhere.
 */
final class Shingles {
    private Shingles() {
    }

    static long[] of(List<String> words, int size) {
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - size + 1);
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            wordHashes[i] = hash(words.get(i));
        }
        long[] shingles = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(words.size(), i + size); j++) {
                h = mix(h * 31 + wordHashes[j]);
            }
            shingles[i] = h;
        }
        Arrays.sort(shingles);
        return distinct(shingles);
    }

    /** Exact Jaccard similarity of two sorted, distinct hash sets. */
    static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }

    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3's 64-bit finaliser: spreads every input bit over the whole hash. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long[] distinct(long[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }
}
