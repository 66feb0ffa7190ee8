package io.github.sitegen;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.SiteBuildException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A builder that builds the same site again and again, as the live server does, must write what a fresh build writes. */
class IncrementalBuildTest {
    @TempDir
    Path dir;
    Path content;
    Path templates;
    SiteBuilder builder;

    @BeforeEach
    void notes() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        templates = dir.resolve("templates");
        Files.writeString(content.resolve("orm.md"), """
                # ORM
                ## Models
                A model is a class. See [that question](views.md#what-is-a-view).
                It describes one table of the database: each attribute is a field, each
                instance a row, and its manager runs the queries that read and write them.
                ## Queries
                ### What is a queryset?
                A lazy list of rows: building it runs no query, and filters added to it
                only change the SQL it will send.

                <details><summary>When is a queryset evaluated?</summary>

                When it is iterated, sliced with a step, or printed.

                </details>
                """);
        Files.writeString(content.resolve("views.md"), """
                # Views
                ## What is a view?
                A function that takes a request. Back to [models](orm.md#models).
                """);
        builder = new SiteBuilder(BuildListener.SILENT);
    }

    private SiteOptions options(Path out) {
        return new SiteOptions(content, templates, out, "T", Optional.empty(), Optional.empty());
    }

    private void assertSameAsAFreshBuild(Path out) throws IOException {
        builder.updateSearch(options(out));
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        new SiteBuilder(BuildListener.SILENT).build(options(fresh));
        Map<String, String> expected = files(fresh);
        Map<String, String> actual = files(out);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, text) -> assertThat(actual.get(path)).as(path).isEqualTo(text));
    }

    @Test
    void aOneWordEditRewritesOnlyThePageItIsOnAndThePracticeCardsAndMatchesAFreshBuild() throws IOException {
        Path out = dir.resolve("site-output");
        assertThat(builder.update(options(out)).changed()).contains("index.html", "orm/models.html", "views/views.html");
        Files.writeString(content.resolve("orm.md"), Files.readString(content.resolve("orm.md")).replace("lazy list", "lazy sequence"));
        BuildReport report = builder.update(options(out));
        // the answer's page, and the practice page's cards and the cards for Anki, which hold every answer
        assertThat(report.changed()).containsExactly("orm/queries.html", "practice-data.js", "t.apkg", "t.tsv");
        // the search index holds every word: it follows, written apart so that the page need not wait for it
        assertThat(builder.updateSearch(options(out))).anyMatch(path -> path.startsWith("search/index-"));
        assertSameAsAFreshBuild(out);
    }

    @Test
    void anEditedHeadingReachesTheLinksOfOtherNotesThatPointAtIt() throws IOException {
        Path out = dir.resolve("site-output");
        builder.update(options(out));
        assertThat(out.resolve("orm/models.html")).content().contains("href=\"../views/views.html#what-is-a-view\"");
        Files.writeString(content.resolve("views.md"), Files.readString(content.resolve("views.md"))
                .replace("## What is a view?", "## What is a view function?"));
        BuildReport report = builder.update(options(out));
        // orm.md did not change, but the heading its link points at did
        assertThat(report.changed()).contains("orm/models.html", "views/views.html");
        assertThat(out.resolve("orm/models.html")).content().contains("href=\"../views/views.html#what-is-a-view-function\"");
        assertSameAsAFreshBuild(out);
    }

    @Test
    void aRenamedChapterMovesItsPageAndTheOldFileIsDeleted() throws IOException {
        Path out = dir.resolve("site-output");
        builder.update(options(out));
        Files.writeString(content.resolve("orm.md"), Files.readString(content.resolve("orm.md")).replace("## Queries", "## Querying"));
        assertThat(builder.update(options(out)).changed()).contains("orm/querying.html", "orm/queries.html");
        assertThat(out.resolve("orm/queries.html")).doesNotExist();
        assertSameAsAFreshBuild(out);
    }

    @Test
    void anEditedTemplateIsPickedUpAndAnUnchangedRebuildWritesNothing() throws IOException {
        Path out = dir.resolve("site-output");
        builder.update(options(out));
        assertThat(builder.update(options(out)).changed()).isEmpty();
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("404.peb"), "{% extends \"layout\" %}{% block content %}lost{% endblock %}");
        assertThat(builder.update(options(out)).changed()).containsExactly("404.html");
        assertSameAsAFreshBuild(out);
    }

    @Test
    void aFailedRebuildChangesNothingAndTheNextOneRepairsEverything() throws IOException {
        Path out = dir.resolve("site-output");
        builder.update(options(out));
        Map<String, String> before = files(out);
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("page.peb"), "{{ page.nope }}");
        Files.writeString(content.resolve("views.md"), Files.readString(content.resolve("views.md")).replace("request", "HTTP request"));
        assertThatThrownBy(() -> builder.update(options(out))).isInstanceOf(SiteBuildException.class);
        assertThat(files(out)).isEqualTo(before);
        Files.delete(templates.resolve("page.peb"));
        assertThat(builder.update(options(out)).changed()).containsExactly("practice-data.js", "t.apkg", "t.tsv", "views/views.html");
        assertSameAsAFreshBuild(out);
    }

    @Test
    void findingsOfPagesTakenFromTheCacheAreReportedAgain() throws IOException {
        Files.writeString(content.resolve("views.md"), Files.readString(content.resolve("views.md")).replace("[models](orm.md#models)", "[the start](orm.md#nowhere)"));
        Path out = dir.resolve("site-output");
        assertThat(builder.update(options(out)).findings()).hasSize(1);
        assertThat(builder.update(options(out)).findings()).extracting(Finding::toString)
                .containsExactly("views.md:3: link 'orm.md#nowhere' points to no heading of the note: fix the #fragment, or the heading it should match");
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                // Latin-1 reads any bytes (the Anki package is binary) and keeps them apart
                files.put(root.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
