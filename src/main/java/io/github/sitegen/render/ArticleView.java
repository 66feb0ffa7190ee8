package io.github.sitegen.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.util.List;

/**
 * A page's article as its templates see it ({@code article.peb} and the macros in
 * {@code macros/}): plain values, links already relative to the page, and as HTML only the
 * sanitised HTML of the notes' blocks and headings.
 *
 * @param lead  headings of parts without text of their own, shown first
 * @param intro the page's introduction
 */
public record ArticleView(List<Heading> lead, SafeString intro, List<Item> items) {
    public ArticleView {
        lead = List.copyOf(lead);
        items = List.copyOf(items);
    }

    /** Something the article shows: a section ({@code kind} "section") or a note for sections shown elsewhere ("elsewhere"). */
    public sealed interface Item permits Section, Elsewhere {
        String kind();
    }

    /**
     * A heading with its permalink.
     *
     * @param level    2 below the page's h1, one more per nesting, at most 6
     * @param html     the heading's sanitised inline HTML
     * @param repeated whether it says what the page's title or breadcrumbs above it say: then only its id is
     *                 kept, so that links to it still land, and the page does not show the same words twice
     */
    public record Heading(int level, String id, SafeString html, boolean repeated) {
        public Heading(int level, String id, SafeString html) {
            this(level, id, html, false);
        }
    }

    /** Where an answer was written: the note's title, its path and the heading's line. */
    public record Source(String title, String path, int line) {
    }

    /**
     * A section; a question is shown as a card whose answer folds.
     *
     * @param unanswered a question with nothing written under it yet: its card says so instead of folding an empty answer
     * @param source  where it was written, for the "Answer 1 of n" line when other answers follow
     * @param body    its own text, sanitised
     * @param chips   the topics of a question, linked to their pages; empty for another note's question
     * @param answers   other notes' answers to the same question
     * @param alsoAsked questions that may be the same, shown where they were written; each link's
     *                  {@code page} is the title of the note it was written in
     * @param related   related questions
     */
    public record Section(Heading heading, boolean question, boolean unanswered, Source source, List<Views.Link> chips, SafeString body,
                          List<Item> children, List<Answer> answers, List<Views.Link> alsoAsked,
                          List<Views.Link> related) implements Item {
        public Section {
            chips = List.copyOf(chips);
            children = List.copyOf(children);
            answers = List.copyOf(answers);
            alsoAsked = List.copyOf(alsoAsked);
            related = List.copyOf(related);
        }

        @Override
        public String kind() {
            return "section";
        }
    }

    /**
     * Another note's answer to a question, shown under it.
     *
     * @param additions   whether only what it adds to the answer above is shown
     * @param similarity  for additions: how much of it is the answer above, in percent
     * @param addsNothing for additions: every block of it is in the answer above
     */
    public record Answer(Heading heading, int number, int total, Source from, boolean additions, long similarity,
                         boolean addsNothing, SafeString body, List<Item> children) {
        public Answer {
            children = List.copyOf(children);
        }
    }

    /** Sections written here but shown elsewhere: a line each. */
    public record Elsewhere(List<Copy> copies) implements Item {
        public Elsewhere {
            copies = List.copyOf(copies);
        }

        @Override
        public String kind() {
            return "elsewhere";
        }
    }

    /**
     * @param identical an identical copy (else another answer gathered where its question is shown)
     * @param here      shown further up or down this page
     * @param where     the note and page it is shown on: "Django Complete Guide › Signals"
     */
    public record Copy(String id, String title, boolean identical, boolean here, String href, String where) {
    }
}
