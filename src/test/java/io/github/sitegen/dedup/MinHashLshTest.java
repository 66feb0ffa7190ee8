package io.github.sitegen.dedup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MinHashLshTest {
    private static List<String> words(String prefix, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            words.add(prefix + i);
        }
        return words;
    }

    @Test
    void signaturesAgreeInAboutAsManyPlacesAsTheSetsAreSimilar() {
        long[] a = Shingles.of(words("w", 0, 300), 3);
        long[] b = Shingles.of(words("w", 60, 360), 3);
        MinHash minHash = new MinHash(512, 42);
        long[] sa = minHash.signature(a);
        long[] sb = minHash.signature(b);
        int agree = 0;
        for (int i = 0; i < sa.length; i++) {
            agree += sa[i] == sb[i] ? 1 : 0;
        }
        assertThat((double) agree / sa.length).isCloseTo(Shingles.jaccard(a, b), within(0.08));
    }

    @Test
    void theSameSeedGivesTheSameSignatureAndAnotherSeedAnother() {
        long[] set = Shingles.of(words("x", 0, 50), 3);
        assertThat(new MinHash(64, 1).signature(set)).isEqualTo(new MinHash(64, 1).signature(set));
        assertThat(new MinHash(64, 2).signature(set)).isNotEqualTo(new MinHash(64, 1).signature(set));
    }

    @Test
    void bandsPairNearDuplicatesAndLeaveUnrelatedTextsAlone() {
        MinHash minHash = new MinHash(DedupOptions.DEFAULT_MIN_HASH_FUNCTIONS, DedupOptions.DEFAULT_SEED);
        LshIndex index = new LshIndex(DedupOptions.DEFAULT_LSH_BANDS,
                DedupOptions.DEFAULT_MIN_HASH_FUNCTIONS / DedupOptions.DEFAULT_LSH_BANDS, 4);
        CandidatePairs pairs = new CandidatePairs();
        List<String> answer = words("a", 0, 80);
        List<String> withASentenceAdded = new ArrayList<>(answer);
        withASentenceAdded.addAll(words("extra", 0, 12));
        index.add(0, minHash.signature(Shingles.of(answer, 3)), pairs);
        index.add(1, minHash.signature(Shingles.of(words("b", 0, 80), 3)), pairs);
        index.add(2, minHash.signature(Shingles.of(withASentenceAdded, 3)), pairs);
        assertThat(pairs.size()).isEqualTo(1);
        assertThat(pairs.earlier(0)).isZero();
        assertThat(pairs.later(0)).isEqualTo(2);
    }

    @Test
    void jaccardOfShinglesCountsSharedRunsOfWords() {
        assertThat(Shingles.jaccard(Shingles.of(List.of("a", "b", "c", "d"), 3), Shingles.of(List.of("a", "b", "c", "e"), 3)))
                .isEqualTo(1.0 / 3);
        assertThat(Shingles.of(List.of("short"), 3)).hasSize(1);
        assertThat(Shingles.of(List.of(), 3)).isEmpty();
    }
}
