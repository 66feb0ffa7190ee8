package io.github.sitegen;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.CheckFailedException;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.support.RecordingListener;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteBuilderTest {
    @TempDir
    Path dir;

    private BuildReport build(Optional<String> baseUrl) {
        return new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(dir.resolve("content"), dir.resolve("templates"),
                dir.resolve("site-output"), "T", Optional.empty(), baseUrl));
    }

    private void note(String path, String text) throws Exception {
        Path file = dir.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aLinkThatFindsNothingIsAFindingNamingFileAndLineAndTheSiteStillBuilds() throws Exception {
        note("sub/orm.md", "# ORM\n\nSee [deployment](#deployment)\nand [the missing note](../missing.md).\n");
        BuildReport report = build(Optional.empty());
        assertThat(report.findings()).containsExactly(
                new Finding("sub/orm.md", 3, "link '#deployment' points to no heading of the note: fix the #fragment, or the heading it should match"),
                new Finding("sub/orm.md", 4, "link '../missing.md' points to a note that is not part of the guide: fix the path, which is relative to this note"));
        assertThat(report.warnings()).containsExactly(
                "sub/orm.md:3: link '#deployment' points to no heading of the note: fix the #fragment, or the heading it should match",
                "sub/orm.md:4: link '../missing.md' points to a note that is not part of the guide: fix the path, which is relative to this note");
        // as written, carrying the finding's place for the live server's page to mark it there
        assertThat(dir.resolve("site-output/orm/orm.html")).content().contains(
                "<a href=\"#deployment\" data-sg-problem=\"sub/orm.md:3\">deployment</a>",
                "<a href=\"../missing.md\" data-sg-problem=\"sub/orm.md:4\">the missing note</a>");
    }

    @Test
    void checkStopsAfterTheLinksAndRendersNothingSoABrokenTemplateDoesNotStopIt() throws Exception {
        note("a.md", "# A\n\nSee [there](#nowhere).\n");
        Files.createDirectories(dir.resolve("templates"));
        Files.writeString(dir.resolve("templates/page.peb"), "{{ page.noSuchField }}");
        BuildReport report = new SiteBuilder(BuildListener.SILENT).check(new SiteOptions(dir.resolve("content"),
                dir.resolve("templates"), dir.resolve("site-output"), "T", Optional.empty(), Optional.empty()));
        assertThat(report.findings()).extracting(Finding::toString).containsExactly(
                "a.md:3: link '#nowhere' points to no heading of the note: fix the #fragment, or the heading it should match");
        assertThat(report.files()).isZero();
        assertThatThrownBy(() -> build(Optional.empty())).isInstanceOf(SiteBuildException.class).hasMessageContaining("page.peb");
    }

    @Test
    void theInMemoryEntryPointBuildsTheSameFilesAsABuildOnDisk() throws Exception {
        note("orm.md", "# ORM\n## Models\n### What is a model?\n\nA class, see [managers](#what-is-a-manager).\n\n"
                + "### What is a manager?\n\nThe query interface.\n");
        note("sub/views.md", "---\ntitle: Views\n---\n# Views\n\nSee [models](../orm.md#models).\n");
        build(Optional.empty());
        BuiltSite inMemory = new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(dir.resolve("elsewhere"),
                dir.resolve("templates"), dir.resolve("unused"), "T", Optional.empty(), Optional.empty()),
                Map.of("orm.md", Files.readString(dir.resolve("content/orm.md")),
                        "sub/views.md", Files.readString(dir.resolve("content/sub/views.md"))));
        assertThat(dir.resolve("unused")).doesNotExist();
        // the writer may add files of its own (none today); every file of the site is on disk, byte for byte
        assertThat(filesUnder(dir.resolve("site-output"))).containsAll(inMemory.files().keySet());
        assertThat(inMemory.files()).containsKeys("index.html", "orm/models.html", "views/views.html", "search/manifest.js");
        for (String path : inMemory.files().keySet()) {
            assertThat(inMemory.files().get(path).content()).as(path).isEqualTo(Files.readAllBytes(dir.resolve("site-output").resolve(path)));
        }
    }

    private static List<String> filesUnder(Path root) throws Exception {
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }

    @Test
    void aLinkToAnExistingNoteWithAMissingHeadingNamesTheHeadingAsTheProblem() throws Exception {
        note("a.md", "# A\n\nSee [over there](b.md#nowhere).\n");
        note("b.md", "# B\n\ntext\n");
        assertThat(build(Optional.empty()).findings()).extracting(Finding::toString).containsExactly(
                "a.md:3: link 'b.md#nowhere' points to no heading of the note: fix the #fragment, or the heading it should match");
    }

    @Test
    void aLinkOutOfTheNotesIsOneFindingThoughItIsALocalFileToo() throws Exception {
        note("a.md", "# A\n\nSee [passwords](../../etc/passwd).\n");
        assertThat(build(Optional.empty()).findings()).extracting(Finding::toString).singleElement()
                .satisfies(f -> assertThat(f).startsWith("a.md:3: link '../../etc/passwd' leaves the notes folder"));
    }

    @Test
    void findingsAreReportedByFileThenLineWhateverOrderTheStagesFoundThemIn() throws Exception {
        note("b.md", "# B\n\n[x](#x)\n");
        note("a.md", "---\ntitel: A\n---\n# A\n\n[y](#y)\n");
        assertThat(build(Optional.empty()).findings()).extracting(f -> f.file() + ":" + f.line())
                .containsExactly("a.md:2", "a.md:6", "b.md:3");
    }

    @Test
    void aStrictBuildFailsOnFindingsListsThemByFileAndLineAndLeavesThePreviousSite() throws Exception {
        note("a.md", "# A\n## What is ORM?\n");
        Path out = dir.resolve("site-output");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous");
        Files.writeString(out.resolve(io.github.sitegen.output.OutputGuard.MARKER), ""); // a site site-gen wrote
        SiteOptions strict = new SiteOptions(dir.resolve("content"), dir.resolve("templates"), out, "T",
                Optional.empty(), Optional.empty()).withStrict(true);
        assertThatThrownBy(() -> new SiteBuilder(BuildListener.SILENT).build(strict))
                .isInstanceOfSatisfying(CheckFailedException.class, e -> assertThat(e.findings())
                        .extracting(Finding::toString).containsExactly(
                                "a.md:2: question \"What is ORM?\" has no answer: write the answer under the heading, or remove the heading")
                ).hasMessageContaining("1 problem in the notes");
        assertThat(out.resolve("index.html")).hasContent("previous");
    }

    @Test
    void aLenientBuildLogsFindingsAsWarningsAndWritesTheSite() throws Exception {
        note("a.md", "# A\n## What is ORM?\n");
        RecordingListener listener = new RecordingListener();
        BuildReport report = new SiteBuilder(listener).build(new SiteOptions(dir.resolve("content"), dir.resolve("templates"), dir.resolve("site-output"), "T",
                Optional.empty(), Optional.empty()));
        assertThat(listener.warnings()).singleElement().asString().startsWith("a.md:2: question \"What is ORM?\" has no answer");
        assertThat(report.findings()).hasSize(1);
        assertThat(dir.resolve("site-output/index.html")).exists();
    }

    @Test
    void checkingFindsWhatAStrictBuildWouldRejectAndWritesNothing() throws Exception {
        note("a.md", "# A\n## Empty\n## Text\ntext\n\n```\ncode\n");
        BuildReport report = new SiteBuilder(BuildListener.SILENT).check(new SiteOptions(dir.resolve("content"),
                dir.resolve("templates"), dir.resolve("site-output"), "T", Optional.empty(), Optional.empty()));
        assertThat(report.findings()).extracting(f -> f.file() + ":" + f.line()).containsExactly("a.md:2", "a.md:6");
        assertThat(report.warnings()).isEmpty();
        assertThat(dir.resolve("site-output")).doesNotExist();
    }

    @Test
    void everyPageDescribesItselfForSearchAndLinkPreviewsWithItsFirstParagraph() throws Exception {
        note("orm.md", "# ORM\n## Models\n\n" + "A model is the single, definitive source of information about your data. ".repeat(4) + "\n");
        build(Optional.of("https://me.github.io/guide/"));
        Document page = Jsoup.parse(dir.resolve("site-output/orm/models.html").toFile());
        String description = page.select("meta[name=description]").attr("content");
        assertThat(description).startsWith("A model is the single, definitive source").endsWith("…").hasSizeLessThanOrEqualTo(160);
        assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo(description);
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Models");
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("https://me.github.io/guide/orm/models.html");
        assertThat(page.select("link[rel=icon]").attr("href")).isEqualTo("../assets/favicon.svg");
        assertThat(dir.resolve("site-output/assets/favicon.svg")).exists();
    }

    @Test
    void theHomePageIsCanonicalAtTheBaseUrlAndDescribedByTheSiteDescriptionOrItsCounts() throws Exception {
        note("orm.md", "# ORM\n## What is a model?\nA class.\n");
        build(Optional.of("https://me.github.io/guide"));
        Document home = Jsoup.parse(dir.resolve("site-output/index.html").toFile());
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("https://me.github.io/guide/");
        assertThat(home.select("meta[property=og:description]").attr("content"))
                .isEqualTo("A study guide of 1 question from 1 note.");
        assertThat(home.select(".sg-lead").text()).isEqualTo("A study guide of 1 question from 1 note, on 1 page. Pick a page below,"
                + " or use the sidebar to jump anywhere.");
        assertThat(home.select(".sg-footer").text()).isEqualTo("Built with site-gen from 1 note · 1 page · 1 question");
    }

    /** Issue 18: a guide of any subject, with or without questions, is described in words that fit it. */
    @Test
    void aGuideWithoutQuestionsIsDescribedWithoutThemAndOffersNoFlashcards() throws Exception {
        note("git.md", "# Git\n## Branches\nPointers to commits.\n");
        note("sql.md", "# SQL\n## Joins\nRows of two tables.\n");
        build(Optional.empty());
        Document home = Jsoup.parse(dir.resolve("site-output/index.html").toFile());
        assertThat(home.select(".sg-lead").text()).startsWith("A study guide of 2 notes, on 2 pages.");
        assertThat(home.select("meta[property=og:description]").attr("content")).isEqualTo("A study guide of 2 notes.");
        assertThat(home.select(".sg-footer").text()).isEqualTo("Built with site-gen from 2 notes · 2 pages");
        assertThat(home.select("a[href$=practice.html]")).isEmpty();
        assertThat(home.select(".sg-source-meta").eachText()).containsExactly("1 page · from git.md", "1 page · from sql.md");
    }

    /** Issue 18: draft: true (Hugo, Docusaurus) and published: false (Jekyll) leave a note out, and the log says so. */
    @Test
    void aDraftIsLeftOutOfTheGuideWithALineInTheLog() throws Exception {
        note("done.md", "# Done\n## What is done?\nShipped.\n");
        note("wip.md", "---\ndraft: true\n---\n# Work in progress\n## What is next?\nSoon.\n");
        RecordingListener listener = new RecordingListener();
        BuildReport report = new SiteBuilder(listener).build(new SiteOptions(dir.resolve("content"), dir.resolve("templates"),
                dir.resolve("site-output"), "T", Optional.empty(), Optional.empty()));
        assertThat(report.sources()).isEqualTo(1);
        assertThat(listener.log()).contains("draft: wip.md is left out of the guide (its front matter says draft: true or published: false)");
        assertThat(Files.readString(dir.resolve("site-output/index.html"))).doesNotContain("Work in progress");
    }

    @Test
    void robotsTxtAllowsEverythingAndNamesTheSitemapWhenThereIsOne() throws Exception {
        note("orm.md", "# ORM\ntext\n");
        build(Optional.empty());
        assertThat(dir.resolve("site-output/robots.txt")).hasContent("User-agent: *\nAllow: /\n");
        build(Optional.of("https://me.github.io/guide/"));
        assertThat(dir.resolve("site-output/robots.txt")).hasContent("User-agent: *\nAllow: /\nSitemap: https://me.github.io/guide/sitemap.xml\n");
    }

    @Test
    void anEmptyContentFolderFailsWithWhatToDo() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        assertThatThrownBy(() -> build(Optional.empty()))
                .isInstanceOf(SiteBuildException.class)
                .hasMessageContaining("contains no Markdown notes")
                .hasMessageContaining("siteGen.contentDir");
    }

    @Test
    void baseUrlAddsCanonicalLinksASitemapAndAnAbsolute404ButLeavesLinksRelative() throws Exception {
        note("orm.md", "# ORM\n## Models\ntext\n");
        build(Optional.of("https://me.github.io/guide"));
        Path out = dir.resolve("site-output");
        assertThat(out.resolve("orm/models.html")).content()
                .contains("<link rel=\"canonical\" href=\"https://me.github.io/guide/orm/models.html\">")
                .contains("href=\"../assets/site.css\"");
        assertThat(out.resolve("sitemap.xml")).content().contains("<loc>https://me.github.io/guide/orm/models.html</loc>");
        assertThat(out.resolve("404.html")).content().contains("href=\"https://me.github.io/guide/assets/site.css\"");
    }

    @Test
    void aDetailsQuestionOfANoteIsOneQuestionAndOnePracticeCardWithAnIdForProgress() throws Exception {
        note("orm.md", "# ORM\n## Basics\n<details>\n<summary>What is a migration?</summary>\n\nA versioned schema change, see [models](#basics).\n\n"
                + "#### Why it matters\n\nIt is reviewed like code.\n\n</details>\n");
        BuildReport report = build(Optional.empty());
        Path out = dir.resolve("site-output");
        assertThat(report.questions()).isEqualTo(1);
        assertThat(out.resolve("orm/basics.html")).content().contains("id=\"what-is-a-migration\"").contains("id=\"why-it-matters\"");
        assertThat(out.resolve("practice-data.js")).content()
                .contains("\"id\":\"orm/basics.html#what-is-a-migration\",\"k\":\"orm.md#what-is-a-migration\",\"q\":\"What is a migration?\"")
                .contains("href=\\\"orm/basics.html#basics\\\"")
                .contains("It is reviewed like code.")
                .doesNotContain("<summary>");
    }

    @Test
    void theSitemapListsTopicPracticeAndDuplicatesPagesToo() throws Exception {
        note("orm.md", "# ORM\n## What is a model?\ntext\n");
        note("topics.yml", "topics:\n  - name: Models\n    keywords: [model]\n");
        build(Optional.of("https://me.github.io/guide/"));
        assertThat(dir.resolve("site-output/sitemap.xml")).content()
                .contains("<loc>https://me.github.io/guide/topics/models.html</loc>")
                .contains("<loc>https://me.github.io/guide/orm/orm.html</loc>")
                .contains("<loc>https://me.github.io/guide/practice.html</loc>")
                .contains("<loc>https://me.github.io/guide/duplicates.html</loc>");
    }
}
