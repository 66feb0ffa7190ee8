package io.github.sitegen.dedup;

import java.util.HashMap;
import java.util.Map;

/**
 * Locality-sensitive hashing over MinHash signatures: a signature is cut into bands of
 * {@code rows} values, and two units whose signatures agree on a whole band become a
 * candidate pair. With {@code b} bands of {@code r} rows a pair of similarity {@code s} is
 * found with probability {@code 1 - (1 - s^r)^b}. Each bucket remembers only its first few
 * units, so that a text repeated a thousand times costs a thousand comparisons, not a million.
 */
final class LshIndex {
    private final int bands;
    private final int rows;
    private final int bucketLimit;
    private final Map<Long, int[]> buckets = new HashMap<>();

    LshIndex(int bands, int rows, int bucketLimit) {
        this.bands = bands;
        this.rows = rows;
        this.bucketLimit = bucketLimit;
    }

    /** Adds unit {@code id} (ids ascending) and records its pairs with the units already added. */
    void add(int id, long[] signature, CandidatePairs into) {
        for (int band = 0; band < bands; band++) {
            long key = 0x632BE59BD9B4E019L + band;
            for (int r = band * rows; r < (band + 1) * rows; r++) {
                key = Shingles.mix(key * 31 + signature[r]);
            }
            int[] bucket = buckets.get(key);
            if (bucket == null) {
                bucket = new int[bucketLimit + 1];
                buckets.put(key, bucket);
            }
            int count = bucket[0];
            for (int i = 1; i <= count; i++) {
                into.add(bucket[i], id);
            }
            if (count < bucketLimit) {
                bucket[count + 1] = id;
                bucket[0] = count + 1;
            }
        }
    }
}
