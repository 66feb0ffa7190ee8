package io.github.sitegen;

import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.support.Blocks;
import io.github.sitegen.support.BuildInAnotherJvm;
import io.github.sitegen.support.RecordingListener;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Builds the real study notes of content/ with the default theme, as `mvn site-gen:build` does. */
class GuideBuildEndToEndTest {
    private static final Path CONTENT = Path.of("content");
    private static final Path THEME = Path.of("templates");

    @TempDir
    static Path work;
    static Path site;
    static BuildReport report;
    static SiteCrawler crawler;
    static final RecordingListener listener = new RecordingListener();

    @BeforeAll
    static void buildTheGuide() {
        site = work.resolve("site-output");
        report = build(site, THEME);
        crawler = new SiteCrawler(site);
    }

    private static BuildReport build(Path output, Path templates) {
        SiteOptions options = new SiteOptions(CONTENT, templates, output, "Django Study Guide",
                Optional.empty(), Optional.empty());
        return new SiteBuilder(listener).build(options);
    }

    /** The pages made from notes (topic pages gather, they do not carry the notes' text). */
    private static List<String> contentPages() {
        return crawler.htmlFiles().stream().filter(p -> p.contains("/") && !p.startsWith("topics/")).toList();
    }

    private static List<String> topicPages() {
        return crawler.htmlFiles().stream().filter(p -> p.startsWith("topics/")).toList();
    }

    @Test
    void everySourceIsPublishedAndTheHomePageReachesEveryPage() {
        assertThat(report.sources()).isEqualTo(5);
        assertThat(contentPages()).hasSize(report.pages());
        Set<String> reachable = crawler.reachableFrom("index.html");
        assertThat(reachable).containsAll(contentPages()).containsAll(topicPages());
        assertThat(crawler.page("index.html").select(".sg-source h2")).hasSize(5);
    }

    @Test
    void topicPagesGatherQuestionsFromSeveralNotesAndEveryQuestionShowsItsTopics() {
        assertThat(topicPages()).hasSize(19);
        Document signals = crawler.page("topics/signals.html");
        assertThat(signals.select(".sg-source h2")).hasSizeGreaterThanOrEqualTo(3);
        // a question joins a topic by its title or, failing that, the start of its answer
        assertThat(signals.select(".sg-chapters a")).allSatisfy(a -> {
            String href = a.attr("href");
            Element heading = crawler.page(SiteCrawler.target("topics/signals.html", href)).getElementById(href.substring(href.indexOf('#') + 1));
            assertThat(heading.parent().text().toLowerCase()).contains("signal");
        });
        Document page = crawler.page("django-interview-questions/middleware-and-signals.html");
        assertThat(page.select(".sg-question .sg-chip")).extracting(Element::text).contains("Signals", "Middleware");
        assertThat(listener.log()).anyMatch(l -> l.startsWith("topics: 19 topics, ") && l.endsWith(" 0 in no topic"));
    }

    @Test
    void theLogListsThePagesOfEachSource() {
        assertThat(listener.log()).anyMatch(l -> l.startsWith("content/django-quick-notes.md -> 1 page, "));
        assertThat(listener.log()).anyMatch(l -> l.startsWith("  django-complete-guide/models.html  Models"));
    }

    @Test
    void everyLinkStylesheetAndAnchorResolvesAndNoneIsRootAbsolute() {
        List<String> broken = new ArrayList<>();
        crawler.htmlFiles().stream().filter(p -> !p.equals("404.html")).forEach(p -> broken.addAll(crawler.brokenReferences(p)));
        assertThat(broken).isEmpty();
    }

    @Test
    void everyLinkWrittenInTheNotesResolvesWithoutAWarning() {
        assertThat(report.warnings()).isEmpty();
        // the guide's table of contents links '#querysets' to a heading whose id is 'querysets--database-queries';
        // it is the note's index, at the top of its first chapter's page, not a page of its own (issue 11)
        assertThat(site.resolve("django-complete-guide/table-of-contents.html")).doesNotExist();
        Document toc = crawler.page("django-complete-guide/project-setup.html");
        assertThat(toc.getElementById("table-of-contents")).isNotNull();
        assertThat(toc.select(".sg-content a:containsOwn(QuerySets & Database Queries)").attr("href"))
                .isEqualTo("querysets--database-queries.html#querysets--database-queries");
    }

