package io.github.sitegen.dedup;

import java.util.SplittableRandom;

/**
 * MinHash signatures: for each of {@code n} seeded hash functions, the smallest hash of a
 * set's shingles. Two signatures agree in a position with probability equal to the Jaccard
 * similarity of their sets, which is what the LSH bands bet on.
 */
final class MinHash {
    private final long[] salts;

    MinHash(int functions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        salts = new long[functions];
        for (int i = 0; i < functions; i++) {
            salts[i] = random.nextLong();
        }
    }

    long[] signature(long[] shingles) {
        long[] signature = new long[salts.length];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < salts.length; i++) {
                long h = Shingles.mix(shingle ^ salts[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }
}
