package io.github.sitegen.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View record in, HTML out: each macro of the default theme, called alone through the real
 * {@link Theme} from a one-line template (with every macro imported, as {@code article.peb} does).
 */
class MacrosTest {
    private static final String IMPORTS = "{% import \"macros/heading\" %}{% import \"macros/source\" %}{% import \"macros/items\" %}"
            + "{% import \"macros/section\" %}{% import \"macros/card\" %}{% import \"macros/answer\" %}"
            + "{% import \"macros/chips\" %}{% import \"macros/elsewhere\" %}{% import \"macros/related\" %}{% import \"macros/toc\" %}";

    @TempDir
    Path dir;

    private String render(String call, Object value) throws IOException {
        Files.writeString(dir.resolve("call.peb"), IMPORTS + call);
        return new Theme(Optional.of(dir)).render("call", Map.of("v", value));
    }

    private static final ArticleView.Heading HEADING = new ArticleView.Heading(3, "what-is-orm", new SafeString("What is <code>ORM</code>?"));
    private static final ArticleView.Source SOURCE = new ArticleView.Source("ORM notes", "orm.md", 12);

    private static ArticleView.Section question(List<ArticleView.Answer> answers) {
        return new ArticleView.Section(HEADING, true, false, SOURCE, List.of(new Views.Link("Models", "../topics/models.html", false, 0)),
                new SafeString("<p>An object-relational mapper.</p>\n"), List.of(), answers, List.of(),
                List.of(new Views.Link("What is a QuerySet?", "qs.html#what-is-a-queryset", false, 0)));
    }

    @Test
    void headingHasItsIdAndAPermalinkAndKeepsItsSanitisedHtml() throws IOException {
        assertThat(render("{{ heading(v, \"\") }}", HEADING)).isEqualTo(
                "<h3 id=\"what-is-orm\">What is <code>ORM</code>? <a class=\"sg-anchor\" href=\"#what-is-orm\" aria-label=\"Link to this section\">#</a></h3>\n");
    }

    @Test
    void headingLabelIsTextNotMarkup() throws IOException {
        assertThat(render("{{ heading(v, \"<b>Answer 2</b>\") }}", HEADING))
                .startsWith("<h3 id=\"what-is-orm\"><span class=\"sg-answer-label\">&lt;b&gt;Answer 2&lt;/b&gt;</span> What is");
    }

    @Test
    void chipsLinkEachTopic() throws IOException {
        assertThat(render("{{ chips(v) }}", List.of(new Views.Link("Models", "t/models.html", false, 0), new Views.Link("A&B", "t/ab.html", false, 0))))
                .isEqualTo("<p class=\"sg-chips\"><span class=\"sg-visually-hidden\">Topics: </span><a class=\"sg-chip\" href=\"t/models.html\">Models</a> "
                        + "<a class=\"sg-chip\" href=\"t/ab.html\">A&amp;B</a> </p>\n");
    }

    @Test
    void noChipsNoMarkup() throws IOException {
        assertThat(render("{{ chips(v) }}", List.of())).isEmpty();
    }

    @Test
    void cardWrapsTheAnswerSoThatItCanFold() throws IOException {
        assertThat(render("{{ card(v) }}", question(List.of()))).isEqualTo("<section class=\"sg-section sg-question\">"
                + "<h3 id=\"what-is-orm\">What is <code>ORM</code>? <a class=\"sg-anchor\" href=\"#what-is-orm\" aria-label=\"Link to this section\">#</a></h3>\n"
                + "<p class=\"sg-chips\"><span class=\"sg-visually-hidden\">Topics: </span><a class=\"sg-chip\" href=\"../topics/models.html\">Models</a> </p>\n"
                + "<div class=\"sg-answer\" id=\"sg-answer-what-is-orm\">\n"
                + "<p>An object-relational mapper.</p>\n"
                + "</div>\n"
                + "<p class=\"sg-related\">Related questions: <a href=\"qs.html#what-is-a-queryset\">What is a QuerySet?</a></p>\n"
                + "</section>\n");
    }

    @Test
    void answerSaysWhereItWasWrittenAndWhichOneItIs() throws IOException {
        ArticleView.Answer answer = new ArticleView.Answer(new ArticleView.Heading(4, "qa.what-is-orm", new SafeString("What is ORM?")),
                2, 3, new ArticleView.Source("Q&A", "qa.md", 40), false, 0, false, new SafeString("<p>A mapper.</p>\n"), List.of());
        assertThat(render("{{ answer(v) }}", answer)).isEqualTo("<section class=\"sg-section sg-other-answer\">"
                + "<h4 id=\"qa.what-is-orm\"><span class=\"sg-answer-label\">Answer 2 of 3:</span> What is ORM? "
                + "<a class=\"sg-anchor\" href=\"#qa.what-is-orm\" aria-label=\"Link to this section\">#</a></h4>\n"
                + "<p class=\"sg-answer-source\">From <cite>Q&amp;A</cite> <span class=\"sg-source-ref\">qa.md:40</span></p>\n"
                + "<p>A mapper.</p>\n"
                + "</section>\n");
    }

