package io.github.sitegen.dedup;

import java.util.List;

/**
 * Sections brought together, in reading order: the first member is the one shown (for
 * {@code related}, simply the first of the two).
 *
 * @param similarity the weakest link of the group: 1 for identical copies, the lowest title
 *                   similarity of a variant, the lowest answer similarity of a near-duplicate,
 *                   the title similarity of two related questions
 */
public record DuplicateGroup(int id, GroupKind kind, double similarity, List<GroupMember> members) {
    public DuplicateGroup {
        members = List.copyOf(members);
    }

    public GroupMember canonical() {
        return members.get(0);
    }
}
