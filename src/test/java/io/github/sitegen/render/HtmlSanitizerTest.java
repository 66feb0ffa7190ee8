package io.github.sitegen.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlSanitizerTest {
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p>a<script>alert(1)</script></p> | <p>a</p>",
            "<img src=x onerror=alert(1) alt=pic> | <img src=\"x\" alt=\"pic\">",
            "<a href=\"javascript:alert(1)\">x</a> | <a>x</a>",
            "<p style=\"position:fixed\" onclick=\"steal()\">t</p> | <p>t</p>",
            "<iframe src=\"https://evil.example\"></iframe>ok | ok",
    })
    void dangerousMarkupNeverReachesAPage(String dirty, String clean) {
        assertThat(sanitizer.clean(dirty)).isEqualTo(clean);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<details><summary>Answer</summary><p>Hidden</p></details>",
            "<p>Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, x<sup>2</sup></p>",
            "<a href=\"../other.md#anchor\" data-sg-line=\"4\">rel</a>",
            "<a href=\"#frag\">here</a>",
            "<img src=\"diagram.png\" alt=\"diagram\">",
            "<table><tbody><tr><td align=\"left\">1</td></tr></tbody></table>",
    })
    void studyNoteMarkupIsKeptAsWritten(String html) {
        assertThat(sanitizer.clean(html)).isEqualTo(html);
    }

    /** Issue 18: GitHub keeps align; here it is a class, since the attribute is obsolete HTML. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p align=\"center\"><img src=\"a.png\"><br></p> | <p class=\"sg-align-center\"><img src=\"a.png\"><br></p>",
            "<div align=\"RIGHT\"><b><a href=\"#top\">top</a></b></div> | <div class=\"sg-align-right\"><b><a href=\"#top\">top</a></b></div>",
            "<img align=\"left\" src=\"a.png\" width=\"40\"> | <img src=\"a.png\" width=\"40\" class=\"sg-align-left\">",
            "<h1 align=\"center\">Title</h1> | <h1 class=\"sg-align-center\">Title</h1>",
            "<p align=\"sideways\">x</p> | <p>x</p>",
            "<table><tbody><tr><td align=\"right\">1</td></tr></tbody></table> | <table><tbody><tr><td align=\"right\">1</td></tr></tbody></table>",
    })
    void alignIsKeptAsGitHubKeepsIt(String dirty, String clean) {
        assertThat(sanitizer.clean(dirty)).isEqualTo(clean);
    }

    @Test
    void codeKeepsItsLanguageClassAndEveryLineBreak() {
        String code = "<pre><code class=\"language-python\">def f():\n    return 1\n</code></pre>";
        assertThat(sanitizer.clean(code)).isEqualTo(code);
    }

    @Test
    void templateSyntaxIsPlainText() {
        assertThat(sanitizer.clean("<p>{% csrf_token %} {{ form.as_p }}</p>")).isEqualTo("<p>{% csrf_token %} {{ form.as_p }}</p>");
    }
}
