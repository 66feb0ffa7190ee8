package io.github.sitegen.hostile;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 12: inputs that used to take minutes or gigabytes build in seconds. The timeout is a
 * guard against a hang (quadratic work), set many times above what a build of them takes on a
 * loaded machine; it is not a benchmark.
 */
public class HugeInputTest {

    public static String note(String kind) {
        return switch (kind) {
            case "1 MB word" -> "# Words\n\n## A long word\n\n" + "abcdefgh".repeat(131_072) + "\n";
            case "1 MB title" -> "---\ntitle: " + "Title words ".repeat(87_381) + "\n---\n\n# Notes\n\nText.\n";
            case "1 MB heading" -> "# Notes\n\n## " + "What is heading ".repeat(65_536) + "?\n\nAnswer.\n";
            case "100,000 headings" -> {
                StringBuilder md = new StringBuilder("# Many\n\n");
                for (int i = 0; i < 100_000; i++) {
                    md.append("### ").append(i).append(". Item ").append(i).append("\n\nx\n\n");
                }
                yield md.toString();
            }
            // one question and answer, as a note pasted into itself many times would repeat them
            case "5,000 identical questions" -> "# Many\n\n" + "### What is Django?\n\nA web framework.\n\n".repeat(5_000);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1 MB word", "1 MB title", "1 MB heading", "100,000 headings", "5,000 identical questions"})
    void buildsInSeconds(String kind, @TempDir Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("big.md"), note(kind), StandardCharsets.UTF_8);
        SiteOptions options = new SiteOptions(content, dir.resolve("templates"), dir.resolve("site-output"), "Huge",
                Optional.empty(), Optional.empty());
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(90), () -> new SiteBuilder(BuildListener.SILENT).build(options));
        System.out.printf("%s: built in %d ms%n", kind, (System.nanoTime() - start) / 1_000_000);
        assertThat(dir.resolve("site-output/index.html")).exists();
    }
}
