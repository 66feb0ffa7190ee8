package io.github.sitegen;

import io.github.sitegen.core.BuildListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a build says, line by line (issue 19): a few lines on success, details apart, plurals right, no contradictions. */
class BuildLogTest {
    private static BuildReport report(int notes, int pages, int questions, int files, List<String> warnings, List<String> changed,
                                      int linked, long millis) {
        return new BuildReport(Path.of("site-output"), notes, pages, questions, files, warnings, null, List.of(), changed, linked,
                Duration.ofMillis(millis));
    }

    @Test
    void countsAreWrittenWithTheirNounInTheRightNumber() {
        assertThat(BuildLog.count(0, "note")).isEqualTo("0 notes");
        assertThat(BuildLog.count(1, "question")).isEqualTo("1 question");
        assertThat(BuildLog.count(2, "linked file")).isEqualTo("2 linked files");
    }

    @Test
    void durationsBelowASecondInMillisecondsAboveInTenthsOfSeconds() {
        assertThat(BuildLog.duration(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(BuildLog.duration(Duration.ofMillis(2345))).isEqualTo("2.3 s");
        assertThat(BuildLog.duration(Duration.ofMillis(1000))).isEqualTo("1.0 s");
    }

    @Test
    void aFolderIsNamedAsTheProjectSeesIt(@TempDir Path project) {
        assertThat(BuildLog.place(project.resolve("site-output"), project)).isEqualTo("site-output");
        assertThat(BuildLog.place(project.resolve("a/../docs/site"), project)).isEqualTo("docs/site");
        assertThat(BuildLog.place(Path.of("/srv/www"), project)).isEqualTo("/srv/www");
    }

    @Test
    void aBuildThatWroteTheSiteSaysWhatWhereAndHowLong() {
        assertThat(BuildLog.written(report(5, 47, 152, 276, List.of(), List.of(), 2, 2340), "site-output"))
                .isEqualTo("site-gen: 5 notes, 47 pages, 152 questions: 276 files written to site-output in 2.3 s");
        assertThat(BuildLog.written(report(1, 1, 1, 20, List.of("a.md:3: link 'x.md' points to a note that is not part of the guide"),
                List.of(), 0, 640), "site-output"))
                .isEqualTo("site-gen: 1 note, 1 page, 1 question, 1 warning (above): 20 files written to site-output in 640 ms");
    }

    @Test
    void aBuildTheCacheAnsweredClaimsNothingWritten() {
        BuildReport reused = report(5, 47, 152, 276, List.of(), List.of(), 0, 310);
        assertThat(BuildLog.reused(reused, "site-output", false)).isEqualTo("site-gen: 5 notes, 47 pages, 152 questions: unchanged"
                + " since the last build, so site-output is up to date (checked in 310 ms); -DsiteGen.cache=false builds it anyway");
        assertThat(BuildLog.reused(reused, "site-output", true)).isEqualTo("site-gen: 5 notes, 47 pages, 152 questions: unchanged"
                + " since the last build, so site-output was restored from the build cache in 310 ms; -DsiteGen.cache=false builds it anyway");
    }

    @Test
    void theLiveServersFirstBuildSaysFilesAndChangedApart() {
        assertThat(BuildLog.updated(report(5, 47, 152, 19, List.of(), List.of("a.html", "b.html"), 0, 1200), "site-output"))
                .isEqualTo("site-gen: 5 notes, 47 pages, 152 questions: 19 files in site-output, 2 changed, in 1.2 s");
    }

    @Test
    void aCleanCheckCountsTheLinkedFilesItChecked() {
        assertThat(BuildLog.checked(report(2, 4, 10, 0, List.of(), List.of(), 2, 900))).isEqualTo(
                "site-gen:check found no problems in 2 notes (4 pages, 10 questions, 2 linked files) in 900 ms; nothing was written");
    }

    @Test
    void eachPageAndEachQuestionInNoTopicIsADetailTheRestInfo(@TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("topics.yml"), "topics:\n  - name: Views\n    keywords: [view]\n");
        Files.writeString(content.resolve("a.md"), "# A\n\n## What is a view?\n\nA view.\n\n## What is a model?\n\nA model.\n");
        List<String> info = new ArrayList<>();
        List<String> details = new ArrayList<>();
        new SiteBuilder(BuildListener.of(info::add, details::add, w -> info.add("WARN " + w), f -> info.add("FINDING " + f)))
                .build(SiteOptions.forProject(dir, "Guide"));
        assertThat(details).containsExactly(
                "content/a.md -> 1 page, 2 questions",
                "  a/a.html  A (2 questions)",
                "  no topic: content/a.md:7: What is a model?");
        assertThat(info).hasSize(4);
        assertThat(info.get(0)).isEqualTo("topics: 1 topic, 1 question placed, 1 in no topic: add keywords to content/topics.yml"
                + " (-DsiteGen.verbose=true lists them)");
        assertThat(info.get(1)).startsWith("site-gen: pages have no 'last updated' date: ");
        assertThat(info.get(2)).startsWith("dedup: ");
        assertThat(info.get(3)).matches("site-gen: 1 note, 1 page, 2 questions: \\d+ files written to site-output in \\d.*");
    }

    @Test
    void anInMemoryBuildListsNothingItDidNotDo() {
        List<String> info = new ArrayList<>();
        new SiteBuilder(BuildListener.of(info::add, d -> { }, w -> { }, f -> { })).build(
                new SiteOptions(Path.of("content"), Path.of("no-templates"), Path.of("out"), "G", Optional.empty(), Optional.empty()),
                Map.of("a.md", "# A\n\ntext\n"));
        assertThat(info).singleElement().asString().startsWith("dedup: ");
    }
}
