package io.github.sitegen.model;

import io.github.sitegen.core.Section;
import io.github.sitegen.dedup.GroupKind;
import io.github.sitegen.dedup.GroupMember;
import io.github.sitegen.dedup.SectionRef;

import java.util.List;

/**
 * One thing a page shows, in reading order, with the id it has there: decided once by
 * {@link Placements}, read by rendering, search, topics, practice and the dedup report.
 */
public sealed interface PageItem permits PageItem.Shown, PageItem.Elsewhere {

    /**
     * A section shown here.
     *
     * @param source   the note it was written in
     * @param moved    whether it belongs to another note's answer shown on this page (its id is then
     *                 {@link AnchorIndex#movedAnchor})
     * @param children its subsections, and notes for those shown elsewhere
     * @param answers  other notes' answers to the same question, shown after its own
     * @param related  questions it links to: first those that may be the same question ({@link Related#alsoAsked}),
     *                 then related ones
     */
    record Shown(Section section, String source, Place place, boolean moved, List<PageItem> children,
                 List<Answer> answers, List<Related> related) implements PageItem {
        public Shown {
            children = List.copyOf(children);
            answers = List.copyOf(answers);
            related = List.copyOf(related);
        }

        public boolean question() {
            return section.question();
        }
    }

    /**
     * A run of sections written here but shown elsewhere: one short note links to each.
     */
    record Elsewhere(List<Copy> copies) implements PageItem {
        public Elsewhere {
            copies = List.copyOf(copies);
        }
    }

    /**
     * A section shown elsewhere.
     *
     * @param place  the id its line in the note has on this page
     * @param kind   an identical copy, or another answer gathered where the question is shown
     * @param target where it is shown
     */
    record Copy(Section section, Place place, GroupKind kind, Place target) {
    }

    /**
     * Another note's answer shown under a question.
     *
     * @param shown    what of it is shown: all of it, or only what it adds to the answer above
     * @param number   its number among the question's answers (the question's own is 1)
     * @param total    how many answers the question shows
     * @param children its subsections (moved), and notes for those shown elsewhere
     */
    record Answer(GroupMember member, Section shown, int number, int total, Place place, List<PageItem> children) {
        public Answer {
            children = List.copyOf(children);
        }

        public boolean additions() {
            return member.role() == GroupMember.Role.ADDITIONS;
        }

        public String source() {
            return member.section().source();
        }
    }

    /**
     * A related question and where it is shown.
     *
     * @param alsoAsked whether it may be the same question, asked again elsewhere ("Also asked in …")
     */
    record Related(SectionRef ref, Place target, boolean alsoAsked) {
    }
}
