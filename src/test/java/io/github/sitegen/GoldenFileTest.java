package io.github.sitegen;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown in, HTML out: each {@code golden/NAME.md} is built as a one-note site and the
 * article of each page it produced must equal {@code golden/NAME.html}. After a deliberate
 * change of output, run with {@code -Dsitegen.golden.update=true}, then review the diff.
 */
class GoldenFileTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> eachExampleRendersAsItsGoldenFile() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            examples = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(examples).isNotEmpty();
        return examples.stream().map(md -> DynamicTest.dynamicTest(md.getFileName().toString(), () -> check(md)));
    }

    private void check(Path markdown) throws IOException {
        String name = markdown.getFileName().toString().replaceFirst("\\.md$", "");
        Path content = Files.createDirectories(work.resolve(name).resolve("content"));
        Files.copy(markdown, content.resolve(markdown.getFileName()));
        Path out = work.resolve(name).resolve("site");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(content, work.resolve("no-templates"), out,
                "Golden", Optional.empty(), Optional.empty()));
        String actual = articles(out.resolve(name));
        Path expectedFile = GOLDEN.resolve(name + ".html");
        if (Boolean.getBoolean("sitegen.golden.update")) {
            Files.writeString(expectedFile, actual);
        }
        assertThat(expectedFile).as("golden file for " + markdown).exists();
        assertThat(actual).as(markdown + " rendered differently from " + expectedFile).isEqualTo(Files.readString(expectedFile));
    }

    /** Each page's article, in file name order, under a line naming the page. */
    private static String articles(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> pages = Files.list(folder)) {
            for (Path page : pages.sorted().toList()) {
                Document doc = Jsoup.parse(page.toFile(), "UTF-8");
                doc.outputSettings().prettyPrint(false);
                all.append("<!-- ").append(page.getFileName()).append(" -->\n")
                        .append(doc.selectFirst("article.sg-content").html().strip()).append("\n");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return all.toString();
    }
}
