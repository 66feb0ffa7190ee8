package io.github.sitegen.markdown;

import io.github.sitegen.core.MarkdownDocument;
import io.github.sitegen.core.Block;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11: the shapes public interview READMEs are written in, and what GitHub shows of them. */
class GitHubShapesTest {
    private final MarkdownConverter converter = new MarkdownConverter();

    private MarkdownDocument convert(String markdown) {
        return converter.convert(new SourceDocument("n.md", FrontMatter.NONE, markdown, 1));
    }

    private static List<Block.Heading> headings(MarkdownDocument doc) {
        return doc.blocks().stream().filter(b -> b instanceof Block.Heading).map(b -> (Block.Heading) b).toList();
    }

    private static String html(MarkdownDocument doc) {
        StringBuilder html = new StringBuilder();
        doc.blocks().forEach(b -> html.append(b instanceof Block.Content c ? c.html() : "<h>" + ((Block.Heading) b).inlineHtml() + "</h>\n"));
        return html.toString();
    }

    @Test
    void aListItemHeadingIsAQuestionNumberedAsGitHubShowsItWithItsId() {
        MarkdownDocument doc = convert("1.  ### What is `this`?\n\n    It is the receiver.\n\n1.  ### What is hoisting?\n\n    Moving declarations.\n");
        List<Block.Heading> headings = headings(doc);
        assertThat(headings).extracting(Block.Heading::text).containsExactly("1. What is this?", "2. What is hoisting?");
        assertThat(headings).extracting(Block.Heading::anchor).containsExactly("what-is-this", "what-is-hoisting");
        assertThat(headings).extracting(Block.Heading::line).containsExactly(1, 5);
        assertThat(doc.questions()).containsExactlyInAnyOrderElementsOf(headings);
        assertThat(html(doc)).isEqualTo("<h>1. What is <code>this</code>?</h>\n<p>It is the receiver.</p>\n"
                + "<h>2. What is hoisting?</h>\n<p>Moving declarations.</p>\n");
    }

    @Test
    void anItemWithoutAHeadingInAListOfHeadingsStaysAListItemWithItsNumber() {
        MarkdownDocument doc = convert("1. ### Q one?\n   answer\n2. plain item\n");
        assertThat(html(doc)).contains("<ol start=\"2\">\n<li>plain item</li>\n</ol>");
    }

    @Test
    void headingsInQuotesAndListsGetGitHubsIdsInDocumentOrder() {
        MarkdownDocument doc = convert("# Top\n\n> ## Quoted\n\n- item\n\n  ### Top\n");
        assertThat(html(doc)).contains("<h2 id=\"quoted\">Quoted</h2>").contains("<h3 id=\"top-1\">Top</h3>");
    }

    @Test
    void aDetailsBlockIsOneFoldWhoseInnerHeadingsArePartsOfItsBody() {
        MarkdownDocument doc = convert("## Basics\n\n<details><summary><b>1. What is Django?</b></summary>\n\nA framework.\n\n"
                + "## Key capabilities\n\n- ORM\n\n</details>\n\n## After\n");
        List<Block.Heading> headings = headings(doc);
        assertThat(headings).extracting(Block.Heading::text)
                .containsExactly("Basics", "1. What is Django?", "Key capabilities", "After");
        assertThat(headings).extracting(Block.Heading::level).containsExactly(2, 3, 4, 2);
        assertThat(headings.get(1).inlineHtml()).isEqualTo("<b>1. What is Django?</b>");
        assertThat(headings.get(1).anchor()).isEqualTo("1-what-is-django");
        assertThat(doc.folds()).containsExactly(headings.get(1));
        assertThat(doc.questions()).isEmpty();
        assertThat(doc.parts()).containsExactly(headings.get(2));
        assertThat(html(doc)).doesNotContain("details").doesNotContain("summary");
    }

    @Test
    void aSummaryNeverTakesTheIdOfARealHeading() {
        MarkdownDocument doc = convert("<details><summary>Setup</summary>\n\ntext\n\n</details>\n\n## Setup\n");
        assertThat(headings(doc)).extracting(Block.Heading::anchor).containsExactly("setup-1", "setup");
    }

    @Test
    void aDetailsBlockWrittenOnOneLineKeepsItsAnswerAndANestedDetailsStaysAsWritten() {
        MarkdownDocument doc = convert("<details><summary>Q?</summary>Short answer.\n<details><summary>more</summary>inner</details>\n</details>\n");
        assertThat(headings(doc)).extracting(Block.Heading::text).containsExactly("Q?");
        assertThat(html(doc)).contains("Short answer.").contains("<details><summary>more</summary>inner</details>");
    }

    @Test
    void taskListItemsShowTheirBoxes() {
        String html = html(convert("- [x] done\n- [ ] open\n"));
        assertThat(html).contains("<li class=\"sg-task-item\"><span class=\"sg-task sg-task-done\" role=\"img\" aria-label=\"done\">☑</span> done</li>")
                .contains("aria-label=\"not done\">☐</span> open</li>");
    }

    @Test
    void anAlertShowsItsKindAsATitle() {
        assertThat(html(convert("> [!TIP]\n> Use select_related.\n")))
                .isEqualTo("<blockquote class=\"sg-alert sg-alert-tip\">\n<p><strong class=\"sg-alert-title\">Tip</strong>\nUse select_related.</p>\n</blockquote>\n");
        assertThat(html(convert("> [!NOTE] not alone on its line\n"))).doesNotContain("sg-alert");
    }

    @Test
    void footnotesAreNumberedAndTheirTextFollowsTheBlockOfTheFirstReference() {
        String html = html(convert("First[^a] and second[^b].\n\nMore text.\n\n[^b]: Bee.\n[^a]: Word\n"));
        assertThat(html).startsWith("<p>First<sup class=\"sg-fn-ref\" id=\"fnref-a\"><a class=\"sg-fn\" href=\"#fn-a\">1</a></sup>"
                + " and second<sup class=\"sg-fn-ref\" id=\"fnref-b\"><a class=\"sg-fn\" href=\"#fn-b\">2</a></sup>.</p>\n"
                + "<p class=\"sg-footnote\" id=\"fn-a\"><sup>1</sup> Word <a class=\"sg-fn-back\"");
        assertThat(html.indexOf("id=\"fn-b\"")).isGreaterThan(html.indexOf("id=\"fn-a\"")).isLessThan(html.indexOf("More text."));
    }

    @Test
    void aBracketThatNamesNoFootnoteStaysText() {
        assertThat(html(convert("Array[^x] access.\n"))).isEqualTo("<p>Array[^x] access.</p>\n");
    }
}
