package io.github.sitegen.dedup;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Section;
import io.github.sitegen.section.Questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dedup stage: finds what the notes repeat and decides where each thing is shown.
 *
 * <ol>
 * <li>Identical sections: a digest of each section's normalised heading, text and
 * subsections (a Merkle tree, so each block is hashed once) finds copies in one pass; the
 * first in reading order is shown, later ones become notes.</li>
 * <li>Questions (the outermost question sections that are not copies) are compared by title
 * and by answer, but only in pairs a candidate step proposes: prefix filtering over the
 * titles' topic words, and LSH banding over MinHash signatures of the answers' word
 * shingles. Both cost about linear time in the number of questions.</li>
 * <li>Each question joins the earliest, most similar question before it that heads a group
 * (star clustering, so that a group never drifts by chains of small steps); the head is
 * the canonical place. Other answers are shown there whole, or, when near-identical to the
 * head's, only with what they add.</li>
 * <li>Questions on the same topic that are not the same question are linked as related.</li>
 * </ol>
 *
 * Every choice is made in reading order with stable tie-breaks, and the hash functions are
 * seeded, so the same notes always give the same result.
 */
public final class Deduplicator {
    /** Units remembered per LSH bucket; see {@link LshIndex}. */
    static final int BUCKET_LIMIT = 4;
    /** Entries read per title term; see {@link TermIndex}. */
    static final int POSTING_LIMIT = 64;

    private final DedupOptions options;

    public Deduplicator(DedupOptions options) {
        this.options = options;
    }

    /** @param outlines the notes in reading order: the first occurrence of anything is the one shown */
    public DedupResult deduplicate(List<DocumentOutline> outlines) {
        return deduplicate(outlines, SectionMemo.none());
    }

    /** The same, reusing from {@code memo} what an earlier build worked out from sections that did not change. */
    public DedupResult deduplicate(List<DocumentOutline> outlines, SectionMemo memo) {
        memo.start(options);
        SectionUnits units = new SectionUnits(outlines, memo);
        if (!options.enabled()) {
            return new DedupResult(List.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                    new DedupResult.Stats(units.size(), 0, 0, 0, 0, 0, 0));
        }
        return new Run(units, memo).result();
    }

    /** One deduplication, with its working state. */
    private final class Run {
        final SectionUnits units;
        final SectionMemo memo;
        final int[] foldedInto;
        final boolean[] insideCopy;
        final Map<SectionKey, SectionKey> sameAs = new HashMap<>();
        final Map<Integer, List<Integer>> copies = new java.util.TreeMap<>();
        int candidatePairs;

        Run(SectionUnits units, SectionMemo memo) {
            this.units = units;
            this.memo = memo;
            this.foldedInto = new int[units.size()];
            this.insideCopy = new boolean[units.size()];
            java.util.Arrays.fill(foldedInto, -1);
        }

        DedupResult result() {
            findIdenticalCopies();
            List<Integer> questions = questions();
            ComparedQuestions q = compare(questions);
            return assemble(q);
        }

        /** First occurrence wins; a copy's subsections are part of the copy, not copies of their own. */
        void findIdenticalCopies() {
            Map<SectionUnits.Digest, Integer> first = new HashMap<>();
            for (int u = 0; u < units.size(); u++) {
                int p = units.parent.get(u);
                if (p >= 0 && (foldedInto[p] >= 0 || insideCopy[p])) {
                    insideCopy[u] = true;
                    continue;
                }
                if (units.words.get(u) < Math.max(1, options.minWords())) {
                    continue;
                }
                Integer canonical = first.putIfAbsent(units.digests.get(u), u);
                if (canonical != null) {
                    foldedInto[u] = canonical;
                    copies.computeIfAbsent(canonical, k -> new ArrayList<>()).add(u);
                    mapCounterparts(units.refs.get(u).section(), units.refs.get(u).source(),
                            units.refs.get(canonical).section(), units.refs.get(canonical).source());
                }
            }
        }

