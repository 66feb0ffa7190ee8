package io.github.sitegen.section;

import io.github.sitegen.markdown.Block;
import io.github.sitegen.markdown.MarkdownDocument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Builds the section tree of a note. Heading levels in real notes jump (an H4 right under an
 * H2): a heading simply nests under the nearest open heading of a lower level.
 */
public final class SectionTreeBuilder {

    public DocumentOutline build(MarkdownDocument document) {
        List<Block.Content> preamble = new ArrayList<>();
        List<Draft> roots = new ArrayList<>();
        Deque<Draft> open = new ArrayDeque<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading heading) {
                while (!open.isEmpty() && open.peek().heading.level() >= heading.level()) {
                    open.pop();
                }
                Draft draft = new Draft(heading);
                if (open.isEmpty()) {
                    roots.add(draft);
                } else {
                    open.peek().children.add(draft);
                }
                open.push(draft);
            } else if (block instanceof Block.Content content) {
                if (open.isEmpty()) {
                    preamble.add(content);
                } else {
                    open.peek().body.add(content);
                }
            }
        }
        List<Section> sections = roots.stream().map(Draft::freeze).toList();
        return new DocumentOutline(document.source(), titleOf(document, sections), preamble, sections);
    }

    private static String titleOf(MarkdownDocument document, List<Section> sections) {
        var source = document.source();
        if (source.frontMatter().title().isPresent()) {
            return source.frontMatter().title().get();
        }
        return document.blocks().stream()
                .filter(b -> b instanceof Block.Heading h && h.level() == 1 && !h.text().isBlank())
                .map(b -> ((Block.Heading) b).text())
                .findFirst()
                .orElseGet(() -> readable(source.baseName()));
    }

    /** {@code django-orm_notes} becomes {@code Django orm notes}. */
    static String readable(String baseName) {
        String words = baseName.replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) {
            return "Notes";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static final class Draft {
        final Block.Heading heading;
        final List<Block.Content> body = new ArrayList<>();
        final List<Draft> children = new ArrayList<>();

        Draft(Block.Heading heading) {
            this.heading = heading;
        }

        Section freeze() {
            return new Section(heading, body, children.stream().map(Draft::freeze).toList(),
                    Questions.isQuestion(heading.text()));
        }
    }
}
