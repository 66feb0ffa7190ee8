package io.github.sitegen;

import io.github.sitegen.core.Finding;
import io.github.sitegen.support.RecordingListener;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: whole builds of notes written for other generators and of other subjects' code, on
 * short excerpts of public collections (their source and licence are in the SOURCE.txt beside
 * them) and notes written for the tests, checked as a reader meets them.
 */
class OtherGeneratorsSiteTest {
    static final Path NOTES = Path.of("src/test/resources/notes");

    @TempDir
    Path work;

    record Built(Path site, BuildReport report, RecordingListener log, SiteCrawler crawler) {
        List<String> broken() {
            List<String> broken = new ArrayList<>();
            crawler.htmlFiles().forEach(p -> broken.addAll(crawler.brokenReferences(p)));
            return broken;
        }

        /** The pages made from the notes (not the home, topic, practice or duplicates pages). */
        List<Document> notePages() {
            return crawler.htmlFiles().stream().filter(p -> p.contains("/") && !p.startsWith("topics/")).map(crawler::page).toList();
        }

        String text() {
            StringBuilder text = new StringBuilder();
            notePages().forEach(p -> text.append(p.select("main").text()).append('\n'));
            return text.toString();
        }

        Element only(String css) {
            List<Element> found = notePages().stream().flatMap(p -> p.select(css).stream()).toList();
            assertThat(found).as(css).hasSize(1);
            return found.get(0);
        }

        String prism() throws IOException {
            return Files.readAllLines(site.resolve("assets/prism.js")).get(0);
        }
    }

    private Built build(String notes) {
        Path site = work.resolve(notes);
        RecordingListener log = new RecordingListener();
        BuildReport report = new SiteBuilder(log).build(new SiteOptions(NOTES.resolve(notes), Path.of("templates"), site, "Sample",
                Optional.empty(), Optional.empty()));
        return new Built(site, report, log, new SiteCrawler(site));
    }

    @Test
    void aDocusaurusHandbookReadsAsItsSiteDoes() throws IOException {
        Built built = build("docusaurus");
        assertThat(built.broken()).containsExactly("array/introduction.html: ./linked-list.md -> no such file",
                "best-practice-questions/best-practice-questions.html: ./coding-interview-study-plan.md -> no such file");
        // its front matter is understood or accepted; the only findings are links to notes left out of the excerpt
        assertThat(built.report().findings()).extracting(Finding::message)
                .allMatch(m -> m.endsWith("points to a note that is not part of the guide: fix the path, which is relative to this note"))
                .hasSize(2);
        // admonitions are boxes, titled as written; nothing of their markup, the import lines or <head> shows
        assertThat(built.notePages().stream().flatMap(p -> p.select(".sg-alert").stream()).map(e -> e.className() + ": "
                + e.select(".sg-alert-title").text()).toList()).containsExactlyInAnyOrder(
                "sg-alert sg-alert-tip: Tip", "sg-alert sg-alert-tip: Expert tip", "sg-alert sg-alert-note: Info");
        assertThat(built.text()).doesNotContain(":::").doesNotContain("import ").doesNotContain("og:image").doesNotContain("{#");
        // {#id} headings have their ids, and the note's own list of links lands on them
        Element plan = built.only("h3#plan");
        assertThat(plan.text()).isEqualTo("2. Plan your time and tackle topics and questions in order of importance #");
        assertThat(built.only("a:not(.sg-anchor)[href$=#pick-programming-language]").attr("href")).doesNotContain(".md");
        // the note a component was imported from is linked where the component was
        Element courses = built.only("a:contains(Algorithm courses)");
        assertThat(built.crawler().page(courses.attr("href").replace("../", ""))
                .select("main").text()).contains("AlgoMonster");
        // the blog post's tags are topics of its questions
        assertThat(built.crawler().htmlFiles()).contains("topics/front-end.html", "topics/career.html");
        assertThat(built.crawler().page("topics/career.html").select("main .sg-chapters li")).hasSize(2);
    }

    @Test
    void mkDocsAdmonitionsTabsAndAttributeListsAreUnderstood() throws IOException {
        Built built = build("mkdocs");
        assertThat(built.broken()).isEmpty();
        assertThat(built.report().findings()).isEmpty();
        List<String> boxes = built.notePages().stream().flatMap(p -> p.select(".sg-alert, .sg-tab").stream())
                .map(e -> e.tagName() + "." + e.className() + (e.hasAttr("open") ? "[open]" : "") + ": "
                        + (e.tagName().equals("details") ? e.child(0).text() : e.select(".sg-alert-title").text()))
                .toList();
        assertThat(boxes).containsExactly(
                "blockquote.sg-alert sg-alert-note: Note",
                "blockquote.sg-alert sg-alert-tip: Remember the loop condition",
                "details.sg-alert sg-alert-note: Why not (low + high) / 2?",
                "details.sg-alert sg-alert-caution[open]: Unsorted input",
                "details.sg-tab[open]: Python", "details.sg-tab: Java", "details.sg-tab: Go");
        assertThat(built.text()).contains("!!! note this line is not an admonition of MkDocs").doesNotContain("===").doesNotContain("{ #");
        assertThat(built.only("h2#how-it-works").text()).isEqualTo("How does it work? #");
        assertThat(built.only("h2#cost").text()).isEqualTo("What does it cost? #");
        assertThat(built.prism()).isEqualTo("/* Prism 1.30.0 (MIT licence, prismjs.com): core, clike, go, java, python */");
        // a folding admonition is part of the answer, not a practice card of its own
        assertThat(Files.readString(built.site().resolve("practice-data.js"))).doesNotContain("Why not");
        assertThat(built.crawler().htmlFiles()).contains("topics/searching.html", "topics/arrays.html");
    }

    @Test
    void centredImagesAndParagraphsStayCentred() {
        Built built = build("system-design");
        assertThat(built.broken()).isEmpty();
        assertThat(built.report().findings()).isEmpty();
        assertThat(built.notePages().stream().flatMap(p -> p.select("p.sg-align-center > img").stream()).count()).isEqualTo(2);
        assertThat(built.notePages().stream().flatMap(p -> p.select("[align]").stream()).toList()).isEmpty();
    }

    @Test
    void codeInEveryLanguagePrismKnowsIsHighlightedWithOnlyThoseLanguagesLoaded() throws IOException {
        Built built = build("code-languages");
        assertThat(built.prism()).isEqualTo("/* Prism 1.30.0 (MIT licence, prismjs.com): core, markup, css, clike, javascript, bash, c,"
                + " csharp, cpp, markup-templating, django, go, java, kotlin, php, python, jsx, typescript, tsx, ruby, rust, swift, yaml */");
        List<String> classes = built.notePages().stream().flatMap(p -> p.select("pre > code").stream()).map(Element::className).toList();
        assertThat(classes).contains("language-cpp", "language-go", "language-rust", "language-csharp", "language-django", "language-kt",
                "language-jsx", "language-ts", "language-text", "language-brainfudge");
        assertThat(built.log().log()).filteredOn(l -> l.startsWith("code highlighting:")).containsExactly(
                "code highlighting: Prism knows no language 'brainfudge' (1 block: languages.md:109), so that block is shown as plain"
                        + " text (Prism's languages: https://prismjs.com/#supported-languages)");
    }
}
