package io.github.sitegen.render;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.section.SectionTreeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightingTest {
    private static DocumentOutline note(String path, String markdown) {
        return new SectionTreeBuilder().build(new MarkdownConverter().convert(new SourceDocument(path, FrontMatter.NONE, markdown, 1)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // GitHub's names become Prism's
            "<pre><code class=\"language-c++\">int x;</code></pre> | <pre><code class=\"language-cpp\">int x;</code></pre>",
            "<pre><code class=\"language-golang\">go f()</code></pre> | <pre><code class=\"language-go\">go f()</code></pre>",
            "<pre><code class=\"language-{.html}\">&lt;b&gt;</code></pre> | <pre><code class=\"language-markup\">&lt;b&gt;</code></pre>",
            // HTML with template tags is a template
            "<pre><code class=\"language-html\">{% if a %}&lt;b&gt;{% endif %}</code></pre> | <pre><code class=\"language-django\">{% if a %}&lt;b&gt;{% endif %}</code></pre>",
            "<pre><code class=\"language-html\">&lt;p&gt;{{ user.name }}&lt;/p&gt;</code></pre> | <pre><code class=\"language-django\">&lt;p&gt;{{ user.name }}&lt;/p&gt;</code></pre>",
            // Prism's own names, plain text and unknown languages stay as written
            "<pre><code class=\"language-html\">&lt;b&gt;</code></pre> | <pre><code class=\"language-html\">&lt;b&gt;</code></pre>",
            "<pre><code class=\"language-py\">x = 1</code></pre> | <pre><code class=\"language-py\">x = 1</code></pre>",
            "<pre><code class=\"language-text\">{{ x }}</code></pre> | <pre><code class=\"language-text\">{{ x }}</code></pre>",
            "<pre><code class=\"language-src\">x</code></pre> | <pre><code class=\"language-src\">x</code></pre>",
            "<p>inline <code>c++</code></p> | <p>inline <code>c++</code></p>",
    })
    void aCodeBlockNamesItsLanguageAsPrismReadsIt(String html, String expected) {
        assertThat(Highlighting.classes(html)).isEqualTo(expected);
    }

    @Test
    void theGuideNeedsTheLanguagesItsBlocksUseAndNamesTheOnesPrismDoesNotKnow() {
        Highlighting h = Highlighting.of(List.of(
                note("a.md", "# A\n\n```java\nclass A {}\n```\n\n- item\n\n  ```golang\n  x := 1\n  ```\n\n```src [file]{x}\n```\n"),
                note("b.md", "# B\n\n```text\nplain\n```\n\n```html\n{{ x }}\n```\n\n```src\n```\n\n```\nno language\n```\n")));
        assertThat(h.languages()).containsExactly("django", "go", "java");
        assertThat(h.unknown()).isEqualTo(Map.of("src", List.of("a.md:13", "b.md:11")));
        assertThat(h.note()).contains("code highlighting: Prism knows no language 'src' (2 blocks: a.md:13, b.md:11), so those blocks"
                + " are shown as plain text (Prism's languages: https://prismjs.com/#supported-languages)");
    }

    @Test
    void aGuideWhoseCodePrismKnowsHasNoNote() {
        assertThat(Highlighting.of(List.of(note("a.md", "```py\nx = 1\n```\n"))).note()).isEmpty();
    }
}
