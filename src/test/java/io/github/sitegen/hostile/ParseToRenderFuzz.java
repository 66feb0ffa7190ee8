package io.github.sitegen.hostile;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: any bytes as a note either build a site or fail with a {@link SiteBuildException}
 * naming the note; nothing else escapes (no NullPointerException, no StackOverflowError, no
 * hang). Jazzer mutates the note's bytes, guided by coverage. Not named *Test: the surefire execution "fuzz"
 * (pom.xml) runs it in fuzzing mode; in the ordinary test run, Jazzer's agent would instrument every class of the suite.
 */
class ParseToRenderFuzz {
    private static final String[] PIECES = {"# ", "## ", "### ", "---\n", "title: ", "order: ", "```", "~~~", "\n", "\n\n",
            "[x](", ")", "](#", "../", "<details>", "</details>", "<script>", "*", "_", "`", "|", "| --- |", "1. ", "- ",
            "> ", "**Answer:**", "*Question-> ", "?", "{% include 'x' %}", "{{ x }}", "\0", "\uFFFD", "é", "\r\n", "\\"};

    @FuzzTest(maxDuration = "30m") // the run is bounded by -Dfuzz.seconds (pom.xml), 5 by default
    void anyNoteBuildsOrFailsNamingIt(FuzzedDataProvider data) throws Exception {
        StringBuilder note = new StringBuilder();
        while (data.remainingBytes() > 0 && note.length() < 4000) {
            note.append(data.consumeBoolean() ? PIECES[data.consumeInt(0, PIECES.length - 1)] : data.consumeString(12));
        }
        Path dir = Files.createTempDirectory("sitegen-fuzz-");
        try {
            Path content = Files.createDirectories(dir.resolve("content"));
            Files.writeString(content.resolve("fuzz.md"), note);
            SiteOptions options = new SiteOptions(content, dir.resolve("templates"), dir.resolve("site-output"), "Fuzz",
                    Optional.empty(), Optional.empty());
            try {
                new SiteBuilder(BuildListener.SILENT).build(options);
                assertThat(dir.resolve("site-output/index.html")).exists();
            } catch (SiteBuildException e) {
                // one line a problem, the count of them first when the note is read but cannot be built as written
                assertThat(e.getMessage().lines()).anyMatch(line -> line.startsWith("fuzz.md:"));
            }
        } finally {
            Hostile.deleteTree(dir);
        }
    }
}
