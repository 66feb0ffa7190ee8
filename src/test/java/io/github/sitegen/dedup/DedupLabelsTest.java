package io.github.sitegen.dedup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deduplication against a reader's labels (issue 17), on what this repository may hold: its own
 * notes ({@code content/}) and excerpts of public collections whose licence allows copying
 * ({@code src/test/resources/dedup/excerpts}, written by {@link LabelExcerpts}). A different
 * question must never be merged into another; of the pairs that are one question, at least as
 * many as now must be merged, and found (merged, or linked as "also asked in"). Raise the floors
 * when a change finds more; {@link DedupLabelBenchmark} measures the whole collections.
 */
class DedupLabelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // guide,          merged, found (of the pairs that are one question)
            "seeds,            32, 45",
            "react,            0, 0",
            "django-devlovers, 0, 0",
            "30-seconds,       0, 0",
            "handbook,         0, 0",
            "js-lydia,         0, 0",
            "golang-devlovers, 0, 0",
    })
    void noDifferentQuestionIsMergedAndTheRepeatsFoundStayFound(String name, int merged, int found) {
        LabelledGuide.Source source = LabelledGuide.sources().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        boolean own = source.folder().equals("content");
        Path root = own ? Path.of("content") : LabelExcerpts.EXCERPTS.resolve(name);
        LabelledGuide guide = LabelledGuide.read(source, root, own ? LabelledGuide.LABELS.resolve(name + ".tsv") : root.resolve("labels.tsv"));
        LabelScores scores = new LabelScores(guide, new Deduplicator(DedupOptions.DEFAULTS).deduplicate(guide.outlines()));

        LabelScores.Tally different = scores.tally(null, LabelledGuide.Kind.SIMILAR);
        LabelScores.Tally same = LabelScores.same(java.util.List.of(scores), null);
        System.out.printf("%s: %d/%d merged, %d/%d found, %d/%d different merged%n", name, same.merged, same.pairs,
                same.merged + same.linked, same.pairs, different.merged, different.pairs);
        assertThat(scores.judged).as("different questions merged").noneMatch(j ->
                j.pair().kind() == LabelledGuide.Kind.SIMILAR && j.outcome() == LabelScores.Outcome.MERGED);
        assertThat(same.merged).as("pairs of one question merged").isGreaterThanOrEqualTo(merged);
        assertThat(same.merged + same.linked).as("pairs of one question merged or linked").isGreaterThanOrEqualTo(found);
    }
}
