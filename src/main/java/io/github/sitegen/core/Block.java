package io.github.sitegen.core;

/** One top-level block of a note, already rendered to (unsanitised) HTML. */
public sealed interface Block permits Block.Heading, Block.Content {
    /** The class of a list item that is a question card of its own (an item of a list of questions kept to practise). */
    String PROMPT_CLASS = "sg-prompt";
    /** The class of such an item with no answer below it yet. */
    String UNANSWERED_CLASS = "sg-unanswered";

    /** 1-based line in the source file where the block starts. */
    int line();

    /**
     * @param anchor    the id GitHub would give this heading in the whole document
     * @param text      the heading's plain text, as a reader sees it
     * @param inlineHtml the heading's inline content as HTML, without the {@code <hN>} element
     */
    record Heading(int level, String text, String inlineHtml, String anchor, int line) implements Block {
    }

    /**
     * @param kind  what kind of block this is (paragraph, list, code, table, quote, html, rule)
     * @param html  the block as HTML; raw HTML from the note is still in it and must be sanitised
     * @param text  its plain text, for comparison and search
     */
    record Content(Kind kind, String html, String text, int line) implements Block {
        /** How many of its list items are question cards of their own ({@link #PROMPT_CLASS}). */
        public int prompts() {
            if (kind != Kind.LIST || !html.contains(PROMPT_CLASS)) {
                return 0;
            }
            int n = 0;
            for (int at = html.indexOf("<li class=\"" + PROMPT_CLASS); at >= 0; at = html.indexOf("<li class=\"" + PROMPT_CLASS, at + 1)) {
                n++;
            }
            return n;
        }
    }

    enum Kind { PARAGRAPH, LIST, CODE, TABLE, QUOTE, HTML, RULE, OTHER }
}
