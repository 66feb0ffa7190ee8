package io.github.sitegen.dedup;

import io.github.sitegen.support.RecordingListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.BuildReport;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.support.SiteCrawler;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the sample notes of {@code src/test/resources/dedup/sample}, which repeat themselves on
 * purpose, and checks what a reader of the guide finds.
 */
class DedupSiteTest {
    static final Path SAMPLE = Path.of("src/test/resources/dedup/sample");

    @TempDir
    static Path work;
    static Path site;
    static BuildReport report;
    static SiteCrawler crawler;
    static final RecordingListener listener = new RecordingListener();

    @BeforeAll
    static void buildTheSample() {
        site = work.resolve("site");
        report = new SiteBuilder(listener).build(new SiteOptions(SAMPLE, work.resolve("no-templates"), site, "Sample", Optional.empty(), Optional.empty()).withWholeSearchIndex(true));
        crawler = new SiteCrawler(site);
    }

    private static List<String> contentPages() {
        return crawler.htmlFiles().stream().filter(p -> p.contains("/")).toList();
    }

    /** Elements matching {@code css} whose text contains {@code text}, on every page of the notes. */
    private static List<String> pagesShowing(String css, String text) {
        List<String> found = new ArrayList<>();
        for (String path : contentPages()) {
            for (Element el : crawler.page(path).select(".sg-content " + css)) {
                if (el.text().contains(text)) {
                    found.add(path);
                }
            }
        }
        return found;
    }

    /** Where a link on {@code page} leads: the element it points to, checked to exist. */
    private static Element target(String page, Element link) {
        String href = link.attr("href");
        String file = SiteCrawler.target(page, href);
        String id = href.substring(href.indexOf('#') + 1);
        Element target = crawler.page(file).getElementById(id);
        assertThat(target).as(page + " -> " + href).isNotNull();
        return target;
    }

    @Test
    void identicalSectionRendersOnceAndLinksFromTheOtherPlace() {
        // written three times (twice in one note, once in another with other spacing, level and emphasis)
        assertThat(pagesShowing("p", "is the absolute folder where files that users upload are stored")).containsExactly("01-interview/orm.html");

        Document guide = crawler.page("02-guide/files.html");
        Element note = guide.selectFirst(".sg-elsewhere #what-is-media-root");
        assertThat(note).isNotNull();
        assertThat(note.text()).startsWith("“What is Media Root?” also appears in");
        assertThat(target("02-guide/files.html", note.selectFirst("a")).id()).isEqualTo("5-what-is-media-root");
        // the copy is no question of its page: neither its table of contents nor its count lists it
        assertThat(guide.select(".sg-toc a")).extracting(Element::text).doesNotContain("What is Media Root?");
        assertThat(guide.select(".sg-content h3")).isEmpty();
    }

