package io.github.sitegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.support.SiteCrawler;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One build per shape of public note collections (issue 18), each on a small excerpt in
 * {@code src/test/resources/notes} whose source and licence are named in its SOURCE.txt: what a
 * reader calls a question is a card, and the pages are ones a reader would make.
 */
class QuestionShapesSiteTest {
    @TempDir
    Path work;

    record Built(Path site, SiteCrawler crawler, List<JsonNode> cards) {
        List<String> questions() {
            return cards.stream().map(c -> c.get("q").asText()).toList();
        }

        /** The pages of the notes (not the home, practice, topic or duplicates pages). */
        List<Document> pages() {
            return crawler.htmlFiles().stream().filter(p -> p.contains("/") && !p.startsWith("topics/")).map(crawler::page).toList();
        }

        List<String> titles() {
            return pages().stream().map(d -> d.selectFirst("h1.sg-title").text()).toList();
        }
    }

    private Built build(String shape) throws IOException {
        Path site = work.resolve(shape);
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(InterviewReadmeSiteTest.NOTES.resolve(shape), Path.of("templates"),
                site, "Sample", Optional.empty(), Optional.empty()));
        String js = Files.readString(site.resolve("practice-data.js"));
        JsonNode data = new ObjectMapper().readTree(js.substring(js.indexOf('{'), js.lastIndexOf('}') + 1));
        List<JsonNode> cards = StreamSupport.stream(data.get("cards").spliterator(), false).toList();
        return new Built(site, new SiteCrawler(site), cards);
    }

    private static void breadcrumbsNameEachThingOnce(Built built) {
        for (Document page : built.pages()) {
            List<String> crumbs = page.select("nav.sg-breadcrumbs li").eachText();
            for (int i = 1; i < crumbs.size(); i++) {
                assertThat(crumbs.get(i)).as(String.join(" › ", crumbs)).isNotEqualTo(crumbs.get(i - 1));
            }
        }
    }

    @Test
    void oneQuestionPerFileIsOneCardEachTitledByItsQuestion() throws IOException {
        Built built = build("one-question-per-file");
        assertThat(built.questions()).containsExactly("What is ARIA and when should you use it?",
                "Create a function batches that returns the maximum number of whole batches that can be cooked from a recipe.",
                "What is CORS?");
        assertThat(built.cards()).allSatisfy(c -> assertThat(c.has("unanswered")).isFalse());
        assertThat(built.titles()).doesNotContain("Cors", "Batches", "Accessibility aria");
        assertThat(built.crawler().htmlFiles()).contains("cors/what-is-cors.html");
        breadcrumbsNameEachThingOnce(built);
    }

    @Test
    void aBankOfQuestionsWithoutAnswersIsOneUnansweredCardPerBullet() throws IOException {
        Built built = build("question-bank");
        List<String> css = built.cards().stream().filter(c -> c.get("id").asText().startsWith("css-questions/"))
                .map(c -> c.get("q").asText()).toList();
        assertThat(css).hasSize(16).contains("Describe Floats and how they work.",
                "How do you serve your pages for feature-constrained browsers?")
                .doesNotContain("What techniques/processes do you use?").noneMatch(q -> q.contains(" * "));
        JsonNode serve = built.cards().stream().filter(c -> c.get("q").asText().startsWith("How do you serve")).findFirst().orElseThrow();
        assertThat(serve.get("unanswered").asBoolean()).isTrue();
        assertThat(serve.get("a").asText()).contains("What techniques/processes do you use?");
        // the coding questions: each labelled question with its code
        assertThat(built.questions()).contains("Question: What is the value of foo?", "Question: How would you make this work?");
        // a translation in a folder of its own is named after the folder, its lists of questions cards too
        assertThat(built.crawler().htmlFiles()).anyMatch(p -> p.startsWith("german/"));
        assertThat(built.cards()).filteredOn(c -> c.get("id").asText().startsWith("german/")).hasSizeGreaterThan(20);
        // on the page each bullet says it has no answer yet, and offers no answer to fold
        Document page = built.crawler().page("css-questions/css-questions.html");
        assertThat(page.select("li.sg-prompt.sg-unanswered")).hasSize(16);
        assertThat(built.site().resolve("assets/site.css")).content().contains("li.sg-unanswered::after { content: \"No answer yet\"");
        breadcrumbsNameEachThingOnce(built);
    }

    @Test
    void aHandbooksListsOfQuestionsAreCardsAndTheTextAroundThemStaysInPlace() throws IOException {
        Built built = build("handbook");
        assertThat(built.cards()).hasSize(53).allSatisfy(c -> assertThat(c.get("unanswered").asBoolean()).isTrue());
        assertThat(built.questions()).contains("Why do you want to work for X company?", "Share one of your trips with us.");
        Element heading = built.pages().stream().map(d -> d.getElementById("airbnb-software-engineer-behavioral-interview-questions"))
                .filter(e -> e != null).findFirst().orElseThrow();
        Element airbnb = heading.parent();
        List<String> order = new ArrayList<>();
        airbnb.children().forEach(e -> order.add(e.tagName()));
        // the chapter's heading first (only its id when it is the page's title, said once in the page's h1)
        assertThat(airbnb.child(0)).isSameAs(heading);
        assertThat(order).containsSubsequence("p", "ul", "p");
        assertThat(airbnb.children().last().text()).startsWith("Source:");
    }

    @Test
    void aReadmeThatLabelsItsQuestionsHasCardsForThemAndChaptersThatAreNotPagesOfTwoWords() throws IOException {
        Built built = build("labelled-readme");
        assertThat(built.questions()).hasSize(4).contains("Q. Describe some features of Python.", "Q. What is PEP 8");
        assertThat(built.titles()).noneMatch(t -> t.startsWith("Q.") || t.startsWith("#") || t.equals("Q"));
        assertThat(built.pages()).allSatisfy(p -> assertThat(p.selectFirst("article").text().split("\\s+").length)
                .as(p.location()).isGreaterThanOrEqualTo(30));
        assertThat(built.pages()).anySatisfy(p -> assertThat(p.getElementById("-3-mutable-vs-immutable")).isNotNull());
        assertThat(String.join(" ", built.titles())).doesNotContain("getobjector404");
    }
}
