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
import java.util.Map;
import java.util.Set;

/**
 * Builds the section tree of a note. Heading levels in real notes jump (an H4 right under an
 * H2): a heading simply nests under the nearest open heading of a lower level.
 *
 * <p>A section is a question when its heading asks something ({@link Questions#isQuestion}),
 * when its text opens with an answer label ({@code **Answer:**}), or when it is a numbered
 * entry between two numbered questions of an interview list ("7. Give a brief about the
 * admin" between 6 and 8), or when its first subheading labels the answer ({@code #### Answer}).
 * A note that labels its questions ({@code ## Q. …} for most of them) says by that which of its
 * headings ask: there an unlabelled heading is a chapter ("# 15. Mutable vs Immutable") unless it
 * ends with a question mark. A note without headings is read as "question -> answer" items
 * ({@link PlainNotes}).
 *
 * <p>A top-level {@code <details>} block (a fold) is a question when its summary asks ("1. Що таке
 * Go?", "Difference between X and Y") and it does not sit in a question's answer; a fold titled
 * "Answer" or "See Class" below a question, or "Hide/Show table of contents", is part of the text
 * it sits in.
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
        Set<Block.Heading> itemHeadings = new java.util.HashSet<>(items);
        itemHeadings.addAll(document.questions());
        Set<Block.Heading> parts = document.parts();
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
                    preamble.add(QuestionBanks.marked(content).orElse(content));
                } else {
                    open.peek().body.add(content);
                }
            }
        }
        Set<String> indexes = OwnIndex.promote(roots, blocks);
        List<Section> sections = freeze(roots, new Asking(itemHeadings, document.folds(), parts, labelsQuestions(blocks)), false);
        return new DocumentOutline(document.source(), titleOf(document, sections), preamble, sections, indexes);
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
                .or(() -> onlyTopHeading(document.blocks()))
                .orElseGet(() -> readable(nameOf(source)));
    }

    /** A note without an H1 whose one heading of its highest level names it (a one-question file: "### What is a closure?"). */
    private static java.util.Optional<String> onlyTopHeading(List<Block> blocks) {
        List<Block.Heading> headings = blocks.stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b).toList();
        int top = headings.stream().mapToInt(Block.Heading::level).min().orElse(0);
        List<Block.Heading> tops = headings.stream().filter(h -> h.level() == top).toList();
        return tops.size() == 1 && !tops.get(0).text().isBlank() ? java.util.Optional.of(tops.get(0).text()) : java.util.Optional.empty();
    }

    /**
     * The name a file gives its note: {@code guides/intro.md} is "intro"; a folder's {@code README.md}
     * (or {@code index.md}) is named after its folder, as GitHub shows it as the folder's page.
     */
    public static String nameOf(io.github.sitegen.core.SourceDocument source) {
        String base = source.baseName();
        String path = source.path();
        int slash = path.lastIndexOf('/');
        if (slash > 0 && (base.equalsIgnoreCase("readme") || base.equalsIgnoreCase("index") || base.equalsIgnoreCase("_index"))) {
            String folder = path.substring(0, slash);
            return folder.substring(folder.lastIndexOf('/') + 1);
        }
        return base;
    }

    /** {@code django-orm_notes} becomes {@code Django orm notes}. */
    static String readable(String baseName) {
        String words = baseName.replaceAll("[-_.]+", " ").strip();
        if (words.isEmpty()) {
            return "Notes";
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** Whether most headings that ask carry a question label: then the label is how the note marks its questions. */
    private static boolean labelsQuestions(List<Block> blocks) {
        int labelled = 0;
        int asking = 0;
        for (Block block : blocks) {
            if (block instanceof Block.Heading h && Questions.isQuestion(h.text())) {
                asking++;
                labelled += Questions.isLabelled(h.text()) ? 1 : 0;
            }
        }
        return labelled > 0 && labelled * 2 > asking;
    }

    /**
     * How a note marks its questions.
     *
     * @param items  headings that are questions whatever they say (list items)
     * @param folds  summaries of top-level details blocks: questions when they ask, outside an answer
     * @param parts  headings inside such a question's answer: never questions
     * @param labels whether the note labels its questions, so that an unlabelled heading asks only with a question mark
     */
    private record Asking(Set<Block.Heading> items, Set<Block.Heading> folds, Set<Block.Heading> parts, boolean labels) {
        /** A fold's summary asks when it reads as a question, is numbered as an entry, or ends with a question mark of any script. */
        static boolean foldAsks(String summary) {
            return Questions.isQuestion(summary) || Questions.isNumbered(summary) || QuestionBanks.endsAsking(summary);
        }

        boolean reads(Block.Heading heading) {
            String text = heading.text();
            return labels ? Questions.isLabelled(text) || text.strip().endsWith("?") && Questions.isQuestion(text)
                    : Questions.isQuestion(text);
        }
    }

    static final class Draft {
        final Block.Heading heading;
        final List<Block.Content> body = new ArrayList<>();
        final List<Draft> children = new ArrayList<>();

        Draft(Block.Heading heading) {
            this.heading = heading;
        }

        boolean asks(Asking asking, boolean inAnswer) {
            if (asking.folds().contains(heading)) {
                return !inAnswer && Asking.foldAsks(heading.text());
            }
            return !asking.parts().contains(heading) && (asking.items().contains(heading) || asking.reads(heading)
                    || (!body.isEmpty() && body.get(0).kind() == Block.Kind.PARAGRAPH && Questions.isAnswerLabel(body.get(0).text()))
                    || (!children.isEmpty() && Questions.isAnswerHeading(children.get(0).heading.text())));
        }
    }

    /**
     * Siblings in order; a numbered entry between two numbered questions is one too.
     *
     * @param inAnswer whether the siblings sit in a question's answer: a fold or a list of questions there is part of it
     */
    private static List<Section> freeze(List<Draft> drafts, Asking asking, boolean inAnswer) {
        List<Boolean> asks = drafts.stream().map(d -> d.asks(asking, inAnswer)).toList();
        List<Boolean> questions = new ArrayList<>();
        List<List<Block.Content>> bodies = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            boolean question = asks.get(i) || (!asking.parts().contains(draft.heading) && !asking.folds().contains(draft.heading) && !asking.labels()
                    && Questions.isNumbered(draft.heading.text())
                    && numberedQuestion(drafts, asks, i - 1) && numberedQuestion(drafts, asks, i + 1));
            questions.add(question);
            // a list of questions inside an answer is part of that answer; elsewhere it is a bank of cards
            bodies.add(question || inAnswer || asking.parts().contains(draft.heading) ? draft.body
                    : draft.body.stream().map(b -> QuestionBanks.marked(b).orElse(b)).toList());
        }
        banksAlike(drafts, questions, bodies, inAnswer || drafts.stream().anyMatch(d -> asking.parts().contains(d.heading)));
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            // a list item's answer is indented in its item: a fold after the list is not in it, as GitHub shows it
            boolean answerBelow = questions.get(i) && !asking.items().contains(drafts.get(i).heading);
            sections.add(new Section(drafts.get(i).heading, bodies.get(i), freeze(drafts.get(i).children, asking, inAnswer || answerBelow),
                    questions.get(i)));
        }
        return sections;
    }

    /**
     * Sibling sections that each hold nothing but one list, most of them banks ("General
     * Questions", "HTML Questions", …): the others are banks of the same note too, though their
     * prompts end without a question mark ("イベントデリゲーションを説明してください。", "Explain event
     * delegation."), as a translation or a note of instructions writes them.
     */
    private static void banksAlike(List<Draft> drafts, List<Boolean> questions, List<List<Block.Content>> bodies, boolean inAnswer) {
        if (inAnswer) {
            return;
        }
        Map<Integer, Block.Content> alike = new java.util.TreeMap<>();
        int banks = 0;
        for (int i = 0; i < drafts.size(); i++) {
            List<Block.Content> body = bodies.get(i);
            if (questions.get(i) || body.size() != 1 || body.get(0).kind() != Block.Kind.LIST) {
                continue;
            }
            if (body.get(0).prompts() > 0) {
                banks++;
            } else {
                int at = i;
                QuestionBanks.markedAlike(body.get(0)).ifPresent(bank -> alike.put(at, bank));
            }
        }
        // lists of links (contributors, contents) are neither
        if (banks >= 2 && banks > alike.size()) {
            alike.forEach((i, bank) -> bodies.set(i, List.of(bank)));
        }
    }

    /** A neighbour that is a numbered question, or no neighbour at all at the end of a list of several. */
    private static boolean numberedQuestion(List<Draft> drafts, List<Boolean> asks, int i) {
        if (i < 0 || i >= drafts.size()) {
            return drafts.size() > 2;
        }
        return asks.get(i) && Questions.isNumbered(drafts.get(i).heading.text());
    }
}
