package io.github.sitegen.check;

import io.github.sitegen.core.Finding;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.MarkdownDocument;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.section.SectionTreeBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NoteChecksTest {
    private static List<String> check(String markdown) {
        MarkdownDocument doc = new MarkdownConverter().convert(new SourceDocument("notes.md", FrontMatter.NONE, markdown, 1));
        return new NoteChecks().check(doc, new SectionTreeBuilder().build(doc)).stream().map(Finding::toString).toList();
    }

    @Test
    void aNoteWithAnsweredQuestionsAndTextUnderEveryHeadingHasNoFinding() {
        assertThat(check("# Guide\n## Models\nText.\n### What is a model?\nA class.\n```python\nclass M: pass\n```\n")).isEmpty();
    }

    @Test
    void aCodeFenceNeverClosedIsReportedAtItsOpeningLineWithTheFenceThatClosesIt() {
        assertThat(check("# Notes\n\ntext\n\n~~~~python\ncode\n## Not a heading\n")).containsExactly(
                "notes.md:5: code block opened with ~~~~ is never closed, so everything after it reads as code: add a line ~~~~ where the code ends");
    }

    @Test
    void aFenceLeftOpenInsideAListItemIsReportedToo() {
        assertThat(check("# Notes\n\n- item\n  ```\n  code\n- next item\n")).singleElement().asString()
                .startsWith("notes.md:4: code block opened with ```");
    }

    @Test
    void aQuestionFollowedDirectlyByTheNextQuestionHasNoAnswer() {
        assertThat(check("# Q&A\n### What is ORM?\n### What is a view?\nA function.\n")).containsExactly(
                "notes.md:2: question \"What is ORM?\" has no answer: write the answer under the heading, or remove the heading");
    }

    @Test
    void aQuestionAnsweredInItsSubsectionsIsAnswered() {
        assertThat(check("# Q&A\n## What is ORM?\n### Example\nSome text.\n")).isEmpty();
    }

    @Test
    void aQuestionWithOnlyARuleUnderItHasNoAnswer() {
        assertThat(check("# Q&A\n## What is ORM?\n\n---\n\n## Views\ntext\n")).singleElement().asString()
                .startsWith("notes.md:2: question \"What is ORM?\" has no answer");
    }

    @Test
    void aHeadingWithNothingUnderItIsAnEmptySection() {
        assertThat(check("# Guide\n## Models\n## Views\nText.\n")).containsExactly(
                "notes.md:2: section \"Models\" is empty: write its text under the heading, or remove the heading");
    }

    @Test
    void aHeadingThatOnlyGroupsSubsectionsIsNotEmpty() {
        assertThat(check("# Guide\n## Part one\n### Models\nText.\n")).isEmpty();
    }

    @Test
    void anImageIsAnAnswerEvenWithoutWords() {
        assertThat(check("# Q&A\n## What does the admin look like?\n![](admin.png)\n")).isEmpty();
    }

    @Test
    void linesCountFromTheTopOfTheFileWhenFrontMatterComesFirst() {
        MarkdownDocument doc = new MarkdownConverter().convert(new SourceDocument("notes.md", FrontMatter.NONE, "# A\n## B\n", 4));
        assertThat(new NoteChecks().check(doc, new SectionTreeBuilder().build(doc))).extracting(Finding::line).containsExactly(5);
    }
}
