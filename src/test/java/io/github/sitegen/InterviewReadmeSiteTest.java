package io.github.sitegen;

import io.github.sitegen.core.CheckFailedException;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.BuildListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.support.SiteCrawler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Builds the sample notes of {@code src/test/resources/notes}, written in the shapes of the big
 * public interview-question READMEs (list-item headings with a table of contents, details
 * questions, a note with pictures and a PDF beside it), and checks what a reader finds.
 */
class InterviewReadmeSiteTest {
    static final Path NOTES = Path.of("src/test/resources/notes");

    @TempDir
    Path work;

    record Built(Path site, BuildReport report, List<String> log, SiteCrawler crawler) {
        List<String> broken() {
            List<String> broken = new ArrayList<>();
            crawler.htmlFiles().forEach(p -> broken.addAll(crawler.brokenReferences(p)));
            return broken;
        }

        List<String> titles() {
            return log.stream().filter(l -> l.startsWith("  ") && l.contains(".html")).map(String::strip).toList();
        }

        int practiceCards() throws IOException {
            String js = Files.readString(site.resolve("practice-data.js"));
            JsonNode data = new ObjectMapper().readTree(js.substring(js.indexOf('{'), js.lastIndexOf('}') + 1));
            return data.get("cards").size();
        }

        int searchDocuments() throws IOException {
            return new ObjectMapper().readTree(site.resolve("search-docs.json").toFile()).get("docs").size();
        }

        /** Question cards on the note's pages (not the topic pages, which link to them). */
        int questionCards() {
            return crawler.htmlFiles().stream().filter(p -> p.contains("/") && !p.startsWith("topics/"))
                    .mapToInt(p -> crawler.page(p).select("section.sg-question > .sg-answer").size()).sum();
        }
    }

    private Built build(String corpus) {
        Path site = work.resolve(corpus);
        List<String> log = new ArrayList<>();
        BuildReport report = new SiteBuilder(BuildListener.of(log::add, m -> log.add("WARN " + m), f -> log.add("FINDING " + f)))
                .build(new SiteOptions(NOTES.resolve(corpus), Path.of("templates"), site, "Sample", Optional.empty(), Optional.empty())
                        .withWholeSearchIndex(true));
        return new Built(site, report, log, new SiteCrawler(site));
    }

    @Test
    void aListOfHeadingItemsIsAListOfQuestionsAndItsTableOfContentsTheIndex() throws IOException {
        Built built = build("headings-list");
        assertThat(built.broken()).isEmpty();
        assertThat(built.report().findings()).isEmpty();
        assertThat(built.report().questions()).isEqualTo(46);
        assertThat(built.questionCards()).isEqualTo(46);
        assertThat(built.practiceCards()).isEqualTo(46);
        // the note's intro, its index and each question
        assertThat(built.searchDocuments()).isEqualTo(48);
        assertThat(built.titles()).containsExactly(
                "readme/questions-1-24.html  Questions 1–24: What is a closure? … (24 questions)",
                "readme/questions-25-46.html  Questions 25–46: What is a source map? … (22 questions)");
        var first = built.crawler().page("readme/questions-1-24.html");
        // the index is on the first page, its links going to where each question landed
        assertThat(first.getElementById("table-of-contents")).isNotNull();
        assertThat(first.select("table a[href='questions-25-46.html#what-is-strict-mode']")).hasSize(1);
        assertThat(first.select("table a[href='#what-are-the-differences-between-let-const-and-var']")).hasSize(1);
        assertThat(first.getElementById("what-are-the-differences-between-let-const-and-var").text())
                .startsWith("5. What are the differences between let, const and var?");
        // the "back to top" links of the second page lead to the index on the first
        assertThat(built.crawler().page("readme/questions-25-46.html").select("a[href='questions-1-24.html#table-of-contents']"))
                .hasSize(22);
        assertThat(built.log()).anyMatch(l -> l.contains(" 0 blocks lost"));
    }