    @Test
    void nothingTheNotesSayIsLost() throws IOException {
        Set<String> published = new HashSet<>();
        Set<String> headings = new HashSet<>();
        contentPages().forEach(p -> published.addAll(Blocks.ofHtml(crawler.page(p))));
        contentPages().forEach(p -> headings.addAll(Blocks.headingsOfHtml(crawler.page(p))));
        Map<String, List<String>> missing = new TreeMap<>();
        int checked = 0;
        try (Stream<Path> notes = Files.list(CONTENT)) {
            for (Path note : notes.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String markdown = Files.readString(note);
                Map<String, List<String>> pieces = Blocks.piecesOfMarkdown(markdown);
                for (String unit : Blocks.ofMarkdown(markdown)) {
                    checked++;
                    if (!Blocks.isPublished(unit, pieces.get(unit), published, headings)) {
                        missing.computeIfAbsent(note.getFileName().toString(), k -> new ArrayList<>()).add(unit);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(checked).as("distinct paragraphs, list items, cells and code blocks checked").isGreaterThan(1500);
    }

    @Test
    void djangoTemplateTagsInTheNotesAppearVerbatim() {
        String all = String.join("\n", contentPages().stream().map(p -> crawler.page(p).text()).toList());
        assertThat(all).contains("{% csrf_token %}", "{{ form.as_p }}", "{% for article in articles %}");
    }

    @Test
    void everyPageHasTheSidebarBreadcrumbsTocAndPager() {
        for (String path : contentPages()) {
            Document page = crawler.page(path);
            String note = path.substring(0, path.indexOf('/') + 1);
            long notePages = contentPages().stream().filter(p -> p.startsWith(note)).count();
            // home and practice, every page of this note, one link to each other note, every topic
            assertThat(page.select("#sg-sidebar a[href]").size()).as(path)
                    .isEqualTo(2 + notePages + (report.sources() - 1) + topicPages().size());
            assertThat(page.select("#sg-sidebar a[aria-current=page]")).as(path).hasSize(1);
            // the guide, the note, the page; a note of one page whose title is the note's is named once (issue 18),
            // and a page's own title is its heading, not a crumb again
            List<String> crumbs = page.select(".sg-breadcrumbs li").eachText();
            assertThat(crumbs).as(path).isNotEmpty().doesNotHaveDuplicates();
            if (notePages > 1) {
                assertThat(crumbs).as(path).hasSizeGreaterThanOrEqualTo(2);
            }
            assertThat(crumbs.get(0)).as(path).isEqualTo("Django Study Guide");
            assertThat(page.select(".sg-pager a")).as(path).isNotEmpty();
            assertThat(page.title()).as(path).doesNotStartWith(" ").contains("Django Study Guide");
        }
    }

    @Test
    void previousAndNextChainEveryPageInReadingOrder() {
        String path = crawler.page("index.html").select(".sg-chapters a").first().attr("href");
        Set<String> visited = new HashSet<>();
        while (path != null) {
            assertThat(visited.add(path)).as("pager loops at " + path).isTrue();
            Element next = crawler.page(path).selectFirst(".sg-next");
            path = next == null ? null : SiteCrawler.target(path, next.attr("href"));
        }
        assertThat(visited).hasSize(contentPages().size());
    }

    @Test
    void everyHeadingHasAUniqueIdAndAPermalink() {
        for (String path : contentPages()) {
            Document page = crawler.page(path);
            Set<String> ids = new HashSet<>();
            for (Element heading : page.select(".sg-content h1, .sg-content h2, .sg-content h3, .sg-content h4, .sg-content h5, .sg-content h6")) {
                assertThat(heading.id()).as(path).isNotEmpty();
                assertThat(ids.add(heading.id())).as(path + " duplicate id " + heading.id()).isTrue();
                assertThat(heading.select("a.sg-anchor").attr("href")).isEqualTo("#" + heading.id());
            }
        }
    }

    @Test
    void noPageSaysItsTitleTwiceAtItsTop() {
        int chapters = 0;
        for (String path : contentPages()) {
            Document page = crawler.page(path);
            String title = page.selectFirst("h1.sg-title").text();
            List<String> above = new ArrayList<>(page.select(".sg-breadcrumbs li").eachText());
            assertThat(above).as(path + ": the breadcrumbs end above the page, whose title the h1 says").doesNotContain(title);
            above.add(title);
            Element first = page.selectFirst(".sg-content :is(h2, h3, h4, h5, h6)");
            if (first != null) {
                String heading = first.text().replaceFirst("\\s*#$", "");
                assertThat(above).as(path + ": the article's first heading").doesNotContain(heading);
            }
            // a chapter whose heading is the page's title keeps its id, where links to it land
            chapters += page.select(".sg-content span[id]:not(.sg-answer-label)").size();
        }
        assertThat(chapters).as("headings kept only as ids").isGreaterThan(20);
        assertThat(crawler.page("django-complete-guide/models.html").getElementById("models")).isNotNull();
    }

    @Test
    void theThemeAssetsAndGitHubPagesFilesAreWritten() {
        assertThat(site.resolve(".nojekyll")).exists();
        assertThat(site.resolve("404.html")).exists();
        assertThat(site.resolve("assets/site.css")).exists();
        assertThat(site.resolve("assets/site.js")).exists();
        assertThat(site.resolve("sitemap.xml")).doesNotExist();
    }

    @Test
    void twoBuildsOfTheSameNotesAreByteIdenticalEvenInAnotherJvm() throws Exception {
        Path second = work.resolve("second");
        BuildInAnotherJvm.build(CONTENT, THEME, second, "Django Study Guide");
        Map<String, byte[]> a = files(site);
        Map<String, byte[]> b = files(second);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((path, bytes) -> assertThat(b.get(path)).as(path).isEqualTo(bytes));
    }

    @Test
    void aFailingBuildLeavesThePreviousSiteAsItWas() throws IOException {
        Path output = work.resolve("kept");
        build(output, THEME);
        Map<String, byte[]> before = files(output);
        Path broken = work.resolve("broken-templates");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("page.peb"), "{% extends \"layout\" %}\n{% block content %}{{ page.missing }}{% endblock %}\n");
        assertThatThrownBy(() -> build(output, broken))
                .isInstanceOf(SiteBuildException.class)
                .hasMessageStartingWith(broken.resolve("page.peb") + ":2: template error");
        Map<String, byte[]> after = files(output);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
