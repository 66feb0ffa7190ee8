package io.github.sitegen.dedup;

import io.github.sitegen.core.Finding;
import io.github.sitegen.core.Section;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the dedup stage decided: the groups it found, and for each section concerned whether
 * it is shown where it was written, shown elsewhere, or shows other answers with its own.
 *
 * @param groups  every group, identical copies first, then variants, near-duplicates and
 *                related questions, each kind in reading order
 * @param folds   sections not shown where they were written (identical copies and the other
 *                answers of a variant group), by their key
 * @param sameAs  every section inside an identical copy, the copy itself included, mapped to
 *                the section it repeats, so that links to it land on what it repeats
 * @param extras    the other answers each canonical place shows after its own
 * @param alsoAsked the questions each shown question may be the same as, shown where they were written
 * @param related   the related questions each shown question links to
 * @param findings  names in {@link Repeats#FILE} that find no question, at their lines
 */
public record DedupResult(List<DuplicateGroup> groups, Map<SectionKey, Fold> folds, Map<SectionKey, SectionKey> sameAs,
                          Map<SectionKey, List<Extra>> extras, Map<SectionKey, List<SectionRef>> alsoAsked,
                          Map<SectionKey, List<SectionRef>> related, Stats stats, List<Finding> findings) {

    /** A section shown elsewhere: an identical copy, or another answer of a variant group. */
    public record Fold(GroupKind kind, SectionKey target, int group) {
    }

    /**
     * An answer shown at a canonical place besides its own.
     *
     * @param shown the member's section as it is shown there: whole for a variant, only what it
     *              adds to the canonical answer for a near-duplicate
     */
    public record Extra(GroupMember member, Section shown) {
    }

    /**
     * @param sections       sections of all notes, nested ones included
     * @param questions      questions compared as candidates for variants, near-duplicates and related links
     * @param candidatePairs pairs the candidate steps proposed for an exact comparison (titles and answers)
     * @param linkedPairs    pairs that may be the same question, both shown and linked to each other
     */
    public record Stats(int sections, int questions, int candidatePairs, int identicalCopies, int variantGroups,
                        int nearGroups, int linkedPairs, int relatedLinks) {
    }

    public static final DedupResult NONE = new DedupResult(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            new Stats(0, 0, 0, 0, 0, 0, 0, 0), List.of());

    public DedupResult {
        groups = List.copyOf(groups);
        folds = Map.copyOf(folds);
        sameAs = Map.copyOf(sameAs);
        extras = Map.copyOf(extras);
        alsoAsked = Map.copyOf(alsoAsked);
        findings = List.copyOf(findings);
        related = Map.copyOf(related);
    }

    public Optional<Fold> fold(String source, String anchor) {
        return Optional.ofNullable(folds.get(new SectionKey(source, anchor)));
    }

    public boolean isFolded(String source, String anchor) {
        return folds.containsKey(new SectionKey(source, anchor));
    }

    public List<Extra> extras(String source, String anchor) {
        return extras.getOrDefault(new SectionKey(source, anchor), List.of());
    }

    public List<SectionRef> alsoAsked(String source, String anchor) {
        return alsoAsked.getOrDefault(new SectionKey(source, anchor), List.of());
    }

    public List<SectionRef> related(String source, String anchor) {
        return related.getOrDefault(new SectionKey(source, anchor), List.of());
    }

    public Optional<SectionKey> sameAs(SectionKey key) {
        return Optional.ofNullable(sameAs.get(key));
    }

    public Optional<DuplicateGroup> group(int id) {
        return id >= 1 && id <= groups.size() ? Optional.of(groups.get(id - 1)) : Optional.empty();
    }
}
