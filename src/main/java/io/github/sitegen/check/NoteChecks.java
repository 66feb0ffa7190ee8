package io.github.sitegen.check;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.MarkdownDocument;
import io.github.sitegen.core.Section;

import java.util.ArrayList;
import java.util.List;

/**
 * What can be wrong inside one note: a code fence never closed, a question with no answer,
 * a heading with nothing under it. Stateless and thread-safe.
 */
public final class NoteChecks {

    /** Every finding of one note, in the order of its lines. */
    public List<Finding> check(MarkdownDocument markdown, DocumentOutline outline) {
        String file = outline.source().path();
        List<Finding> findings = new ArrayList<>();
        for (MarkdownDocument.CodeFence fence : markdown.unclosedFences()) {
            findings.add(new Finding(file, fence.line(), "code block opened with " + fence.fence()
                    + " is never closed, so everything after it reads as code: add a line " + fence.fence()
                    + " where the code ends"));
        }
        for (Section section : outline.allSections()) {
            if (section.question() && !hasText(section)) {
                findings.add(new Finding(file, section.heading().line(), "question \"" + section.title()
                        + "\" has no answer: write the answer under the heading, or remove the heading"));
            } else if (!section.question() && section.children().isEmpty() && section.body().stream().noneMatch(NoteChecks::hasText)) {
                findings.add(new Finding(file, section.heading().line(), "section \"" + section.title()
                        + "\" is empty: write its text under the heading, or remove the heading"));
            }
        }
        return findings.stream().sorted().toList();
    }

    /** Whether anything a reader can read sits under the heading, in its own text or its subsections. */
    private static boolean hasText(Section section) {
        return section.flatten().stream().flatMap(s -> s.body().stream()).anyMatch(NoteChecks::hasText);
    }

    /** A rule alone is decoration; an image says something even without words. */
    static boolean hasText(Block.Content block) {
        return block.kind() != Block.Kind.RULE && (!block.text().isBlank() || block.html().contains("<img"));
    }
}
