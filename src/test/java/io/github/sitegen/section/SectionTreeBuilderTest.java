package io.github.sitegen.section;

import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.source.FrontMatter;
import io.github.sitegen.source.SourceDocument;
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
    void aNoteWithoutHeadingsIsAllPreamble() {
        DocumentOutline doc = outline("*URLs in django-> mapping\n\n* Middleware in Django?\n-> processors\n");
        assertThat(doc.sections()).isEmpty();
        assertThat(doc.preamble()).isNotEmpty();
    }
}
