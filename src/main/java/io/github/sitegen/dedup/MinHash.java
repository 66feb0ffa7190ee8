package io.github.sitegen.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures: for each of {@code n} seeded hash functions, the smallest hash of a
 * set's shingles. Two signatures agree in a position with probability (close to) the
 * Jaccard similarity of their sets, which is what the LSH bands bet on. The shingles are
 * already well-mixed 64-bit hashes, so each function is a multiply-add with a random odd
 * multiplier (a bijection of 64-bit values), the usual universal family: a third of the
 * cost of mixing each shingle again.
 */
final class MinHash {
    private final long[] multipliers;
    private final long[] increments;

    MinHash(int functions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        multipliers = new long[functions];
        increments = new long[functions];
        for (int i = 0; i < functions; i++) {
            multipliers[i] = random.nextLong() | 1L;
            increments[i] = random.nextLong();
        }
    }

    long[] signature(long[] shingles) {
        long[] signature = new long[multipliers.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < multipliers.length; i++) {
                long h = shingle * multipliers[i] + increments[i];
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }
}