        private void mapCounterparts(Section copy, String copySource, Section original, String originalSource) {
            sameAs.put(new SectionKey(copySource, copy.anchor()), new SectionKey(originalSource, original.anchor()));
            for (int i = 0; i < Math.min(copy.children().size(), original.children().size()); i++) {
                mapCounterparts(copy.children().get(i), copySource, original.children().get(i), originalSource);
            }
        }

        /** Outermost questions that are shown where they were written: a nested question is part of its answer. */
        List<Integer> questions() {
            List<Integer> questions = new ArrayList<>();
            for (int u = 0; u < units.size(); u++) {
                SectionRef ref = units.refs.get(u);
                if (!ref.section().question() || foldedInto[u] >= 0 || insideCopy[u] || units.words.get(u) == 0) {
                    continue;
                }
                boolean nested = false;
                for (int p = units.parent.get(u); p >= 0 && !nested; p = units.parent.get(p)) {
                    nested = units.refs.get(p).section().question();
                }
                if (!nested) {
                    questions.add(u);
                }
            }
            return questions;
        }

        ComparedQuestions compare(List<Integer> questions) {
            int n = questions.size();
            MinHash minHash = new MinHash(options.minHashFunctions(), options.seed());
            // each question's terms, shingles and signature depend on it alone: both cores, kept in order
            List<SectionMemo.Compared> compared = questions.parallelStream().map(u -> {
                Section section = units.refs.get(u).section();
                return memo.compared(section, () -> {
                    long[] shingled = units.words.get(u) >= options.minWords()
                            ? Shingles.of(answerWords(section), options.shingleSize()) : new long[0];
                    return new SectionMemo.Compared(TitleTerms.of(units.refs.get(u).title()), shingled,
                            shingled.length > 0 ? minHash.signature(shingled) : null);
                });
            }).toList();
            List<TitleTerms> titles = compared.stream().map(SectionMemo.Compared::title).toList();
            List<long[]> shingles = compared.stream().map(SectionMemo.Compared::shingles).toList();
            List<long[]> signatures = compared.stream().map(SectionMemo.Compared::signature).toList();
            CandidatePairs pairs = new CandidatePairs();
            TermIndex titleIndex = new TermIndex(options.relatedSimilarity(), POSTING_LIMIT,
                    titles.stream().map(TitleTerms::terms).toList());
            LshIndex answers = new LshIndex(options.lshBands(), options.minHashFunctions() / options.lshBands(), BUCKET_LIMIT);
            for (int i = 0; i < n; i++) {
                titleIndex.add(i, titles.get(i).terms(), pairs);
                if (signatures.get(i) != null) {
                    answers.add(i, signatures.get(i), pairs);
                }
            }
            candidatePairs = pairs.size();
            ComparedQuestions q = new ComparedQuestions(questions, titles, shingles);
            for (int k = 0; k < pairs.size(); k++) {
                int i = pairs.earlier(k);
                int j = pairs.later(k);
                double title = titles.get(i).similarity(titles.get(j));
                double answer = answerSimilarity(shingles.get(i), shingles.get(j));
                if (title >= options.titleSimilarity() || answer >= options.nearSimilarity()) {
                    q.same.computeIfAbsent(j, x -> new ArrayList<>()).add(new double[] {i, Math.max(title, answer)});
                }
                // kept for the questions that end up in different groups all the same
                double topic = titles.get(i).topicSimilarity(titles.get(j));
                if (topic >= options.relatedSimilarity()) {
                    q.related.add(new double[] {i, j, topic});
                }
            }
            // star clustering: join the best earlier head; a question that joins nothing heads its own group
            for (int j = 0; j < n; j++) {
                int best = j;
                double bestScore = -1;
                for (double[] edge : q.same.getOrDefault(j, List.of())) {
                    int i = (int) edge[0];
                    if (q.head[i] == i && (edge[1] > bestScore || (edge[1] == bestScore && i < best))) {
                        best = i;
                        bestScore = edge[1];
                    }
                }
                q.head[j] = best;
            }
            return q;
        }

        private double answerSimilarity(long[] a, long[] b) {
            return a.length == 0 || b.length == 0 ? 0.0 : Shingles.jaccard(a, b);
        }

