package io.github.sitegen.section;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.Section;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class SectionTreeBuilderTest {
    private final MarkdownConverter converter = new MarkdownConverter();
    private final SectionTreeBuilder builder = new SectionTreeBuilder();

    private DocumentOutline outline(String path, FrontMatter frontMatter, String markdown) {
        return builder.build(converter.convert(new SourceDocument(path, frontMatter, markdown, 1)));
    }

    private DocumentOutline outline(String markdown) {
        return outline("notes/django_orm-notes.md", FrontMatter.NONE, markdown);
    }

    @Test
    void jumpingHeadingLevelsNestUnderTheNearestHigherHeading() {
        DocumentOutline doc = outline("# T\n## Chapter\n#### Deep\ntext\n### Middle\n## Next\n");
        Section t = doc.sections().get(0);
        assertThat(t.children()).extracting(Section::title).containsExactly("Chapter", "Next");
        assertThat(t.children().get(0).children()).extracting(Section::title).containsExactly("Deep", "Middle");
        assertThat(t.children().get(0).children().get(0).body()).singleElement().extracting(b -> b.text()).isEqualTo("text");
    }

    @Test
    void textBeforeTheFirstHeadingIsThePreamble() {
        DocumentOutline doc = outline("Here are some questions:\n\n### 1. What is Django?\nA framework.\n");
        assertThat(doc.preamble()).singleElement().extracting(b -> b.text()).isEqualTo("Here are some questions:");
        assertThat(doc.sections()).singleElement().extracting(Section::question).isEqualTo(true);
    }

    @Test
    void titleComesFromFrontMatterThenFirstH1ThenFileName() {
        FrontMatter titled = new FrontMatter(Optional.of("From front matter"), Optional.empty(), OptionalInt.empty());
        assertThat(outline("n.md", titled, "# From H1\n").title()).isEqualTo("From front matter");
        assertThat(outline("## Not an H1\n# From H1\n").title()).isEqualTo("From H1");
        assertThat(outline("*Question-> answer\n").title()).isEqualTo("Django orm notes");
    }

    @Test
    void aNoteWithoutHeadingsIsReadAsQuestionArrowAnswerItems() {
        DocumentOutline doc = outline("*URLs in django-> mapping\n*Models in django-> tables\n\n"
                + "* Middleware in Django?\n->  Global processors.\nUseCase:\nAuthentication\n\n"
                + "*what are Django Signals?\nHooks that react to db events.\n\n"
                + "** How do you resolve it when makemigrations\nsays no changes?\n-> Three checks.\n");
        assertThat(doc.preamble()).isEmpty();
        assertThat(doc.sections()).extracting(Section::title).containsExactly("URLs in django", "Models in django",
                "Middleware in Django?", "what are Django Signals?",
                "How do you resolve it when makemigrations says no changes?");
        assertThat(doc.sections()).allSatisfy(s -> assertThat(s.question()).isTrue());
        assertThat(doc.sections()).extracting(s -> s.heading().line()).containsExactly(1, 2, 4, 9, 12);
        Section middleware = doc.sections().get(2);
        assertThat(middleware.body()).singleElement().satisfies(b -> {
            assertThat(b.text()).startsWith("Global processors.").contains("UseCase:").endsWith("Authentication");
            assertThat(b.line()).isEqualTo(5);
            assertThat(b.html()).contains("Global processors.<br>");
        });
        assertThat(doc.sections().get(0).body()).singleElement().extracting(b -> b.text()).isEqualTo("mapping");
        assertThat(doc.sections().get(4).body()).singleElement().extracting(b -> b.text()).isEqualTo("Three checks.");
    }

    @Test
    void textBetweenItemsStaysWithTheItemBeforeIt() {
        DocumentOutline doc = outline("Intro line.\n\n*Q objects in Django?\n-> combine filters\n\nCSRF in Django: on by default.\n");
        assertThat(doc.preamble()).singleElement().extracting(b -> b.text()).isEqualTo("Intro line.");
        assertThat(doc.sections()).singleElement().satisfies(s ->
                assertThat(s.body()).extracting(b -> b.text()).containsExactly("combine filters", "CSRF in Django: on by default."));
    }

    @Test
    void starsInsideCodeOrPlainListsDoNotStartItems() {
        DocumentOutline doc = outline("Notes:\n\n```python\n*args -> tuple\n```\n\n* JWT\n* OAuth\n");
        assertThat(doc.sections()).isEmpty();
        assertThat(doc.preamble()).extracting(b -> b.kind()).containsExactly(
                io.github.sitegen.core.Block.Kind.PARAGRAPH, io.github.sitegen.core.Block.Kind.CODE,
                io.github.sitegen.core.Block.Kind.LIST);
    }

    @Test
    void aHeadingFollowedByAnAnswerLabelIsAQuestion() {
        DocumentOutline doc = outline("### 10. Deployment with Gunicorn\n\n**Answer:**\nUse a WSGI server.\n\n### Summary\nDone.\n");
        assertThat(doc.sections()).extracting(Section::question).containsExactly(true, false);
    }

    @Test
    void aNumberedEntryBetweenNumberedQuestionsIsAnInterviewItem() {
        DocumentOutline doc = outline("## Basics\n### 6. How do you start a project?\na\n### 7. Give a brief about the admin.\nb\n"
                + "### 8. What are sessions?\nc\n## Models\n### 1. Fields\nd\n### 2. Managers\ne\n");
        assertThat(doc.sections().get(0).children()).extracting(Section::question).containsExactly(true, true, true);
        assertThat(doc.sections().get(1).children()).extracting(Section::question).containsExactly(false, false);
    }
}
