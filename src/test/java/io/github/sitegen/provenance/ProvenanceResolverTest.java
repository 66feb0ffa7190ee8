package io.github.sitegen.provenance;

import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.support.RecordingListener;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ProvenanceResolverTest {
    private static final Instant MONDAY = Instant.parse("2024-03-04T10:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2024-03-05T11:30:00Z");
    private static final Instant FRIDAY = Instant.parse("2024-03-08T23:59:59Z");

    @TempDir
    Path repo;
    final RecordingListener listener = new RecordingListener();

    /** Runs git in the test repository with a fixed identity and commit date. */
    private void git(Instant date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_AUTHOR_DATE", date.toString());
        builder.environment().put("GIT_COMMITTER_DATE", date.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("git " + String.join(" ", args) + ": " + output).isZero();
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void commit(Instant date, String message) throws IOException, InterruptedException {
        git(date, "add", "-A");
        git(date, "commit", "-q", "-m", message);
    }

    private Map<String, Provenance> resolve(Path content, List<String> notes, Optional<String> repoUrl, String branch) {
        return new ProvenanceResolver(listener).resolve(content, repo, notes, repoUrl, branch);
    }

    @Test
    void eachNoteGetsTheDateOfTheLastCommitThatChangedItNotOfTheLastCommit() throws Exception {
        git(MONDAY, "init", "-q");
        write("content/a.md", "# A\n");
        write("content/b.md", "# B\n");
        commit(MONDAY, "both");
        write("content/a.md", "# A, changed\n");
        commit(TUESDAY, "a only");
        write("README.md", "not a note\n");
        commit(FRIDAY, "elsewhere");

        Map<String, Provenance> found = resolve(repo.resolve("content"), List.of("a.md", "b.md"), Optional.empty(), "main");
        assertThat(found.get("a.md").lastUpdated()).contains(TUESDAY);
        assertThat(found.get("b.md").lastUpdated()).contains(MONDAY);
        assertThat(found.get("a.md").editUrl()).isEmpty();
    }

    @Test
    void aNoteNotCommittedYetHasNoDate() throws Exception {
        git(MONDAY, "init", "-q");
        write("content/a.md", "# A\n");
        commit(MONDAY, "a");
        write("content/new.md", "# New\n");
        assertThat(resolve(repo.resolve("content"), List.of("a.md", "new.md"), Optional.empty(), "main").get("new.md").lastUpdated()).isEmpty();
    }

    @Test
    void editLinksNameTheNotesPathInTheRepositoryAndTheBranchEncodedForAUrl() throws Exception {
        git(MONDAY, "init", "-q");
        write("docs/notes/Q and A.md", "# Q\n");
        commit(MONDAY, "notes");
        Map<String, Provenance> found = resolve(repo.resolve("docs/notes"), List.of("Q and A.md"),
                Optional.of("https://github.com/me/guide.git/"), "dev");
        assertThat(found.get("Q and A.md").editUrl()).contains("https://github.com/me/guide/edit/dev/docs/notes/Q%20and%20A.md");
    }

    @Test
    void outsideAGitWorkTreeThereIsNoDateAndEditLinksStartAtTheProjectDirectory() throws Exception {
        write("content/a.md", "# A\n");
        Map<String, Provenance> found = resolve(repo.resolve("content"), List.of("a.md"), Optional.of("https://github.com/me/guide"), "main");
        assertThat(found.get("a.md")).isEqualTo(new Provenance(Optional.of("https://github.com/me/guide/edit/main/content/a.md"), Optional.empty()));
        assertThat(listener.log()).containsExactly("site-gen: pages have no 'last updated' date: " + GitHistory.real(repo.resolve("content"))
                + " is not in a git repository (git init, and a commit, give the pages dates)");
    }

    @Test
    void aPageShowsItsNotesLastUpdatedDateAndEditLinkAndNothingOfTheBuildsClock() throws Exception {
        git(MONDAY, "init", "-q");
        write("content/orm.md", "# ORM\n## Models\ntext\n");
        commit(FRIDAY, "orm");
        SiteOptions options = new SiteOptions(repo.resolve("content"), repo.resolve("templates"), repo.resolve("site-output"),
                "T", Optional.empty(), Optional.empty()).withEditLinks(repo, Optional.of("https://github.com/me/guide"), "main");
        new SiteBuilder(BuildListener.SILENT).build(options);
        Document page = Jsoup.parse(repo.resolve("site-output/orm/models.html").toFile());
        assertThat(page.select(".sg-page-meta time").outerHtml()).isEqualTo("<time datetime=\"2024-03-08T23:59:59Z\">2024-03-08</time>");
        assertThat(page.select(".sg-page-meta a.sg-edit").attr("href")).isEqualTo("https://github.com/me/guide/edit/main/content/orm.md");
    }

    @Test
    void withoutGitAndARepositoryUrlAPageHasNoMetaFooter() throws Exception {
        write("content/orm.md", "# ORM\n## Models\ntext\n");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(repo.resolve("content"), repo.resolve("templates"),
                repo.resolve("site-output"), "T", Optional.empty(), Optional.empty()));
        assertThat(Jsoup.parse(repo.resolve("site-output/orm/models.html").toFile()).select(".sg-page-meta")).isEmpty();
    }

    @Test
    void aShallowCloneIsAWarningBecauseItsDatesAreThoseOfTheCommitsItHas() throws Exception {
        Path origin = repo.resolve("origin");
        Files.createDirectories(origin);
        git(MONDAY, "init", "-q", "origin");
        write("origin/content/a.md", "# A\n");
        git(MONDAY, "-C", "origin", "add", "-A");
        git(MONDAY, "-C", "origin", "commit", "-q", "-m", "one");
        write("origin/content/b.md", "# B\n");
        git(TUESDAY, "-C", "origin", "add", "-A");
        git(TUESDAY, "-C", "origin", "commit", "-q", "-m", "two");
        git(FRIDAY, "clone", "-q", "--depth", "1", "file://" + origin, "shallow");

        Map<String, Provenance> found = new ProvenanceResolver(listener).resolve(repo.resolve("shallow/content"),
                repo.resolve("shallow"), List.of("a.md"), Optional.empty(), "main");
        assertThat(found.get("a.md").lastUpdated()).contains(TUESDAY);
        assertThat(listener.log()).anyMatch(l -> l.startsWith("WARN ") && l.contains("shallow clone") && l.contains("fetch-depth: 0"));
    }

    @Test
    void gitsComplaintsAreSaidInWordsNotAsItsRawFatalLine() {
        Path notes = Path.of("/home/me/notes/content");
        assertThat(GitHistory.reason(notes, "fatal: not a git repository (or any of the parent directories): .git"))
                .isEqualTo("/home/me/notes/content is not in a git repository (git init, and a commit, give the pages dates)");
        assertThat(GitHistory.reason(notes, "fatal: your current branch 'main' does not have any commits yet"))
                .isEqualTo("the git repository of /home/me/notes/content has no commits yet");
        assertThat(GitHistory.reason(notes, "fatal: detected dubious ownership in repository at '/home/me/notes'"))
                .startsWith("git refuses to read the repository of /home/me/notes/content, which another user owns");
        assertThat(GitHistory.reason(notes, "error: something else")).isEqualTo("git says \"something else\"");
    }

    @Test
    void aRepositoryWithoutCommitsIsSaidOnce() throws Exception {
        git(MONDAY, "init", "-q");
        write("content/a.md", "# A\n");
        resolve(repo.resolve("content"), List.of("a.md"), Optional.empty(), "main");
        assertThat(listener.log()).containsExactly("site-gen: pages have no 'last updated' date: the git repository of "
                + GitHistory.real(repo.resolve("content")) + " has no commits yet");
    }
}
