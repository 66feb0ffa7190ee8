package io.github.sitegen.dedup;

/**
 * One section of a group.
 *
 * @param role              what the group does with it
 * @param titleSimilarity   similarity of its title's topic words to the first member's
 * @param answerSimilarity  similarity of its answer's words to the first member's, rare words counting most
 * @param evidence          why it is in the group, in words: what its title and answer share with the first member's
 */
public record GroupMember(SectionRef section, Role role, double titleSimilarity, double answerSimilarity, String evidence) {

    public enum Role {
        /** Shown where it was written; the other members point here. */
        CANONICAL,
        /** An identical copy: a note where it was written points to the canonical place. */
        COPY,
        /** Another answer to the same question, shown in full at the canonical place. */
        VARIANT,
        /** A near-identical answer: only what it adds is shown at the canonical place. */
        ADDITIONS,
        /** Perhaps the same question: shown where it was written, linked from the other. */
        LINKED,
        /** A different question linked from the others. */
        RELATED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