        DedupResult assemble(ComparedQuestions q) {
            List<DuplicateGroup> groups = new ArrayList<>();
            Map<SectionKey, DedupResult.Fold> folds = new HashMap<>();
            Map<SectionKey, List<DedupResult.Extra>> extras = new HashMap<>();
            Map<SectionKey, List<SectionRef>> related = new HashMap<>();

            for (Map.Entry<Integer, List<Integer>> entry : copies.entrySet()) {
                List<GroupMember> members = new ArrayList<>();
                SectionRef canonical = units.refs.get(entry.getKey());
                members.add(new GroupMember(canonical, GroupMember.Role.CANONICAL, 1.0, 1.0));
                for (int copy : entry.getValue()) {
                    SectionRef ref = units.refs.get(copy);
                    members.add(new GroupMember(ref, GroupMember.Role.COPY, 1.0, 1.0));
                    folds.put(ref.key(), new DedupResult.Fold(GroupKind.IDENTICAL, canonical.key(), groups.size() + 1));
                }
                groups.add(new DuplicateGroup(groups.size() + 1, GroupKind.IDENTICAL, 1.0, members));
            }
            int identicalCopies = folds.size();

            Map<Integer, List<Integer>> byHead = new LinkedHashMap<>();
            for (int j = 0; j < q.questions.size(); j++) {
                byHead.computeIfAbsent(q.head[j], h -> new ArrayList<>()).add(j);
            }
            int variantGroups = 0;
            int nearGroups = 0;
            for (Map.Entry<Integer, List<Integer>> entry : byHead.entrySet()) {
                if (entry.getValue().size() < 2) {
                    continue;
                }
                int head = entry.getKey();
                SectionRef canonical = units.refs.get(q.questions.get(head));
                List<GroupMember> members = new ArrayList<>();
                members.add(new GroupMember(canonical, GroupMember.Role.CANONICAL, 1.0, 1.0));
                List<DedupResult.Extra> shown = new ArrayList<>();
                AnswerAdditions canonicalText = new AnswerAdditions(canonical.section());
                boolean allNear = true;
                double weakest = 1.0;
                for (int j : entry.getValue().subList(1, entry.getValue().size())) {
                    SectionRef ref = units.refs.get(q.questions.get(j));
                    double title = q.titles.get(head).similarity(q.titles.get(j));
                    double answer = answerSimilarity(q.shingles.get(head), q.shingles.get(j));
                    boolean near = answer >= options.nearSimilarity();
                    allNear &= near;
                    weakest = Math.min(weakest, near ? answer : title);
                    GroupMember member = new GroupMember(ref, near ? GroupMember.Role.ADDITIONS : GroupMember.Role.VARIANT,
                            round(title), round(answer));
                    members.add(member);
                    shown.add(new DedupResult.Extra(member, near ? canonicalText.additions(ref.section()) : ref.section()));
                }
                GroupKind kind = allNear ? GroupKind.NEAR : GroupKind.VARIANT;
                if (allNear) {
                    nearGroups++;
                } else {
                    variantGroups++;
                }
                int id = groups.size() + 1;
                members.subList(1, members.size()).forEach(m ->
                        folds.put(m.section().key(), new DedupResult.Fold(kind, canonical.key(), id)));
                extras.put(canonical.key(), shown);
                groups.add(new DuplicateGroup(id, kind, round(weakest), members));
            }
            // variants before near-duplicates in the list, each in reading order
            List<DuplicateGroup> ordered = reorder(groups, folds);

            int relatedLinks = relate(q, ordered, related);
            return new DedupResult(ordered, folds, sameAs, extras, related,
                    new DedupResult.Stats(units.size(), q.questions.size(), candidatePairs, identicalCopies,
                            variantGroups, nearGroups, relatedLinks));
        }

        /** Groups sorted by kind, then reading order; ids renumbered to match and folds updated. */
        private List<DuplicateGroup> reorder(List<DuplicateGroup> groups, Map<SectionKey, DedupResult.Fold> folds) {
            List<DuplicateGroup> sorted = new ArrayList<>(groups);
            sorted.sort(Comparator.comparing(DuplicateGroup::kind).thenComparingInt(DuplicateGroup::id));
            Map<Integer, Integer> renumber = new HashMap<>();
            List<DuplicateGroup> result = new ArrayList<>();
            for (DuplicateGroup g : sorted) {
                renumber.put(g.id(), result.size() + 1);
                result.add(new DuplicateGroup(result.size() + 1, g.kind(), g.similarity(), g.members()));
            }
            folds.replaceAll((key, fold) -> new DedupResult.Fold(fold.kind(), fold.target(), renumber.get(fold.group())));
            return result;
        }

