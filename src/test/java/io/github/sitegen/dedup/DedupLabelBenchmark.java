package io.github.sitegen.dedup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well deduplication agrees with a reader, on the labelled pairs of the seeds and of public
 * note collections of other subjects ({@code src/test/resources/dedup/labels}): per guide and per
 * kind of pair, how many were merged, only linked, or left apart; the precision of merges; and the
 * wrong-merge rate, merges among different questions that look alike; and, unlabelled, how many
 * groups fold questions, how many pairs are only linked, the largest group, and the chapters left
 * holding only "answered elsewhere" notes. Held-out guides and the seeds' test pairs are reported
 * apart from the pairs tuned on. Not a test: it prints numbers.
 *
 * <pre>
 * mvn -q -Dmaven.repo.local=… test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.sitegen.dedup.DedupLabelBenchmark -Dexec.arguments="/work/corpora[,--misses][,guide…]"
 * </pre>
 * The first argument is the folder holding the collections (see {@code guides.tsv}); a guide
 * whose folder is missing is skipped with a note. {@code --misses} lists every pair decided
 * against its label.
 */
public final class DedupLabelBenchmark {
    private DedupLabelBenchmark() {
    }

    public static void main(String[] args) {
        Path corpora = Path.of(args.length > 0 ? args[0] : "/work/corpora");
        boolean misses = List.of(args).contains("--misses");
        List<String> only = List.of(args).subList(Math.min(1, args.length), args.length).stream()
                .filter(a -> !a.startsWith("--")).toList();
        List<LabelScores> scores = new ArrayList<>();
        for (LabelledGuide.Source source : LabelledGuide.sources()) {
            if (!only.isEmpty() && !only.contains(source.name())) {
                continue;
            }
            Path root = source.root(corpora);
            if (!root.toFile().isDirectory()) {
                System.out.println("(" + source.name() + ": " + root + " is missing, skipped)");
                continue;
            }
            LabelledGuide guide = LabelledGuide.read(source, root, LabelledGuide.LABELS.resolve(source.name() + ".tsv"));
            LabelScores score = new LabelScores(guide, new Deduplicator(DedupOptions.DEFAULTS).deduplicate(guide.outlines()));
            scores.add(score);
            if (misses) {
                score.judged.stream().filter(j -> j.pair().kind().same() != (j.outcome() == LabelScores.Outcome.MERGED))
                        .forEach(j -> System.out.println("  " + source.name() + " " + j.pair().split() + " "
                                + j.pair().kind().name().toLowerCase(Locale.ROOT) + " " + j.outcome().name().toLowerCase(Locale.ROOT)
                                + ": " + j.pair().a() + " ~ " + j.pair().b()));
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-20s %-5s %-10s %6s %7s %7s %7s%n", "guide", "split", "kind", "pairs", "merged", "linked", "apart");
        for (LabelScores s : scores) {
            for (String split : List.of("dev", "test")) {
                for (LabelledGuide.Kind kind : LabelledGuide.Kind.values()) {
                    LabelScores.Tally t = s.tally(split, kind);
                    if (t.pairs > 0) {
                        System.out.printf(Locale.ROOT, "%-20s %-5s %-10s %6d %7d %7d %7d%n", s.guide, split,
                                kind.name().toLowerCase(Locale.ROOT), t.pairs, t.merged, t.linked, t.pairs - t.merged - t.linked);
                    }
                }
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-20s %-5s %10s %10s %12s %11s %11s %9s %9s %8s %8s %8s%n", "guide", "split", "precision",
                "recall", "found(+link)", "wrong-merge", "links-same", "questions", "mergeGrps", "linked", "largest", "emptied");
        for (String split : List.of("dev", "test")) {
            for (LabelScores s : scores) {
                if (s.tally(split, LabelledGuide.Kind.IDENTICAL).pairs + s.tally(split, LabelledGuide.Kind.REWORDED).pairs
                        + s.tally(split, LabelledGuide.Kind.SIMILAR).pairs > 0) {
                    print(s.guide, split, List.of(s), s.questions, s.mergeGroups, s.linkedPairs, s.largestGroup, s.emptiedChapters);
                }
            }
            print("all", split, scores, 0, 0, 0, 0, 0);
        }
    }

    private static void print(String name, String split, List<LabelScores> scores, int questions, int groups, int linked,
                              int largest, int emptied) {
        LabelScores.Tally same = LabelScores.same(scores, split);
        LabelScores.Tally different = new LabelScores.Tally();
        scores.forEach(s -> different.add(s.tally(split, LabelledGuide.Kind.SIMILAR)));
        System.out.printf(Locale.ROOT, "%-20s %-5s %10s %10s %12s %11s %11s %9s %9s %8s %8s %8s%n", name, split,
                LabelScores.percent(same.merged, same.merged + different.merged),
                same.merged + "/" + same.pairs, (same.merged + same.linked) + "/" + same.pairs,
                different.merged + "/" + different.pairs + " " + LabelScores.percent(different.merged, different.pairs),
                same.linked + "/" + (same.linked + different.linked),
                questions == 0 ? "" : questions, questions == 0 ? "" : groups, questions == 0 ? "" : linked,
                questions == 0 ? "" : largest, questions == 0 ? "" : emptied);
    }
}