    @Test
    void additionsSayHowMuchIsTheSameAndWhenNothingIsAdded() throws IOException {
        ArticleView.Answer answer = new ArticleView.Answer(new ArticleView.Heading(4, "qa.x", new SafeString("X?")),
                2, 2, new ArticleView.Source("Q&A", "qa.md", 40), true, 87, true, new SafeString(""), List.of());
        assertThat(render("{{ answer(v) }}", answer))
                .contains("<section class=\"sg-section sg-other-answer sg-additions\">")
                .contains("<span class=\"sg-answer-label\">What Q&amp;A adds:</span>")
                .contains(", whose answer is 87% the same as the one above: only what it adds is shown</p>\n")
                .contains("<p class=\"sg-answer-source\">It adds nothing: every block of it is in the answer above.</p>\n");
    }

    @Test
    void aQuestionWithOtherAnswersNumbersItsOwnAsTheFirst() throws IOException {
        ArticleView.Answer other = new ArticleView.Answer(new ArticleView.Heading(4, "qa.x", new SafeString("X?")),
                2, 2, new ArticleView.Source("Q&A", "qa.md", 40), false, 0, false, new SafeString(""), List.of());
        assertThat(render("{{ card(v) }}", question(List.of(other))))
                .startsWith("<section class=\"sg-section sg-question sg-answers\">")
                .contains("<p class=\"sg-answer-source\">Answer 1 of 2, from <cite>ORM notes</cite> <span class=\"sg-source-ref\">orm.md:12</span></p>\n");
    }

    @Test
    void oneSectionShownElsewhereIsOneParagraph() throws IOException {
        ArticleView.Elsewhere note = new ArticleView.Elsewhere(List.of(
                new ArticleView.Copy("what-is-orm", "What is ORM?", true, false, "../guide/orm.html#what-is-orm", "Guide › ORM")));
        assertThat(render("{{ elsewhere(v) }}", note)).isEqualTo("<div class=\"sg-elsewhere\" role=\"note\"><p id=\"what-is-orm\">"
                + "“What is ORM?” also appears in <a href=\"../guide/orm.html#what-is-orm\">Guide › ORM</a>.</p></div>\n");
    }

    @Test
    void severalSectionsShownElsewhereAreAList() throws IOException {
        ArticleView.Elsewhere note = new ArticleView.Elsewhere(List.of(
                new ArticleView.Copy("a", "A?", true, true, "#a-1", "Here"),
                new ArticleView.Copy("b", "B?", false, false, "x.html#b", "Guide › X")));
        assertThat(render("{{ elsewhere(v) }}", note)).isEqualTo("<div class=\"sg-elsewhere\" role=\"note\">"
                + "<p>2 sections written here are shown once, elsewhere in the guide:</p><ul>"
                + "<li id=\"a\">“A?” also appears <a href=\"#a-1\">on this page</a>.</li>"
                + "<li id=\"b\">“B?” is answered, with its other answers, in <a href=\"x.html#b\">Guide › X</a>.</li></ul></div>\n");
    }

    @Test
    void relatedQuestionsAreSeparatedByDots() throws IOException {
        assertThat(render("{{ related([], v) }}", List.of(new Views.Link("A?", "a.html#a", false, 0), new Views.Link("B?", "#b", false, 0))))
                .isEqualTo("<p class=\"sg-related\">Related questions: <a href=\"a.html#a\">A?</a> · <a href=\"#b\">B?</a></p>\n");
    }

    @Test
    void aQuestionThatMayBeAskedAgainElsewhereLinksThereNamingTheNoteBeforeTheRelatedOnes() throws IOException {
        assertThat(render("{{ related(v, [v[1]]) }}", List.of(new Views.Link("Q objects in Django?", "quick.html#q", false, 0, "Quick <notes>"),
                new Views.Link("B?", "#b", false, 0, "Guide"))))
                .isEqualTo("<p class=\"sg-also-asked\">Also asked in: <a href=\"quick.html#q\">Q objects in Django?</a> "
                        + "<span class=\"sg-source-ref\">(Quick &lt;notes&gt;)</span> · <a href=\"#b\">B?</a> <span class=\"sg-source-ref\">(Guide)</span></p>\n"
                        + "<p class=\"sg-related\">Related questions: <a href=\"#b\">B?</a></p>\n");
    }

    @Test
    void aSectionThatIsNoQuestionHasNoFoldingAnswer() throws IOException {
        ArticleView.Section section = new ArticleView.Section(new ArticleView.Heading(2, "models", new SafeString("Models")), false, false,
                SOURCE, List.of(), new SafeString("<p>Text.</p>\n"), List.of(), List.of(), List.of(), List.of());
        assertThat(render("{{ items(v) }}", List.of(section))).isEqualTo("<section class=\"sg-section\">"
                + "<h2 id=\"models\">Models <a class=\"sg-anchor\" href=\"#models\" aria-label=\"Link to this section\">#</a></h2>\n"
                + "<p>Text.</p>\n</section>\n");
    }

    @Test
    void tocListsTheQuestionsOfThePage() throws IOException {
        Views.PageView page = new Views.PageView("P", "D", "p.md", List.of(), List.of(new Views.TocEntry("A?", "#a", 0)), true,
                new SafeString(""), null, null, "", null);
        assertThat(render("{{ toc(v) }}", page)).startsWith("<nav class=\"sg-toc\" aria-label=\"On this page\">")
                .contains("<summary>1 question<span class=\"sg-toc-where\"> on this page</span></summary>")
                .contains("<li class=\"sg-toc-depth-0\"><a href=\"#a\">A?</a></li>");
    }
}