        /** Related links between the shown questions (group heads and lone questions), the closest first. */
        private int relate(ComparedQuestions q, List<DuplicateGroup> groups, Map<SectionKey, List<SectionRef>> related) {
            Map<Long, Double> best = new LinkedHashMap<>();
            for (double[] edge : q.related) {
                int a = q.head[(int) edge[0]];
                int b = q.head[(int) edge[1]];
                if (a == b) {
                    continue;
                }
                long pair = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                best.merge(pair, edge[2], Math::max);
            }
            Map<Integer, List<long[]>> neighbours = new HashMap<>();
            best.forEach((pair, sim) -> {
                int a = (int) (pair >>> 32);
                int b = (int) (long) pair;
                long s = Math.round(sim * 1_000_000);
                neighbours.computeIfAbsent(a, k -> new ArrayList<>()).add(new long[] {b, s});
                neighbours.computeIfAbsent(b, k -> new ArrayList<>()).add(new long[] {a, s});
            });
            Map<Integer, Set<Integer>> top = new HashMap<>();
            neighbours.forEach((u, list) -> {
                list.sort(Comparator.comparingLong((long[] e) -> -e[1]).thenComparingLong(e -> e[0]));
                Set<Integer> keep = new HashSet<>();
                list.stream().limit(options.maxRelated()).forEach(e -> keep.add((int) e[0]));
                top.put(u, keep);
            });
            List<long[]> kept = new ArrayList<>();
            best.forEach((pair, sim) -> {
                int a = (int) (pair >>> 32);
                int b = (int) (long) pair;
                if (top.get(a).contains(b) && top.get(b).contains(a)) {
                    kept.add(new long[] {a, b, Math.round(sim * 1_000_000)});
                }
            });
            kept.sort(Comparator.comparingLong((long[] e) -> e[0]).thenComparingLong(e -> e[1]));
            Map<Integer, List<long[]>> links = new HashMap<>();
            for (long[] e : kept) {
                int a = (int) e[0];
                int b = (int) e[1];
                SectionRef ra = units.refs.get(q.questions.get(a));
                SectionRef rb = units.refs.get(q.questions.get(b));
                double sim = round(e[2] / 1_000_000.0);
                groups.add(new DuplicateGroup(groups.size() + 1, GroupKind.RELATED, sim, List.of(
                        new GroupMember(ra, GroupMember.Role.RELATED, sim, round(answerSimilarity(q.shingles.get(a), q.shingles.get(b)))),
                        new GroupMember(rb, GroupMember.Role.RELATED, sim, round(answerSimilarity(q.shingles.get(a), q.shingles.get(b)))))));
                links.computeIfAbsent(a, k -> new ArrayList<>()).add(new long[] {b, e[2]});
                links.computeIfAbsent(b, k -> new ArrayList<>()).add(new long[] {a, e[2]});
            }
            links.forEach((u, list) -> {
                list.sort(Comparator.comparingLong((long[] e) -> -e[1]).thenComparingLong(e -> e[0]));
                related.put(units.refs.get(q.questions.get(u)).key(),
                        list.stream().map(e -> units.refs.get(q.questions.get((int) e[0]))).toList());
            });
            return kept.size();
        }
    }

    /** The words of an answer: its text and everything below it, subsection headings included. */
    static List<String> answerWords(Section section) {
        List<String> words = new ArrayList<>();
        addWords(section, words, true);
        return words;
    }

    private static void addWords(Section section, List<String> words, boolean root) {
        if (!root) {
            words.addAll(Texts.words(section.title()));
        }
        section.body().forEach(b -> words.addAll(Texts.words(b.text())));
        section.children().forEach(c -> addWords(c, words, false));
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
