package io.github.sitegen;

import io.github.sitegen.core.BuildListener;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markdown in, HTML out: each {@code golden/NAME.md} is built in memory as a one-note site and the
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
        BuiltSite site = new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(work.resolve("content"),
                work.resolve("no-templates"), work.resolve("site"), "Golden", Optional.empty(), Optional.empty()),
                Map.of(markdown.getFileName().toString(), Files.readString(markdown)));
        String actual = articles(site, name);
        Path expectedFile = GOLDEN.resolve(name + ".html");
        if (Boolean.getBoolean("sitegen.golden.update")) {
            Files.writeString(expectedFile, actual);
        }
        assertThat(expectedFile).as("golden file for " + markdown).exists();
        assertThat(actual).as(markdown + " rendered differently from " + expectedFile).isEqualTo(Files.readString(expectedFile));
    }

    /** Each page's article, in file name order, under a line naming the page. */
    private static String articles(BuiltSite site, String folder) {
        StringBuilder all = new StringBuilder();
        for (String path : site.files().keySet().stream().filter(p -> p.startsWith(folder + "/")).sorted().toList()) {
            Document doc = Jsoup.parse(site.text(path));
            doc.outputSettings().prettyPrint(false);
            all.append("<!-- ").append(path.substring(folder.length() + 1)).append(" -->\n")
                    .append(doc.selectFirst("article.sg-content").html().strip()).append("\n");
        }
        return all.toString();
    }
}
