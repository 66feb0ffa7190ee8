package io.github.sitegen.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes pairs of questions whose answers share rare words, however differently they are
 * written: each answer is keyed by its {@code keys} rarest words that at least one other answer
 * also uses, and two answers that share {@code minShared} keys become a candidate pair. A key is
 * read up to {@code postingLimit} earlier answers, so the work stays linear in the questions.
 */
final class RareWordIndex {
    private final int keys;
    private final int minShared;
    private final int postingLimit;
    private final Map<Long, List<Integer>> postings = new HashMap<>();

    RareWordIndex(int keys, int minShared, int postingLimit) {
        this.keys = keys;
        this.minShared = minShared;
        this.postingLimit = postingLimit;
    }

    /** Adds answer {@code id} (ids ascending) and records its pairs with the answers already added. */
    void add(int id, long[] answer, GuideWords words, CandidatePairs into) {
        long[] chosen = Arrays.stream(answer).filter(t -> words.answerFrequency(t) >= 2).boxed()
                .sorted(Comparator.comparingInt((Long t) -> words.answerFrequency(t)).thenComparing(t -> t))
                .limit(keys).mapToLong(Long::longValue).toArray();
        Map<Integer, Integer> shared = new HashMap<>();
        List<Integer> found = new ArrayList<>();
        for (long key : chosen) {
            List<Integer> list = postings.computeIfAbsent(key, k -> new ArrayList<>());
            for (int e = 0; e < Math.min(list.size(), postingLimit); e++) {
                int other = list.get(e);
                if (shared.merge(other, 1, Integer::sum) == minShared) {
                    found.add(other);
                }
            }
            if (list.size() < postingLimit) {
                list.add(id);
            }
        }
        found.forEach(other -> into.add(other, id));
    }
}
