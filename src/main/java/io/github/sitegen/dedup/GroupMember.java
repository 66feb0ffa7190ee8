package io.github.sitegen.dedup;

/**
 * One section of a group.
 *
 * @param role              what the group does with it
 * @param titleSimilarity   similarity of its title's topic words to the first member's
 * @param answerSimilarity  Jaccard similarity of its text's word shingles to the first member's
 */
public record GroupMember(SectionRef section, Role role, double titleSimilarity, double answerSimilarity) {

    public enum Role {
        /** Shown where it was written; the other members point here. */
        CANONICAL,
        /** An identical copy: a note where it was written points to the canonical place. */
        COPY,
        /** Another answer to the same question, shown in full at the canonical place. */
        VARIANT,
        /** A near-identical answer: only what it adds is shown at the canonical place. */
        ADDITIONS,
        /** A different question linked from the others. */
        RELATED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
