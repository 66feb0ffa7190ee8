package io.github.sitegen.dedup;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dedup stage: finds what the notes repeat and decides where each thing is shown.
 *
 * <ol>
 * <li>Identical sections: a digest of each section's normalised heading, text and
 * subsections (a Merkle tree, so each block is hashed once) finds copies in one pass; the
 * first in reading order is shown, later ones become notes.</li>
 * <li>Questions (the outermost question sections that are not copies) are compared in the
 * pairs three candidate steps propose: prefix filtering over the titles' topic words, LSH
 * banding over MinHash signatures of the answers' word shingles, and the answers' rarest
 * shared words. Each costs about linear time in the number of questions. What a word is worth
 * is learned from the guide's own titles and answers ({@link GuideWords}).</li>
 * <li>Each pair gets a verdict from its evidence ({@link PairEvidence}): the same question,
 * maybe the same, related, or nothing. Only evidence a reader would accept folds a question
 * into another; a pair that may be the same stays where each was written, linked both ways.</li>
 * <li>Each question joins the earliest, most similar question before it that heads a group
 * (star clustering: a group never grows by chains of small steps, and a question the same as
 * a member but not as the head is linked instead); a group grows past {@link #GROUP_LIMIT}
 * members only on strong evidence. The head is the canonical place; other answers are shown there
 * whole, or, when near-identical to the head's, only with what they add.</li>
 * </ol>
 *
 * Every choice is made in reading order with stable tie-breaks, and the hash functions are
 * seeded, so the same notes always give the same result.
 */
public final class Deduplicator {
    /** Units remembered per LSH bucket; see {@link LshIndex}. */
    static final int BUCKET_LIMIT = 4;
    /** Entries read per title term or answer word; see {@link TermIndex} and {@link RareWordIndex}. */
    static final int POSTING_LIMIT = 64;
    /** Rare answer words each question is proposed by, and how many two answers must share. */
    static final int ANSWER_KEYS = 8;
    static final int ANSWER_KEYS_SHARED = 3;
    /** Members a group reaches on ordinary evidence; beyond it, only {@link PairEvidence#strong strong} evidence joins. */
    static final int GROUP_LIMIT = 5;

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
        return deduplicate(outlines, memo, Repeats.NONE);
    }

    /**
     * The same, with what the author says about questions that look alike: that overrules every
     * verdict of the evidence. A name in it that finds no question is one of the result's findings.
     */
    public DedupResult deduplicate(List<DocumentOutline> outlines, SectionMemo memo, Repeats repeats) {
        memo.start(options);
        SectionUnits units = new SectionUnits(outlines, memo);
        if (!options.enabled()) {
            return new DedupResult(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                    new DedupResult.Stats(units.size(), 0, 0, 0, 0, 0, 0, 0), List.of());
        }
        return new Run(units, memo, repeats).result();
    }

    /** The questions of the notes as a run compares them, for tools that look at the evidence of any pair. */
    QuestionSet questions(List<DocumentOutline> outlines, Map<SectionKey, Integer> index) {
        Run run = new Run(new SectionUnits(outlines, SectionMemo.none()), SectionMemo.none(), Repeats.NONE);
        run.findIdenticalCopies();
        QuestionSet set = run.questionSet(run.questions());
        for (int i = 0; i < set.size(); i++) {
            index.put(run.units.refs.get(set.units().get(i)).key(), i);
        }
        return set;
    }

    /**
     * A pair of questions and the verdict on it.
     *
     * @param authorLine the line of {@link Repeats#FILE} that decided it, or 0 when the evidence did
     */
    private record Decision(int earlier, int later, PairEvidence evidence, PairEvidence.Verdict verdict, int authorLine) {
        String why(DedupOptions options, List<String> sharedWords) {
            if (authorLine > 0) {
                return "the author says so (" + Repeats.FILE + ":" + authorLine + ")";
            }
            return evidence.describe(options, sharedWords);
        }
    }

    /** One deduplication, with its working state. */
    private final class Run {
        final SectionUnits units;
        final SectionMemo memo;
        final Repeats repeats;
        AuthorSays says = AuthorSays.NOTHING;
        final int[] foldedInto;
        final boolean[] insideCopy;
        final Map<SectionKey, SectionKey> sameAs = new HashMap<>();
        final Map<Integer, List<Integer>> copies = new TreeMap<>();
        int candidatePairs;

        Run(SectionUnits units, SectionMemo memo, Repeats repeats) {
            this.units = units;
            this.memo = memo;
            this.repeats = repeats;
            this.foldedInto = new int[units.size()];
            this.insideCopy = new boolean[units.size()];
            Arrays.fill(foldedInto, -1);
        }

        DedupResult result() {
            findIdenticalCopies();
            QuestionSet set = questionSet(questions());
            Map<Integer, Integer> byUnit = new HashMap<>();
            for (int i = 0; i < set.size(); i++) {
                byUnit.put(set.units().get(i), i);
            }
            says = AuthorSays.resolve(repeats, units, foldedInto, byUnit);
            List<Decision> decisions = decide(set);
            return assemble(set, decisions, cluster(set, decisions));
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
                if (!ref.section().question() || foldedInto[u] >= 0 || insideCopy[u] || units.words.get(u) == 0
                        || Contents.isTableOfContents(ref.section())) {
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

        QuestionSet questionSet(List<Integer> questions) {
            MinHash minHash = new MinHash(options.minHashFunctions(), options.seed());
            // what is compared of each question depends on it alone: both cores, kept in order
            List<ComparedQuestion> compared = questions.parallelStream().map(u -> {
                Section section = units.refs.get(u).section();
                return memo.compared(section, () -> {
                    List<String> words = answerWords(section);
                    long[] shingled = units.words.get(u) >= options.minWords()
                            ? Shingles.of(words, options.shingleSize()) : new long[0];
                    return new ComparedQuestion(TitleTerms.of(units.refs.get(u).title()), AnswerTerms.of(words), shingled,
                            shingled.length > 0 ? minHash.signature(shingled) : null);
                });
            }).toList();
            int[] lists = lists(questions);
            GuideWords words = new GuideWords(compared.stream().map(ComparedQuestion::title).toList(),
                    compared.stream().map(ComparedQuestion::answer).toList());
            Map<List<Object>, Integer> repeats = new HashMap<>();
            for (int i = 0; i < compared.size(); i++) {
                repeats.merge(List.of(units.note.get(questions.get(i)), compared.get(i).title().terms()), 1, Integer::sum);
            }
            boolean[] templates = new boolean[compared.size()];
            for (int i = 0; i < templates.length; i++) {
                templates[i] = repeats.get(List.of(units.note.get(questions.get(i)), compared.get(i).title().terms()))
                        >= QuestionSet.TEMPLATE_REPEATS;
            }
            int[] notes = questions.stream().mapToInt(units.note::get).toArray();
            return new QuestionSet(questions, compared, lists, notes, templates, words);
        }

        /**
         * Which list each question is written in: the questions under one heading of one note (or
         * at the top of one note), cut where the numbering starts again ("43." after "67."), since
         * a note that numbers its questions anew has begun another list.
         */
        private int[] lists(List<Integer> questions) {
            int[] lists = new int[questions.size()];
            Map<Integer, int[]> open = new HashMap<>(); // parent -> {list, last number}
            int count = 0;
            for (int i = 0; i < lists.length; i++) {
                int u = questions.get(i);
                int parent = units.parent.get(u) >= 0 ? units.parent.get(u) : -1 - units.note.get(u);
                int number = number(units.refs.get(u).title());
                int[] list = open.get(parent);
                if (list == null || number >= 0 && number <= list[1]) {
                    list = new int[] {count++, -1};
                    open.put(parent, list);
                }
                list[1] = Math.max(list[1], number);
                lists[i] = list[0];
            }
            return lists;
        }

        /** The verdict on every pair the candidate steps propose, in the order they were proposed. */
        List<Decision> decide(QuestionSet set) {
            CandidatePairs pairs = new CandidatePairs();
            // the guide's subject words weigh nothing: the index proposes pairs by their topic words,
            // or, for a title made of the subject alone ("What is Django?"), by its words
            List<List<String>> topics = set.questions().stream().map(q -> {
                List<String> topic = q.title().terms().stream().filter(t -> set.words().titleWeight(t) > 0).toList();
                return topic.isEmpty() ? q.title().terms() : topic;
            }).toList();
            TermIndex titleIndex = new TermIndex(options.relatedSimilarity(), POSTING_LIMIT, topics);
            LshIndex texts = new LshIndex(options.lshBands(), options.minHashFunctions() / options.lshBands(), BUCKET_LIMIT);
            RareWordIndex answers = new RareWordIndex(ANSWER_KEYS, ANSWER_KEYS_SHARED, POSTING_LIMIT);
            for (int i = 0; i < set.size(); i++) {
                ComparedQuestion q = set.questions().get(i);
                titleIndex.add(i, topics.get(i), pairs);
                if (q.signature() != null) {
                    texts.add(i, q.signature(), pairs);
                }
                answers.add(i, q.answer(), set.words(), pairs);
            }
            candidatePairs = pairs.size();
            Map<Long, Integer> authorSame = new HashMap<>();
            for (AuthorSays.Group group : says.same()) {
                for (int a = 0; a < group.questions().size(); a++) {
                    for (int b = a + 1; b < group.questions().size(); b++) {
                        pairs.add(group.questions().get(a), group.questions().get(b));
                        authorSame.putIfAbsent(AuthorSays.pair(group.questions().get(a), group.questions().get(b)), group.line());
                    }
                }
            }
            List<Decision> decisions = new ArrayList<>();
            for (int k = 0; k < pairs.size(); k++) {
                int i = pairs.earlier(k);
                int j = pairs.later(k);
                PairEvidence evidence = set.evidence(i, j);
                PairEvidence.Verdict verdict = evidence.verdict(options);
                int line = authorSame.getOrDefault(AuthorSays.pair(i, j), 0);
                if (line > 0) {
                    verdict = PairEvidence.Verdict.SAME;
                } else if (says.different(i, j) > 0 && verdict != PairEvidence.Verdict.NONE) {
                    line = says.different(i, j); // never merged nor linked: at most related
                    verdict = evidence.related(options);
                }
                if (verdict != PairEvidence.Verdict.NONE) {
                    decisions.add(new Decision(i, j, evidence, verdict, line));
                }
            }
            return decisions;
        }

        /**
         * Star clustering over the pairs found the same: each question joins the best earlier head,
         * or heads its own group. Returns each question's head; a pair found the same whose
         * questions end up in different groups is kept in {@code linked} by the caller.
         */
        int[] cluster(QuestionSet set, List<Decision> decisions) {
            int n = set.size();
            int[] head = new int[n];
            Arrays.fill(head, -1);
            Map<Integer, List<Integer>> members = new HashMap<>();
            // what the author says is one question is one group, headed by its first question
            int[] root = new int[n];
            Arrays.setAll(root, q -> q);
            for (AuthorSays.Group group : says.same()) {
                for (int q : group.questions()) {
                    int x = find(root, group.questions().get(0));
                    int y = find(root, q);
                    root[Math.max(x, y)] = Math.min(x, y);
                }
            }
            for (AuthorSays.Group group : says.same()) {
                for (int q : group.questions()) {
                    head[q] = find(root, q);
                    members.computeIfAbsent(head[q], k -> new ArrayList<>());
                }
            }
            for (int q = 0; q < n; q++) {
                if (head[q] >= 0) {
                    members.get(head[q]).add(q);
                }
            }
            Map<Integer, List<Decision>> same = new HashMap<>();
            for (Decision d : decisions) {
                if (d.verdict() == PairEvidence.Verdict.SAME) {
                    same.computeIfAbsent(d.later(), k -> new ArrayList<>()).add(d);
                }
            }
            for (int j = 0; j < n; j++) {
                if (head[j] >= 0) {
                    continue;
                }
                int later = j;
                int best = j;
                double bestScore = -1;
                for (Decision d : same.getOrDefault(j, List.of())) {
                    int i = d.earlier();
                    List<Integer> group = members.getOrDefault(i, List.of(i));
                    boolean room = group.size() < GROUP_LIMIT || d.evidence().strong(options);
                    boolean allowed = group.stream().noneMatch(m -> says.different(m, later) > 0);
                    double score = d.evidence().strength();
                    if (head[i] == i && room && allowed && (score > bestScore || (score == bestScore && i < best))) {
                        best = i;
                        bestScore = score;
                    }
                }
                head[j] = best;
                members.computeIfAbsent(best, k -> new ArrayList<>()).add(j);
            }
            return head;
        }

        private static int find(int[] root, int q) {
            int r = q;
            while (root[r] != r) {
                r = root[r];
            }
            return r;
        }

        DedupResult assemble(QuestionSet set, List<Decision> decisions, int[] head) {
            List<DuplicateGroup> groups = new ArrayList<>();
            Map<SectionKey, DedupResult.Fold> folds = new HashMap<>();
            Map<SectionKey, List<DedupResult.Extra>> extras = new HashMap<>();

            for (Map.Entry<Integer, List<Integer>> entry : copies.entrySet()) {
                List<GroupMember> members = new ArrayList<>();
                SectionRef canonical = units.refs.get(entry.getKey());
                members.add(new GroupMember(canonical, GroupMember.Role.CANONICAL, 1.0, 1.0, ""));
                for (int copy : entry.getValue()) {
                    SectionRef ref = units.refs.get(copy);
                    members.add(new GroupMember(ref, GroupMember.Role.COPY, 1.0, 1.0, "the same heading and text"));
                    folds.put(ref.key(), new DedupResult.Fold(GroupKind.IDENTICAL, canonical.key(), groups.size() + 1));
                }
                groups.add(new DuplicateGroup(groups.size() + 1, GroupKind.IDENTICAL, 1.0, members));
            }
            int identicalCopies = folds.size();

            Map<Integer, List<Integer>> byHead = new LinkedHashMap<>();
            for (int j = 0; j < set.size(); j++) {
                byHead.computeIfAbsent(head[j], h -> new ArrayList<>()).add(j);
            }
            int variantGroups = 0;
            int nearGroups = 0;
            for (Map.Entry<Integer, List<Integer>> entry : byHead.entrySet()) {
                if (entry.getValue().size() < 2) {
                    continue;
                }
                int h = entry.getKey();
                SectionRef canonical = ref(set, h);
                List<GroupMember> members = new ArrayList<>();
                members.add(new GroupMember(canonical, GroupMember.Role.CANONICAL, 1.0, 1.0, ""));
                List<DedupResult.Extra> shown = new ArrayList<>();
                AnswerAdditions canonicalText = new AnswerAdditions(canonical.section());
                boolean allNear = true;
                double weakest = 1.0;
                for (int j : entry.getValue().subList(1, entry.getValue().size())) {
                    SectionRef ref = ref(set, j);
                    PairEvidence e = set.evidence(h, j);
                    boolean near = e.sameText(options);
                    allNear &= near;
                    weakest = Math.min(weakest, near ? e.text() : e.title());
                    int line = authorLine(h, j);
                    String why = line > 0 ? "the author says so (" + Repeats.FILE + ":" + line + ")"
                            : e.describe(options, sharedWords(set, h, j));
                    GroupMember member = new GroupMember(ref, near ? GroupMember.Role.ADDITIONS : GroupMember.Role.VARIANT,
                            round(e.title()), round(e.answer()), why);
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

            Map<SectionKey, List<SectionRef>> alsoAsked = new HashMap<>();
            Map<SectionKey, List<SectionRef>> related = new HashMap<>();
            int linked = link(set, decisions, head, ordered, alsoAsked);
            int relatedLinks = relate(set, decisions, head, ordered, related);
            return new DedupResult(ordered, folds, sameAs, extras, alsoAsked, related,
                    new DedupResult.Stats(units.size(), set.size(), candidatePairs, identicalCopies,
                            variantGroups, nearGroups, linked, relatedLinks), says.findings());
        }

        /** The line of {@link Repeats#FILE} that puts both questions in one group, or 0. */
        private int authorLine(int a, int b) {
            for (AuthorSays.Group group : says.same()) {
                if (group.questions().contains(a) && group.questions().contains(b)) {
                    return group.line();
                }
            }
            return 0;
        }

        private SectionRef ref(QuestionSet set, int i) {
            return units.refs.get(set.units().get(i));
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

        /**
         * Pairs that may be the same question, or were found the same but ended up in different
         * groups: both stay where they were written, and each links to the other. A folded
         * question's link is shown where its answer is shown, at its group's head.
         */
        private int link(QuestionSet set, List<Decision> decisions, int[] head, List<DuplicateGroup> groups,
                         Map<SectionKey, List<SectionRef>> alsoAsked) {
            Map<Long, Decision> best = pairsOf(decisions, head, d -> d.verdict() != PairEvidence.Verdict.RELATED);
            best.keySet().removeIf(pair -> says.different((int) (pair >>> 32), (int) (long) pair) > 0);
            return show(set, best, groups, alsoAsked, (id, d, a, b) -> {
                double title = round(d.evidence().title());
                double answer = round(d.evidence().answer());
                return new DuplicateGroup(id, GroupKind.LINKED, round(d.evidence().strength()), List.of(
                        new GroupMember(a, GroupMember.Role.LINKED, title, answer, ""),
                        new GroupMember(b, GroupMember.Role.LINKED, title, answer,
                                d.why(options, sharedWords(set, d.earlier(), d.later())))));
            });
        }

        /** Related links between the shown questions (group heads and lone questions), the closest first. */
        private int relate(QuestionSet set, List<Decision> decisions, int[] head, List<DuplicateGroup> groups,
                           Map<SectionKey, List<SectionRef>> related) {
            Set<Long> linked = new HashSet<>(pairsOf(decisions, head, d -> d.verdict() != PairEvidence.Verdict.RELATED).keySet());
            Map<Long, Decision> best = pairsOf(decisions, head, d -> true);
            best.keySet().removeAll(linked);
            return show(set, best, groups, related, (id, d, a, b) -> {
                double sim = round(d.evidence().topic());
                double answer = round(d.evidence().answer());
                return new DuplicateGroup(id, GroupKind.RELATED, sim, List.of(
                        new GroupMember(a, GroupMember.Role.RELATED, sim, answer, ""),
                        new GroupMember(b, GroupMember.Role.RELATED, sim, answer, "")));
            });
        }

        /** A group of two linked questions, numbered {@code id}. */
        private interface LinkGroup {
            DuplicateGroup of(int id, Decision decision, SectionRef a, SectionRef b);
        }

        /**
         * Keeps the pairs of {@code best} each of whose questions has the other among its strongest
         * ({@link DedupOptions#maxRelated}), lists each as a group, and links both ways; returns how many.
         */
        private int show(QuestionSet set, Map<Long, Decision> best, List<DuplicateGroup> groups,
                         Map<SectionKey, List<SectionRef>> into, LinkGroup group) {
            List<long[]> kept = strongest(best, options.maxRelated());
            Map<Integer, List<long[]>> links = new HashMap<>();
            for (long[] e : kept) {
                int a = (int) e[0];
                int b = (int) e[1];
                groups.add(group.of(groups.size() + 1, best.get(e[3]), ref(set, a), ref(set, b)));
                links.computeIfAbsent(a, k -> new ArrayList<>()).add(new long[] {b, e[2]});
                links.computeIfAbsent(b, k -> new ArrayList<>()).add(new long[] {a, e[2]});
            }
            fill(set, links, into);
            return kept.size();
        }

        /** The strongest decision between each two shown questions (heads), keyed by the pair of heads. */
        private Map<Long, Decision> pairsOf(List<Decision> decisions, int[] head, java.util.function.Predicate<Decision> which) {
            Map<Long, Decision> best = new LinkedHashMap<>();
            for (Decision d : decisions) {
                int a = head[d.earlier()];
                int b = head[d.later()];
                if (a == b || !which.test(d)) {
                    continue;
                }
                long pair = ((long) Math.min(a, b) << 32) | Math.max(a, b);
                best.merge(pair, d, (x, y) -> rank(y) > rank(x) ? y : x);
            }
            return best;
        }

        /** Pairs kept when each question keeps its {@code limit} strongest: {a, b, strength in millionths, pair}, sorted. */
        private List<long[]> strongest(Map<Long, Decision> best, int limit) {
            Map<Integer, List<long[]>> neighbours = new HashMap<>();
            best.forEach((pair, d) -> {
                int a = (int) (pair >>> 32);
                int b = (int) (long) pair;
                long s = Math.round(rank(d) * 1_000_000);
                neighbours.computeIfAbsent(a, k -> new ArrayList<>()).add(new long[] {b, s});
                neighbours.computeIfAbsent(b, k -> new ArrayList<>()).add(new long[] {a, s});
            });
            Map<Integer, Set<Integer>> top = new HashMap<>();
            neighbours.forEach((u, list) -> {
                list.sort(Comparator.comparingLong((long[] e) -> -e[1]).thenComparingLong(e -> e[0]));
                Set<Integer> keep = new HashSet<>();
                list.stream().limit(limit).forEach(e -> keep.add((int) e[0]));
                top.put(u, keep);
            });
            List<long[]> kept = new ArrayList<>();
            best.forEach((pair, d) -> {
                int a = (int) (pair >>> 32);
                int b = (int) (long) pair;
                if (top.get(a).contains(b) && top.get(b).contains(a)) {
                    kept.add(new long[] {a, b, Math.round(rank(d) * 1_000_000), pair});
                }
            });
            kept.sort(Comparator.comparingLong((long[] e) -> e[0]).thenComparingLong(e -> e[1]));
            return kept;
        }

        /** How close a pair is, for choosing which links a question keeps. */
        private double rank(Decision d) {
            return d.verdict() == PairEvidence.Verdict.RELATED ? d.evidence().topic() : d.evidence().strength();
        }

        private void fill(QuestionSet set, Map<Integer, List<long[]>> links, Map<SectionKey, List<SectionRef>> into) {
            links.forEach((u, list) -> {
                list.sort(Comparator.comparingLong((long[] e) -> -e[1]).thenComparingLong(e -> e[0]));
                into.put(ref(set, u).key(), list.stream().map(e -> ref(set, (int) e[0])).toList());
            });
        }

        /** The rarest words two answers share, as written, for the report. */
        private List<String> sharedWords(QuestionSet set, int i, int j) {
            Map<Long, String> written = new HashMap<>();
            for (String word : answerWords(ref(set, i).section())) {
                String w = AnswerTerms.trim(word);
                if (w.length() > 1) {
                    written.putIfAbsent(Shingles.hash(TitleTerms.stem(w)), w);
                }
            }
            Set<Long> other = new HashSet<>();
            Arrays.stream(set.questions().get(j).answer()).forEach(other::add);
            return written.entrySet().stream().filter(e -> other.contains(e.getKey()))
                    .sorted(Comparator.comparingInt((Map.Entry<Long, String> e) -> set.words().answerFrequency(e.getKey()))
                            .thenComparing(Map.Entry::getValue))
                    .limit(4).map(Map.Entry::getValue).toList();
        }
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "^[\\s*_#]*(?:q(?:uestion)?\\s*)?(\\d{1,6})\\s*[.):]", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The number an interview list gives a question ("43. …", "Question 67: …"), or -1. */
    static int number(String title) {
        java.util.regex.Matcher m = NUMBER.matcher(title);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
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
