package io.github.sitegen.markdown;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.MarkdownDocument;
import io.github.sitegen.core.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: what other generators' Markdown means (Docusaurus and VuePress admonitions, MkDocs
 * admonitions and content tabs, {@code {#id}} headings, MDX import lines), as a reader of their
 * sites sees it; and what none of them means, shown as written.
 */
class OtherGeneratorsTest {
    private final MarkdownConverter converter = new MarkdownConverter();

    private MarkdownDocument convert(String markdown) {
        return converter.convert(new SourceDocument("n.md", FrontMatter.NONE, markdown, 1));
    }

    private String html(String markdown) {
        StringBuilder html = new StringBuilder();
        convert(markdown).blocks().forEach(b -> html.append(b instanceof Block.Content c ? c.html()
                : "<h" + ((Block.Heading) b).level() + " id=\"" + ((Block.Heading) b).anchor() + "\">" + ((Block.Heading) b).inlineHtml()
                + "</h" + ((Block.Heading) b).level() + ">\n"));
        return html.toString();
    }

    @Test
    void aDocusaurusAdmonitionIsABoxTitledWithItsType() {
        assertThat(html(":::tip\n\nStudy a **little** every day.\n\n:::\n\nAfter.\n")).isEqualTo(
                "<blockquote class=\"sg-alert sg-alert-tip\">\n<p><strong class=\"sg-alert-title\">Tip</strong></p>\n"
                        + "<p>Study a <strong>little</strong> every day.</p>\n</blockquote>\n<p>After.</p>\n");
    }

    @Test
    void anAdmonitionsOwnTitleIsItsTitleWrittenEitherWay() {
        assertThat(html(":::tip Expert tip\nx\n:::\n")).contains("<strong class=\"sg-alert-title\">Expert tip</strong>");
        assertThat(html(":::info[Good to know]\nx\n:::\n")).contains("class=\"sg-alert sg-alert-note\"")
                .contains("<strong class=\"sg-alert-title\">Good to know</strong>");
        assertThat(html("::: warning Mind the gap\nx\n:::\n")).contains("class=\"sg-alert sg-alert-warning\"")
                .contains(">Mind the gap<");
    }

    @Test
    void eachGeneratorsTypesReadAsOneOfGitHubsFiveAlerts() {
        assertThat(List.of("note", "info", "abstract", "example", "question", "tip", "hint", "success", "important", "warning",
                "caution", "bug", "danger", "error", "anything")).extracting(Admonitions::kind).containsExactly(
                "note", "note", "note", "note", "note", "tip", "tip", "tip", "important", "warning", "warning", "warning",
                "caution", "caution", "note");
    }

    @Test
    void anOuterBoxTakesMoreColonsAndALineOfColonsInsideCodeIsCode() {
        String html = html("::::note Outer\n\n:::tip\ninner\n:::\n\n```text\n:::\n```\n\nstill outer\n::::\nafter\n");
        assertThat(html).isEqualTo("<blockquote class=\"sg-alert sg-alert-note\">\n<p><strong class=\"sg-alert-title\">Outer</strong></p>\n"
                + "<blockquote class=\"sg-alert sg-alert-tip\">\n<p><strong class=\"sg-alert-title\">Tip</strong></p>\n<p>inner</p>\n</blockquote>\n"
                + "<pre><code class=\"language-text\">:::\n</code></pre>\n<p>still outer</p>\n</blockquote>\n<p>after</p>\n");
    }

    @Test
    void anMkDocsAdmonitionHoldsTheLinesIndentedBelowIt() {
        assertThat(html("!!! warning \"Mind the gap\"\n    First line.\n\n    ```python\n    x = 1\n    ```\n\nNot in it.\n")).isEqualTo(
                "<blockquote class=\"sg-alert sg-alert-warning\">\n<p><strong class=\"sg-alert-title\">Mind the gap</strong></p>\n"
                        + "<p>First line.</p>\n<pre><code class=\"language-python\">x = 1\n</code></pre>\n</blockquote>\n<p>Not in it.</p>\n");
        assertThat(html("!!! note \"\"\n    Untitled.\n")).isEqualTo(
                "<blockquote class=\"sg-alert sg-alert-note\">\n<p>Untitled.</p>\n</blockquote>\n");
    }

    @Test
    void anMkDocsAdmonitionThatFoldsIsADetailsBlockOpenWithAPlus() {
        assertThat(html("??? question \"Why?\"\n    Because.\n")).isEqualTo(
                "<details class=\"sg-alert sg-alert-note\">\n<summary>Why?</summary>\n<p>Because.</p>\n</details>\n");
        assertThat(html("???+ danger\n    Careful.\n")).startsWith("<details class=\"sg-alert sg-alert-caution\" open=\"\">\n<summary>Danger</summary>");
        assertThat(html("::: details Click me\nhidden\n:::\n")).startsWith("<details class=\"sg-alert sg-alert-note\">\n<summary>Click me</summary>");
    }

    @Test
    void contentTabsFoldAndTheFirstOfASetIsOpenUnlessAnotherAsks() {
        String html = html("=== \"Python\"\n\n    ```python\n    x = 1\n    ```\n\n=== \"Go\"\n\n    ```go\n    x := 1\n    ```\n");
        assertThat(html).isEqualTo("<details class=\"sg-tab\" open=\"\">\n<summary>Python</summary>\n<pre><code class=\"language-python\">x = 1\n"
                + "</code></pre>\n</details>\n<details class=\"sg-tab\">\n<summary>Go</summary>\n<pre><code class=\"language-go\">x := 1\n"
                + "</code></pre>\n</details>\n");
        assertThat(html("=== \"A\"\n    a\n\n===+ \"B\"\n    b\n\n===! \"C\"\n    c\n"))
                .contains("<details class=\"sg-tab\">\n<summary>A</summary>")
                .contains("<details class=\"sg-tab\" open=\"\">\n<summary>B</summary>")
                .contains("<details class=\"sg-tab\" open=\"\">\n<summary>C</summary>");
    }

    @Test
    void whatNoGeneratorMeansIsShownAsWritten() {
        assertThat(html("!!! note this is not MkDocs\n")).isEqualTo("<p>!!! note this is not MkDocs</p>\n");
        assertThat(html(":::\nalone\n")).isEqualTo("<p>:::\nalone</p>\n");
        assertThat(html("!!! WARNING !!!\n")).isEqualTo("<p>!!! WARNING !!!</p>\n");
    }

    @Test
    void aHeadingsOwnIdIsItsIdAndLeavesItsTitle() {
        MarkdownDocument doc = convert("## Pick a language {#pick-language}\n\n## Cost { #cost .complexity }\n\n"
                + "### Plan {: #plan }\n\n## Pick a language\n\n## pick-language\n");
        List<Block.Heading> headings = doc.blocks().stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b).toList();
        assertThat(headings).extracting(Block.Heading::text).containsExactly("Pick a language", "Cost", "Plan", "Pick a language",
                "pick-language");
        // the heading after keeps GitHub's id, whose slugger counted the first heading with its braces
        assertThat(headings).extracting(Block.Heading::anchor).containsExactly("pick-language", "cost", "plan", "pick-a-language",
                "pick-language-1");
        assertThat(headings.get(0).inlineHtml()).isEqualTo("Pick a language");
    }

    @Test
    void aHeadingsOwnIdInsideAQuoteIsItsIdToo() {
        assertThat(html("> ## Quoted {#q}\n")).contains("<h2 id=\"q\">Quoted</h2>");
    }

    @Test
    void mdxImportLinesAreNotShownAndAnImportedNoteIsLinked() {
        assertThat(html("import InDocAd from './\\_components/InDocAd';\n\nText.\n\n<InDocAd />\n")).isEqualTo("<p>Text.</p>\n<InDocAd />\n");
        assertThat(html("import A from './a';\nimport {b, c} from \"./bc\"; import './d.css';\n\nText.\n")).isEqualTo("<p>Text.</p>\n");
        assertThat(html("## Courses\n\nimport AlgorithmCourses from '../\\_courses/AlgorithmCourses.md'\n\n<AlgorithmCourses />\n"))
                .isEqualTo("<h2 id=\"courses\">Courses</h2>\n<p><a href=\"../_courses/AlgorithmCourses.md\" data-sg-line=\"5\">Algorithm courses</a></p>\n");
    }

    @Test
    void anMdxHeadBlockIsThePagesMetadataNotItsText() {
        assertThat(html("<head>\n  <title>Best questions | Handbook</title>\n  <meta property=\"og:title\" content=\"x\"/>\n</head>\n\nText.\n"))
                .isEqualTo("<p>Text.</p>\n");
    }

    @Test
    void proseThatStartsWithImportIsProse() {
        assertThat(html("import numpy as np\n")).isEqualTo("<p>import numpy as np</p>\n");
        assertThat(html("import *this* from 'x'\n")).isEqualTo("<p>import <em>this</em> from 'x'</p>\n");
        assertThat(html("import X from './x'\nand then some words\n")).contains("and then some words");
    }
}
