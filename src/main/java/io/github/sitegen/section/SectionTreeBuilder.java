package io.github.sitegen.section;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.MarkdownDocument;
import io.github.sitegen.core.Section;
import io.github.sitegen.markdown.MarkdownConverter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the section tree of a note. Heading levels in real notes jump (an H4 right under an
 * H2): a heading simply nests under the nearest open heading of a lower level.
 *
 * <p>A section is a question when its heading asks something ({@link Questions#isQuestion}),
 * when its text opens with an answer label ({@code **Answer:**}), or when it is a numbered
 * entry between two numbered questions of an interview list ("7. Give a brief about the
 * admin" between 6 and 8). A note without headings is read as "question -> answer" items
 * ({@link PlainNotes}).
 */
public final class SectionTreeBuilder {
    private final PlainNotes plainNotes;

    public SectionTreeBuilder() {
        this(new MarkdownConverter());
    }

    /** @param converter converts the items of notes written without headings */
    public SectionTreeBuilder(MarkdownConverter converter) {
        this.plainNotes = new PlainNotes(converter);
    }

    public DocumentOutline build(MarkdownDocument document) {
        List<Block.Heading> items = new ArrayList<>();
        List<Block> blocks = plainNotes.blocks(document, items).orElse(document.blocks());
        Set<Block.Heading> itemHeadings = Set.copyOf(items);
        List<Block.Content> preamble = new ArrayList<>();
        List<Draft> roots = new ArrayList<>();
        Deque<Draft> open = new ArrayDeque<>();
        for (Block block : blocks) {
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
        List<Section> sections = freeze(roots, itemHeadings);
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

        boolean asks(Set<Block.Heading> items) {
            return items.contains(heading) || Questions.isQuestion(heading.text())
                    || (!body.isEmpty() && body.get(0).kind() == Block.Kind.PARAGRAPH && Questions.isAnswerLabel(body.get(0).text()));
        }
    }

    /** Siblings in order; a numbered entry between two numbered questions is one too. */
    private static List<Section> freeze(List<Draft> drafts, Set<Block.Heading> items) {
        List<Boolean> asks = drafts.stream().map(d -> d.asks(items)).toList();
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            boolean question = asks.get(i) || (Questions.isNumbered(draft.heading.text())
                    && numberedQuestion(drafts, asks, i - 1) && numberedQuestion(drafts, asks, i + 1));
            sections.add(new Section(draft.heading, draft.body, freeze(draft.children, items), question));
        }
        return sections;
    }

    /** A neighbour that is a numbered question, or no neighbour at all at the end of a list of several. */
    private static boolean numberedQuestion(List<Draft> drafts, List<Boolean> asks, int i) {
        if (i < 0 || i >= drafts.size()) {
            return drafts.size() > 2;
        }
        return asks.get(i) && Questions.isNumbered(drafts.get(i).heading.text());
    }
}
