package io.github.sitegen.core;

/** One top-level block of a note, already rendered to (unsanitised) HTML. */
public sealed interface Block permits Block.Heading, Block.Content {
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
    }

    enum Kind { PARAGRAPH, LIST, CODE, TABLE, QUOTE, HTML, RULE, OTHER }
}
