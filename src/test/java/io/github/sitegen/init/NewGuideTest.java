package io.github.sitegen.init;

import io.github.sitegen.BuildReport;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.support.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewGuideTest {
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final NewGuide.Settings SNAPSHOT = new NewGuide.Settings("Q&A <notes>", "q-a-notes", "io.github.sitegen",
            "site-gen-maven-plugin", "0.2.0-SNAPSHOT", "someone/site-gen", COMMIT);
    private static final List<String> PATHS = List.of("pom.xml", "README.md", ".gitignore", ".mvn/jvm.config",
            "content/writing-notes.md", "content/quick-notes.md", "content/topics.yml", ".github/workflows/pages.yml",
            ".github/workflows/pull-request.yml");

    private static List<String> tree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !Files.isDirectory(p)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void everyPlaceholderIsFilledAndTheTitleIsEscapedWhereItGoes() {
        Map<String, String> files = NewGuide.files(SNAPSHOT);
        assertThat(files.keySet()).containsExactlyElementsOf(PATHS);
        files.forEach((path, text) -> assertThat(text).as(path).doesNotContainPattern("@[A-Za-z]+@"));
        assertThat(files.get("pom.xml")).contains("<name>Q&amp;A &lt;notes&gt;</name>", "<siteTitle>Q&amp;A &lt;notes&gt;</siteTitle>",
                "<artifactId>site-gen-maven-plugin</artifactId>\n        <version>0.2.0-SNAPSHOT</version>",
                "<artifactId>q-a-notes</artifactId>");
        assertThat(files.get("README.md")).startsWith("# Q&A <notes>\n").contains("git -C site-gen checkout " + COMMIT);
        for (String workflow : List.of(".github/workflows/pages.yml", ".github/workflows/pull-request.yml")) {
            assertThat(files.get(workflow)).contains("  SITE_GEN_REPOSITORY: someone/site-gen\n  SITE_GEN_REF: '" + COMMIT + "'\n")
                    .doesNotContain("mvn -B install", "-Dsitegen.chromium");
        }
        assertThat(files.get(".mvn/jvm.config")).isEqualTo("-XX:TieredStopAtLevel=1\n-XX:+UseSerialGC\n");
        assertThat(files.get(".gitignore")).contains("\nsite-output/\n", "\ntarget/\n");
    }

    @Test
    void aReleaseTakesThePluginFromMavenCentralAndItsTagForASourceBuild() {
        Map<String, String> files = NewGuide.files(new NewGuide.Settings("Guide", "guide", "io.github.sitegen",
                "site-gen-maven-plugin", "1.2.0", "sitegen/site-gen", ""));
        assertThat(files.get(".github/workflows/pages.yml")).contains("  SITE_GEN_REF: ''\n");
        assertThat(files.get("README.md")).contains("git -C site-gen checkout v1.2.0");
    }

    @Test
    void aRefOrRepositoryThatCouldBreakOutOfTheWorkflowIsRefused() {
        assertThatThrownBy(() -> new NewGuide.Settings("G", "g", "g", "a", "1", "sitegen/site-gen", "main'\n  x: y"))
                .hasMessageContaining("is not a commit or tag name");
        assertThatThrownBy(() -> new NewGuide.Settings("G", "g", "g", "a", "1", "https://github.com/sitegen/site-gen", COMMIT))
                .hasMessageContaining("is not a GitHub repository written owner/name");
    }

    @Test
    void writesEveryFileIntoAnEmptyFolderAndTheExampleNotesCheckCleanWithEveryKindOfQuestion(@TempDir Path dir) {
        assertThat(NewGuide.write(dir, SNAPSHOT)).containsExactlyElementsOf(PATHS);
        assertThat(PATHS).allSatisfy(p -> assertThat(dir.resolve(p)).isRegularFile());
        BuildReport report = new SiteBuilder(new RecordingListener()).check(SiteOptions.forProject(dir, "Guide"));
        assertThat(report.findings()).isEmpty();
        // writing-notes.md: ?, a question word, vs, "Question 4:", an answer label, two list-item headings,
        // a details block; quick-notes.md: two starred lines
        assertThat(report.questions()).isEqualTo(10);
    }

    @Test
    void refusesWhenAnyFileIsThereNamesThemAllAndWritesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.md"), "mine");
        Files.createDirectories(dir.resolve("content"));
        Files.createSymbolicLink(dir.resolve("content/topics.yml"), dir.resolve("nowhere")); // dangling, but there
        List<String> before = tree(dir);
        assertThatThrownBy(() -> NewGuide.write(dir, SNAPSHOT)).isInstanceOf(SiteBuildException.class)
                .hasMessage(dir + ": already has README.md, content/topics.yml, which a new guide would overwrite; nothing was written."
                        + " Run site-gen:init in an empty folder, or move those files aside first");
        assertThat(tree(dir)).isEqualTo(before);
        assertThat(dir.resolve("README.md")).hasContent("mine");
    }

    @Test
    void anExistingFolderIsNoObstacle(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.createDirectories(dir.resolve("content"));
        assertThat(NewGuide.write(dir, SNAPSHOT)).hasSize(PATHS.size());
    }

    @Test
    void titleAndArtifactIdComeFromTheFolderName() {
        assertThat(NewGuide.titleOf("django-notes")).isEqualTo("Django Notes");
        assertThat(NewGuide.titleOf("my_react guide")).isEqualTo("My React Guide");
        assertThat(NewGuide.titleOf("")).isEqualTo("Study Guide");
        assertThat(NewGuide.artifactIdOf("My Notes (2024)")).isEqualTo("my-notes-2024");
        assertThat(NewGuide.artifactIdOf("---")).isEqualTo("study-guide");
    }

    @Test
    void knowsTheCommitItWasBuiltFrom() {
        // the build writes target/classes/.../commit with git rev-parse HEAD (the pom's site-gen-commit)
        assertThat(NewGuide.builtFromCommit()).hasValueSatisfying(c -> assertThat(c).matches("[0-9a-f]{40}"));
    }
}
