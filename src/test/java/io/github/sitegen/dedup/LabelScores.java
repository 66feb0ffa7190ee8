package io.github.sitegen.dedup;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What deduplication did with a guide's labelled pairs: each pair is merged (one is shown at the
 * other's place), linked (both stay where written, each pointing at the other), or apart.
 */
final class LabelScores {
    enum Outcome { MERGED, LINKED, APART }

    /** Counts of one kind of pair. */
    static final class Tally {
        int pairs;
        int merged;
        int linked;

        void add(Outcome outcome) {
            pairs++;
            merged += outcome == Outcome.MERGED ? 1 : 0;
            linked += outcome == Outcome.LINKED ? 1 : 0;
        }

        void add(Tally other) {
            pairs += other.pairs;
            merged += other.merged;
            linked += other.linked;
        }
    }

    /** One pair and what became of it, for reading the misses. */
    record Judged(LabelledGuide.Pair pair, Outcome outcome) {
    }

    final String guide;
    final Map<LabelledGuide.Kind, Tally> dev = new EnumMap<>(LabelledGuide.Kind.class);
    final Map<LabelledGuide.Kind, Tally> test = new EnumMap<>(LabelledGuide.Kind.class);
    final List<Judged> judged = new ArrayList<>();
    /** Unlabelled: questions compared, groups that fold questions, pairs only linked, the largest group. */
    final int questions;
    final int mergeGroups;
    final int linkedPairs;
    final int largestGroup;
    /** Headings with two or more questions under them, every one of them shown elsewhere as another's answer. */
    final int emptiedChapters;

    LabelScores(LabelledGuide guide, DedupResult result) {
        this.guide = guide.name();
        for (LabelledGuide.Kind kind : LabelledGuide.Kind.values()) {
            dev.put(kind, new Tally());
            test.put(kind, new Tally());
        }
        Set<Set<SectionKey>> linked = new HashSet<>();
        int groups = 0;
        int largest = 0;
        for (DuplicateGroup group : result.groups()) {
            if (group.kind() == GroupKind.LINKED) {
                linked.add(Set.of(group.members().get(0).section().key(), group.members().get(1).section().key()));
            } else if (group.kind() == GroupKind.VARIANT || group.kind() == GroupKind.NEAR) {
                groups++;
                largest = Math.max(largest, group.members().size());
            }
        }
        for (LabelledGuide.Pair pair : guide.pairs()) {
            // a folded question's links are shown where its answer is: at its group's head
            SectionKey a = root(result, pair.a());
            SectionKey b = root(result, pair.b());
            Outcome outcome = a.equals(b) ? Outcome.MERGED : linked.contains(Set.of(a, b)) ? Outcome.LINKED : Outcome.APART;
            (pair.split().equals("test") ? test : dev).get(pair.kind()).add(outcome);
            judged.add(new Judged(pair, outcome));
        }
        this.questions = result.stats().questions();
        this.mergeGroups = groups;
        this.linkedPairs = linked.size();
        this.largestGroup = largest;
        int emptied = 0;
        for (io.github.sitegen.core.DocumentOutline outline : guide.outlines()) {
            for (io.github.sitegen.core.Section chapter : outline.allSections()) {
                List<io.github.sitegen.core.Section> questions = chapter.children().stream()
                        .filter(io.github.sitegen.core.Section::question).toList();
                if (!chapter.question() && questions.size() >= 2 && questions.stream().allMatch(q -> result.fold(outline.source().path(), q.anchor())
                        .filter(f -> f.kind() == GroupKind.VARIANT || f.kind() == GroupKind.NEAR).isPresent())) {
                    emptied++;
                }
            }
        }
        this.emptiedChapters = emptied;
    }

    /** Where a section is shown: folds followed to their end. */
    private static SectionKey root(DedupResult result, SectionKey key) {
        SectionKey at = key;
        for (int step = 0; step < 10; step++) {
            Optional<DedupResult.Fold> fold = result.fold(at.source(), at.anchor());
            if (fold.isEmpty()) {
                return at;
            }
            at = fold.get().target();
        }
        return at;
    }

    /** All pairs of one split (or both, for {@code null}) of one kind. */
    Tally tally(String split, LabelledGuide.Kind kind) {
        Tally total = new Tally();
        if (split == null || split.equals("dev")) {
            total.add(dev.get(kind));
        }
        if (split == null || split.equals("test")) {
            total.add(test.get(kind));
        }
        return total;
    }

    /** Pairs of the same question merged, of all pairs of the same question. */
    static Tally same(List<LabelScores> scores, String split) {
        Tally t = new Tally();
        scores.forEach(s -> {
            t.add(s.tally(split, LabelledGuide.Kind.IDENTICAL));
            t.add(s.tally(split, LabelledGuide.Kind.REWORDED));
        });
        return t;
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
