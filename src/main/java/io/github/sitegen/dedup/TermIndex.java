package io.github.sitegen.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the pairs of term sets that may reach a Jaccard threshold {@code t} without comparing
 * every set with every other: PPJoin (Xiao et al., "Efficient similarity joins for
 * near-duplicate detection", WWW 2008), without its size-ordered input. Terms are ordered
 * rarest first, and two sets of similarity at least {@code t} share a term among their first
 * {@code |x| - ceil(t|x|) + 1}: only those are indexed and looked up, so a common term is
 * only used by sets made of little else. Sizes that cannot reach {@code t} are skipped, and
 * the position of a shared term bounds how many terms two sets can share at most (the
 * positional filter), which drops pairs that share only a common word. A posting list is
 * read up to {@code postingLimit} entries, which bounds the cost of a term that hundreds of
 * sets use.
 */
final class TermIndex {
    private final double threshold;
    private final int postingLimit;
    private final Map<String, Integer> frequency;
    /** term -> {id, position of the term in that set's order, size of that set} */
    private final Map<String, List<int[]>> postings = new HashMap<>();

    /** @param all every term set that will be added, to order terms by rarity */
    TermIndex(double threshold, int postingLimit, List<List<String>> all) {
        this.threshold = threshold;
        this.postingLimit = postingLimit;
        this.frequency = new HashMap<>();
        all.forEach(terms -> terms.forEach(t -> frequency.merge(t, 1, Integer::sum)));
    }

    /** Adds set {@code id} (ids ascending) and records its candidate pairs with the sets already added. */
    void add(int id, List<String> terms, CandidatePairs into) {
        if (terms.isEmpty()) {
            return;
        }
        List<String> ordered = new ArrayList<>(terms);
        ordered.sort(Comparator.comparingInt((String t) -> frequency.getOrDefault(t, 0)).thenComparing(t -> t));
        int size = ordered.size();
        int prefix = size - (int) Math.ceil(threshold * size - 1e-9) + 1;
        Map<Integer, Integer> overlap = new HashMap<>();
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < Math.min(prefix, size); i++) {
            List<int[]> list = postings.getOrDefault(ordered.get(i), List.of());
            for (int e = 0; e < Math.min(list.size(), postingLimit); e++) {
                int[] entry = list.get(e);
                int other = entry[0];
                int otherSize = entry[2];
                if (otherSize < threshold * size - 1e-9 || otherSize * threshold > size + 1e-9) {
                    continue; // sizes too far apart for the threshold
                }
                Integer seen = overlap.get(other);
                if (seen != null && seen < 0) {
                    continue; // pruned
                }
                int current = seen == null ? 0 : seen;
                int needed = (int) Math.ceil(threshold / (1 + threshold) * (size + otherSize) - 1e-9);
                int bound = current + 1 + Math.min(size - i - 1, otherSize - entry[1] - 1);
                if (bound >= needed) {
                    if (seen == null) {
                        found.add(other);
                    }
                    overlap.put(other, current + 1);
                } else {
                    overlap.put(other, -1);
                }
            }
        }
        for (int other : found) {
            if (overlap.get(other) > 0) {
                into.add(other, id);
            }
        }
        for (int i = 0; i < Math.min(prefix, size); i++) {
            postings.computeIfAbsent(ordered.get(i), t -> new ArrayList<>()).add(new int[] {id, i, size});
        }
    }
}
