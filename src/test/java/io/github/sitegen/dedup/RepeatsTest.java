package io.github.sitegen.dedup;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.section.SectionTreeBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the author says in {@code repeats.yml} has the last word (issue 17). */
class RepeatsTest {
    private final MarkdownConverter converter = new MarkdownConverter();
    private final SectionTreeBuilder sections = new SectionTreeBuilder(converter);

    private DocumentOutline note(String path, String markdown) {
        return sections.build(converter.convert(new SourceDocument(path, FrontMatter.NONE, markdown, 1)));
    }

    private static DedupResult dedup(String repeats, DocumentOutline... notes) {
        return new Deduplicator(DedupOptions.DEFAULTS).deduplicate(List.of(notes), SectionMemo.none(),
                Repeats.parse(Repeats.FILE, repeats));
    }

    private static List<GroupKind> kinds(DedupResult result) {
        return result.groups().stream().map(DuplicateGroup::kind).toList();
    }

    private DocumentOutline[] notes() {
        return new DocumentOutline[] {
                note("views.md", "## How do you use generic views?\nSubclass ListView and set model and template_name.\n"
                        + "## What is the virtual DOM?\nA copy of the page in memory that React compares before touching the real one.\n"),
                note("quick.md", "## When is a ListView the right choice?\nWhen a page lists the objects of one model.\n"
                        + "## What is the virtual DOM?\nAn in-memory tree diffed against the previous one to find what changed.\n"),
        };
    }

    @Test
    void questionsTheAuthorSaysAreTheSameAreOneQuestionWhateverTheEvidence() {
        DocumentOutline[] notes = notes();
        assertThat(dedup("", notes).isFolded("quick.md", "when-is-a-listview-the-right-choice")).isFalse();

        DedupResult result = dedup("same:\n  - [\"views.md#How do you use generic views?\", \"quick.md#When is a ListView the right choice?\"]\n", notes);
        DuplicateGroup group = result.groups().stream().filter(g -> g.canonical().section().title().contains("generic")).findFirst().orElseThrow();
        assertThat(group.kind()).isEqualTo(GroupKind.VARIANT);
        assertThat(group.members()).extracting(m -> m.section().key().toString())
                .containsExactly("views.md#how-do-you-use-generic-views", "quick.md#when-is-a-listview-the-right-choice");
        assertThat(group.members().get(1).evidence()).isEqualTo("the author says so (repeats.yml:2)");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void questionsTheAuthorSaysDifferAreNeverMergedNorLinked() {
        DocumentOutline[] notes = notes();
        assertThat(dedup("", notes).isFolded("quick.md", "what-is-the-virtual-dom")).isTrue();

        DedupResult result = dedup("different:\n  - [views.md#what-is-the-virtual-dom, \"quick.md#What is the Virtual DOM\"]\n", notes);
        assertThat(result.folds()).isEmpty();
        assertThat(kinds(result)).doesNotContain(GroupKind.VARIANT, GroupKind.NEAR, GroupKind.LINKED);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aNameThatFindsNoQuestionIsAFindingAtItsLineSayingWhatToWrite() {
        DocumentOutline[] notes = {note("a.md", "## What is X?\nX is a letter of the alphabet.\n## What is X?\nX also marks the spot.\n"
                + "## Setup\nInstall it first.\n")};
        DedupResult result = dedup("""
                same:
                  - ["a.md#What is Y?", "b.md#What is X?"]
                different:
                  - ["a.md#What is X?",
                     "a.md#Setup"]
                """, notes);
        assertThat(result.findings()).containsExactly(
                new Finding("repeats.yml", 2, "\"a.md#What is Y?\": a.md has no heading \"What is Y?\": write the heading as it reads in the note, or its id"),
                new Finding("repeats.yml", 2, "\"b.md#What is X?\": there is no note b.md: write the note's path in the content folder, then # and the heading"),
                new Finding("repeats.yml", 4, "\"a.md#What is X?\": a.md has 2 headings that read so: name the one you mean by its id, a.md#what-is-x or a.md#what-is-x-1"),
                new Finding("repeats.yml", 5, "\"a.md#Setup\" is not a question the guide compares (its heading asks nothing, or it is part of another question's answer): name a question"));
    }

    @Test
    void aFileThatIsNotAListOfQuestionsFailsAtItsLine() {
        assertThatThrownBy(() -> Repeats.parse("content/repeats.yml", "same:\n  - [\"a.md#One?\"]\n"))
                .isInstanceOf(SiteBuildException.class)
                .hasMessage("content/repeats.yml:2: an item of 'same:' names 1 question: name two or more, - [\"a.md#Question?\", \"b.md#Question?\"]");
        assertThatThrownBy(() -> Repeats.parse("content/repeats.yml", "same:\n  - [\"a.md#One?\", \"b.md\"]\n"))
                .hasMessage("content/repeats.yml:2: \"b.md\" names no heading: write it as \"note.md#heading\"");
        assertThatThrownBy(() -> Repeats.parse("content/repeats.yml", "# mine\nsimilar:\n  - [a, b]\n"))
                .hasMessage("content/repeats.yml:2: 'similar:' is not known: the file has a 'same:' list and a 'different:' list");
        assertThatThrownBy(() -> Repeats.parse("content/repeats.yml", "same: [\"a.md#x\", \"b.md#y\"]\n"))
                .hasMessageStartingWith("content/repeats.yml:1: each item of 'same:' must be a list");
        assertThatThrownBy(() -> Repeats.parse("content/repeats.yml", "same:\n  - [\"a.md#x\", \n"))
                .hasMessageStartingWith("content/repeats.yml:2: is not valid YAML");
    }

    @Test
    void anEmptyFileOrListSaysNothing() {
        assertThat(Repeats.parse(Repeats.FILE, "")).isEqualTo(Repeats.NONE);
        assertThat(Repeats.parse(Repeats.FILE, "# nothing yet\nsame:\ndifferent:\n")).isEqualTo(Repeats.NONE);
    }
}
