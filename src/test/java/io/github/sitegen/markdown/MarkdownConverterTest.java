package io.github.sitegen.markdown;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownConverterTest {
    private final MarkdownConverter converter = new MarkdownConverter();

    private List<Block> blocks(String markdown, int firstLine) {
        return converter.convert(new SourceDocument("n.md", FrontMatter.NONE, markdown, firstLine)).blocks();
    }

    @Test
    void aCommentInsideFencedCodeIsNotAHeading() {
        List<Block> blocks = blocks("# Real\n\n```python\n# settings.py\nDEBUG = True\n```\n", 1);
        assertThat(blocks).filteredOn(b -> b instanceof Block.Heading).hasSize(1);
        assertThat(blocks.get(1)).isInstanceOfSatisfying(Block.Content.class, c -> {
            assertThat(c.kind()).isEqualTo(Block.Kind.CODE);
            assertThat(c.html()).contains("# settings.py");
        });
    }

    @Test
    void headingsCarryTheirFileLineTextAndGitHubAnchor() {
        List<Block> blocks = blocks("intro\n\n### 3. What is `null=True`?\n", 5);
        Block.Heading heading = (Block.Heading) blocks.get(1);
        assertThat(heading.line()).isEqualTo(7);
        assertThat(heading.level()).isEqualTo(3);
        assertThat(heading.text()).isEqualTo("3. What is null=True?");
        assertThat(heading.anchor()).isEqualTo("3-what-is-nulltrue");
        assertThat(heading.inlineHtml()).isEqualTo("3. What is <code>null=True</code>?");
    }

    @Test
    void linksAreMarkedWithTheLineTheyAreWrittenOn() {
        List<Block> blocks = blocks("first\nsecond [x](#y)\n", 10);
        assertThat(((Block.Content) blocks.get(0)).html()).contains("data-sg-line=\"11\"");
    }

    @Test
    void tablesAfterAParagraphLineAreTables() {
        List<Block> blocks = blocks("Field types:\n| a | b |\n|---|---|\n| 1 | 2 |\n", 1);
        assertThat(blocks).anySatisfy(b -> assertThat(((Block.Content) b).html()).contains("<td>1</td>"));
    }

    @Test
    void djangoTemplateTagsStayText() {
        Block.Content code = (Block.Content) blocks("```html\n{% csrf_token %}\n{{ form.as_p }}\n```\n", 1).get(0);
        assertThat(code.html()).contains("{% csrf_token %}\n{{ form.as_p }}");
    }
}