    @Test
    void linksWrittenToACopyStillLandOnWhatItRepeats() {
        Document orm = crawler.page("01-interview/orm.html");
        List<Element> links = orm.select("a").stream()
                .filter(a -> a.text().equals("the copy further down") || a.text().equals("the guide's version")).toList();
        assertThat(links).hasSize(2);
        for (Element link : links) {
            assertThat(target("01-interview/orm.html", link).id()).isEqualTo("5-what-is-media-root");
        }
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void aCopyNestedDeeperInAnotherNoteIsFoldedToo() {
        Element note = crawler.page("04-archive/old-answers.html").selectFirst(".sg-elsewhere #1-what-are-django-signals");
        assertThat(note).isNotNull();
        assertThat(target("04-archive/old-answers.html", note.selectFirst("a")).id()).isEqualTo("1-what-are-django-signals");
        assertThat(pagesShowing("pre", "send_welcome_email(instance)")).containsExactly("01-interview/orm.html");
    }

    @Test
    void theSameQuestionShowsEveryAnswerAtTheFirstPlaceEachLabelledWithItsNote() {
        Element question = crawler.page("01-interview/orm.html").getElementById("1-what-are-django-signals").parent();
        // every answer is inside the question's answer card, so that hiding the answer hides them all
        Element answer = question.selectFirst("> .sg-answer");
        assertThat(answer.select("> .sg-answer-source").text()).contains("Answer 1 of 3", "Interview Questions", "01-interview.md:9");
        assertThat(answer.select("> .sg-other-answer")).hasSize(2).satisfiesExactly(
                guide -> {
                    assertThat(guide.selectFirst("> :is(h2, h3, h4, h5, h6)").text()).contains("Answer 2 of 3", "What are Signals?");
                    assertThat(guide.select(".sg-answer-source").text()).contains("The Guide", "02-guide.md:21");
                    assertThat(guide.text()).contains("A dispatcher calls every registered receiver function");
                },
                quick -> {
                    assertThat(quick.select(".sg-answer-source").text()).contains("Quick Notes", "03-quick.md:5");
                    assertThat(quick.text()).contains("Hooks that let parts of an app react to db events");
                });
        Document guide = crawler.page("02-guide/signals.html");
        Element note = guide.selectFirst(".sg-elsewhere #what-are-signals");
        assertThat(note.text()).contains("is answered, with its other answers, in");
        assertThat(target("02-guide/signals.html", note.selectFirst("a")).id()).isEqualTo("02-guide.what-are-signals");
        // the "Saving" chapter holds only a pointer to its question's first place, so it joins this page (issue 18)
        assertThat(guide.select(".sg-toc a")).extracting(Element::text).containsExactly("When NOT to use signals", "Saving");
    }

    @Test
    void aNearIdenticalAnswerAddsOnlyWhatItSaysBeyondTheFirst() {
        Element additions = crawler.page("01-interview/orm.html").selectFirst(".sg-additions");
        assertThat(additions.selectFirst("> :is(h2, h3, h4, h5, h6)").text()).contains("What The Guide adds:", "How do I override the save method of a model?");
        assertThat(additions.select("> p:not(.sg-answer-source)")).extracting(Element::text)
                .containsExactly("Signals such as pre_save are an alternative when the model is not yours to edit.");
        assertThat(pagesShowing("p", "never call save(), so the custom logic is skipped there")).containsExactly("01-interview/orm.html");
    }

    @Test
    void subsectionsThatTwoAnswersShareVerbatimAreShownOnce() {
        assertThat(pagesShowing("td", "SERIALIZABLE")).hasSize(1);
        Element shared = crawler.page("01-interview/orm.html").getElementById("02-guide.isolation-levels");
        assertThat(shared.text()).isEqualTo("“Isolation levels” also appears on this page.");
        assertThat(target("01-interview/orm.html", shared.selectFirst("a")).id()).isEqualTo("isolation-levels");
    }

    @Test
    void questionsThatOnlySoundAlikeStayApartAndLinkToEachOther() {
        Document orm = crawler.page("01-interview/orm.html");
        Element apiView = orm.getElementById("3-what-is-the-difference-between-apiview-and-viewset").parent();
        assertThat(apiView.select(".sg-other-answer")).isEmpty();
        Element related = apiView.selectFirst("> .sg-related a");
        assertThat(related.text()).isEqualTo("What is the difference between APIView and GenericAPIView?");
        assertThat(target("01-interview/orm.html", related).text()).startsWith("What is the difference between APIView and GenericAPIView?");

        Document quick = crawler.page("03-quick/quick-notes.html");
        assertThat(quick.select(".sg-content h2")).extracting(Element::id)
                .contains("how-do-file-uploads-work-under-the-hood", "how-do-you-handle-file-uploads-securely");
        assertThat(quick.getElementById("how-do-file-uploads-work-under-the-hood").parent().select(".sg-related a"))
                .extracting(Element::text).containsExactly("How do you handle file uploads securely?");
    }

    @Test
    void theSummaryLineTheJsonReportAndTheDuplicatesPageAgree() throws IOException {
        JsonNode json = new ObjectMapper().readTree(site.resolve("dedup-report.json").toFile());
        JsonNode summary = json.get("summary");
        String line = "dedup: " + summary.get("sections").asInt() + " sections, " + summary.get("identicalCopies").asInt()
                + " identical copies folded, " + summary.get("variantGroups").asInt() + " variant groups, "
                + summary.get("nearGroups").asInt() + " near-duplicate groups, " + summary.get("relatedLinks").asInt()
                + " related links, " + summary.get("blocksLost").asInt() + " blocks lost";
        assertThat(listener.log()).contains(line);
        assertThat(line).isEqualTo("dedup: 30 sections, 4 identical copies folded, 3 variant groups, 1 near-duplicate groups, 3 related links, 0 blocks lost");

        Document page = crawler.page("duplicates.html");
        for (String kind : List.of("identical", "variant", "near", "related")) {
            int inJson = 0;
            for (JsonNode group : json.get("groups")) {
                inJson += group.get("kind").asText().equals(kind) ? 1 : 0;
            }
            assertThat(page.select("#" + kind + " + p + ol > li")).as(kind).hasSize(inJson);
        }
        int copies = 0;
        for (JsonNode group : json.get("groups")) {
            for (JsonNode member : group.get("members")) {
                assertThat(member.fieldNames()).toIterable().containsExactly(
                        "role", "source", "line", "title", "page", "anchor", "titleSimilarity", "answerSimilarity");
                assertThat(crawler.page(member.get("page").asText()).getElementById(member.get("anchor").asText()))
                        .as(member.toString()).isNotNull();
                copies += member.get("role").asText().equals("copy") ? 1 : 0;
            }
        }
        assertThat(copies).isEqualTo(summary.get("identicalCopies").asInt());
        assertThat(crawler.page("index.html").select("a[href=duplicates.html]")).hasSize(1);
        assertThat(crawler.brokenReferences("duplicates.html")).isEmpty();
    }

    @Test
    void searchFindsAnotherNotesAnswerWhereItIsShown() throws IOException {
        JsonNode store = new ObjectMapper().readTree(site.resolve("search-store.json").toFile());
        List<String> urls = new ArrayList<>();
        store.forEach(entry -> urls.add(entry.get("u").asText()));
        assertThat(urls).contains("01-interview/orm.html#02-guide.what-are-signals", "01-interview/orm.html#02-guide.how-do-i-override-the-save-method-of-a-model")
                .doesNotContain("02-guide/signals.html#what-are-signals", "02-guide/files.html#what-is-media-root");
    }

    @Test
    void everyPageLinkAndAnchorOfTheSampleResolves() {
        List<String> broken = new ArrayList<>();
        crawler.htmlFiles().stream().filter(p -> !p.equals("404.html")).forEach(p -> broken.addAll(crawler.brokenReferences(p)));
        assertThat(broken).isEmpty();
        assertThat(Files.exists(site.resolve("dedup-report.json"))).isTrue();
    }
}