    @Test
    void aDetailsQuestionIsOneQuestionWhoseInnerHeadingsArePartsOfTheAnswer() throws IOException {
        Built built = build("details");
        assertThat(built.broken()).isEmpty();
        assertThat(built.report().findings()).isEmpty();
        assertThat(built.report().questions()).isEqualTo(45);
        assertThat(built.questionCards()).isEqualTo(45);
        assertThat(built.practiceCards()).isEqualTo(45);
        // intro, 45 questions, and the 23 + 15 parts inside their answers
        assertThat(built.searchDocuments()).isEqualTo(1 + 45 + 23 + 15);
        assertThat(built.titles()).containsExactly(
                "readme/questions-1-21.html  Questions 1–21: What is Django? … (21 questions)",
                "readme/questions-22-43.html  Questions 22–43: What are sessions? … (22 questions)",
                "readme/questions-44-45.html  Questions 44–45: What are database indexes? … (2 questions)");
        var page = built.crawler().page("readme/questions-1-21.html");
        var answer = page.getElementById("sg-answer-3-what-is-the-mtv-pattern");
        assertThat(answer).isNull(); // question 2 has no inner heading; question 3 has both
        var third = page.getElementById("sg-answer-3-how-does-the-request-cycle-work");
        assertThat(third.select("h3, h4").eachText()).containsExactly("Key points of answer 3 #", "Why it matters (3) #");
        assertThat(third.select("pre code")).hasSize(1);
        assertThat(page.select("article details, article summary")).isEmpty();
        assertThat(built.log()).anyMatch(l -> l.contains(" 0 blocks lost"));
    }

    @Test
    void picturesAndFilesBesideTheNotesAreCopiedAndAMissingOneIsNamedByFileAndLine() throws IOException {
        Built built = build("files");
        assertThat(built.broken()).containsExactly(
                "rendering/rendering-notes.html: ../assets/files/guide/images/reflow.png -> no such file");
        assertThat(built.report().findings()).extracting(Finding::toString).containsExactly(
                "guide/rendering.md:23: 'images/reflow.png' names no file (looked for guide/images/reflow.png in the content "
                        + "directory): add the file, or fix the path, which is relative to this note");
        assertThat(built.log()).anyMatch(l -> l.startsWith("FINDING guide/rendering.md:23: "));
        for (String copy : List.of("guide/images/vdom.png", "guide/images/flow diagram.png", "guide/docs/overview.pdf")) {
            assertThat(built.site().resolve("assets/files/" + copy)).hasSameBinaryContentAs(NOTES.resolve("files/" + copy));
        }
        var page = built.crawler().page("rendering/rendering-notes.html");
        assertThat(page.select("img").eachAttr("src")).containsExactly("../assets/files/guide/images/vdom.png",
                "../assets/files/guide/images/vdom.png", "../assets/files/guide/images/flow%20diagram.png",
                "../assets/files/guide/images/reflow.png");
        assertThat(page.select("a[href*=overview]").eachAttr("href")).containsExactly(
                "../assets/files/guide/docs/overview.pdf", "../assets/files/guide/docs/overview.pdf#page=2");
        assertThat(built.crawler().page("painting/painting.html").select("img").attr("src"))
                .isEqualTo("../assets/files/guide/images/vdom.png");
        assertThat(page.select("[data-sg-line]")).isEmpty();
        // what GitHub shows beyond Markdown
        assertThat(page.select("li.sg-task-item .sg-task-done")).hasSize(1);
        assertThat(page.select("blockquote.sg-alert-note .sg-alert-title").text()).isEqualTo("Note");
        assertThat(page.select("blockquote.sg-alert-warning")).hasSize(1);
        assertThat(page.select("sup.sg-fn-ref a[href='#fn-layout']")).hasSize(2);
        assertThat(page.getElementById("fn-layout").text()).isEqualTo("1 Layout is also called reflow in some browsers. ↩");
        assertThat(built.report().questions()).isEqualTo(4);
        assertThat(built.practiceCards()).isEqualTo(4);
        assertThat(built.searchDocuments()).isEqualTo(5);
    }

    @Test
    void underCheckAMissingFileIsAnError() {
        Path site = work.resolve("strict");
        SiteOptions options = new SiteOptions(NOTES.resolve("files"), Path.of("templates"), site, "Sample",
                Optional.empty(), Optional.empty()).withStrict(true);
        assertThatThrownBy(() -> new SiteBuilder(BuildListener.SILENT).build(options))
                .isInstanceOf(CheckFailedException.class)
                .hasMessageContaining("guide/rendering.md:23: 'images/reflow.png' names no file");
        assertThat(site).doesNotExist();
    }
}
