package io.github.sitegen.markdown;

import io.github.sitegen.core.Block;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects a note's top-level blocks as GitHub shows them. A {@code <details><summary>}
 * block at the top level is a fold: its summary becomes a heading (the section stage decides
 * whether it asks a question of its own or is part of the answer above it), everything up to
 * the matching {@code </details>} its body, and headings inside it are parts of that body
 * (nested below it, never questions of their own).
 */
final class GitHubBlocks {
    /** The tags that open and close a details question, in any HTML block. */
    private static final Pattern DETAILS = Pattern.compile(
            "(?is)<details\\b[^>]*>\\s*<summary\\b[^>]*>(.*?)</summary\\s*>|<details\\b[^>]*>|</details\\s*>");

    final List<Block> blocks = new ArrayList<>();
    final Set<Block.Heading> questions = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Block.Heading> folds = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Block.Heading> parts = Collections.newSetFromMap(new IdentityHashMap<>());
    private final HtmlRenderer renderer;
    private final TextContentRenderer text;
    private final int firstLine;

    int firstLine() {
        return firstLine;
    }
    private final GitHubSlugger slugger;
    /** Level of the latest heading that is neither a summary nor part of an answer. */
    private int contextLevel = 1;
    /** While inside a details question: its heading level; 0 outside. */
    private int questionLevel;
    /** Details blocks open inside the current question's answer (shown as written). */
    private int nested;
    /** Summaries, whose ids are given once GitHub's ids of the whole document are taken. */
    private final List<int[]> summaries = new ArrayList<>();

    GitHubBlocks(HtmlRenderer renderer, TextContentRenderer text, int firstLine, GitHubSlugger slugger) {
        this.renderer = renderer;
        this.text = text;
        this.firstLine = firstLine;
        this.slugger = slugger;
    }

    /** A heading of the note; {@code question} when it is one whatever it says (a list item's). */
    void heading(Block.Heading heading, boolean question) {
        if (questionLevel > 0) {
            Block.Heading part = new Block.Heading(Math.min(6, Math.max(heading.level(), questionLevel + 1)), heading.text(),
                    heading.inlineHtml(), heading.anchor(), heading.line());
            parts.add(part);
            blocks.add(part);
            return;
        }
        contextLevel = heading.level();
        blocks.add(heading);
        if (question) {
            questions.add(heading);
        }
    }

    /** A heading inside a list item's answer: a part of it, below the item's heading. */
    void part(Block.Heading heading, int questionLevel) {
        Block.Heading part = new Block.Heading(Math.min(6, Math.max(heading.level(), questionLevel + 1)), heading.text(),
                heading.inlineHtml(), heading.anchor(), heading.line());
        parts.add(part);
        blocks.add(part);
    }

    void content(Node node, Block.Kind kind, int line) {
        String html = MarkdownConverter.withFileLines(renderer.render(node), firstLine);
        blocks.add(new Block.Content(kind, html, text.render(node).strip(), line));
    }

    /** An HTML block: split where details questions open and close, the rest kept as written. */
    void html(org.commonmark.node.HtmlBlock node, int line, Block.Kind kind) {
        String literal = node.getLiteral();
        Matcher m = DETAILS.matcher(literal);
        if (!m.find()) {
            String html = RawImages.markLines(MarkdownConverter.withFileLines(renderer.render(node), firstLine), line);
            blocks.add(new Block.Content(kind, html, text.render(node).strip(), line));
            return;
        }
        m.reset();
        int from = 0;
        while (m.find()) {
            boolean summary = m.group(1) != null;
            boolean closing = m.group().startsWith("</");
            if (questionLevel == 0 && summary) {
                raw(literal.substring(from, m.start()), line + lines(literal, from), kind);
                open(m.group(1), line + lines(literal, m.start()));
                from = m.end();
            } else if (questionLevel > 0 && closing && nested == 0) {
                raw(literal.substring(from, m.start()), line + lines(literal, from), kind);
                questionLevel = 0;
                from = m.end();
            } else if (questionLevel > 0) {
                nested += closing ? -1 : 1;
            }
        }
        raw(literal.substring(from), line + lines(literal, from), kind);
    }

    private void open(String summaryHtml, int line) {
        String title = Jsoup.parseBodyFragment(summaryHtml).text().strip();
        questionLevel = Math.min(6, Math.max(2, contextLevel + 1));
        nested = 0;
        Block.Heading heading = new Block.Heading(questionLevel, title, summaryHtml.strip(), "", line);
        summaries.add(new int[] {blocks.size()});
        blocks.add(heading);
        folds.add(heading);
    }

    private void raw(String html, int line, Block.Kind kind) {
        if (html.isBlank()) {
            return;
        }
        blocks.add(new Block.Content(kind, RawImages.markLines(html, line), html.strip(), line));
    }

    private static int lines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Gives summaries their ids, after GitHub's: an id of a real heading is never taken from it. */
    GitHubBlocks finish() {
        for (int[] at : summaries) {
            Block.Heading h = (Block.Heading) blocks.get(at[0]);
            String anchor = slugger.unique(h.text().isEmpty() ? "question" : h.text());
            Block.Heading named = new Block.Heading(h.level(), h.text(), h.inlineHtml(), anchor, h.line());
            folds.remove(h);
            folds.add(named);
            blocks.set(at[0], named);
        }
        summaries.clear();
        return this;
    }
}
