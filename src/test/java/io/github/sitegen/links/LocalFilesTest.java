package io.github.sitegen.links;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.Finding;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.section.SectionTreeBuilder;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LocalFilesTest {
    @TempDir
    Path dir;

    @Test
    void aRelativeLinkThatIsNoNoteIsALocalFile() {
        assertThat(LocalFiles.isLocalFile("images/a.png")).isTrue();
        assertThat(LocalFiles.isLocalFile("../docs/a.pdf#page=2")).isTrue();
        assertThat(LocalFiles.isLocalFile("other.md#x")).isFalse();
        assertThat(LocalFiles.isLocalFile("#x")).isFalse();
        assertThat(LocalFiles.isLocalFile("https://example.org/a.png")).isFalse();
        assertThat(LocalFiles.isLocalFile("mailto:a@b.c")).isFalse();
        assertThat(LocalFiles.isLocalFile("/abs.png")).isFalse();
    }

    @Test
    void aFileHasOneStablePathInTheSiteWhateverNoteLinksIt() {
        assertThat(LocalFiles.sitePath("guide/a.md", "images/x.png")).contains("assets/files/guide/images/x.png");
        assertThat(LocalFiles.sitePath("guide/more/b.md", "../images/x.png")).contains("assets/files/guide/images/x.png");
        assertThat(LocalFiles.sitePath("a.md", "./docs/flow%20chart.pdf?v=1#page=2"))
                .contains("assets/files/docs/flow%20chart.pdf?v=1#page=2");
    }

    @Test
    void aPathThatLeavesTheContentDirectoryHasNoPlaceInTheSite() {
        assertThat(LocalFiles.sitePath("a.md", "../secret.png")).isEmpty();
        assertThat(LocalFiles.sitePath("guide/a.md", "../../etc/passwd")).isEmpty();
    }

    @Test
    void presentFilesAreCopiedAndMissingOrOutsideOnesAreFindingsAtTheirLine() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("img"));
        Files.write(content.resolve("img/a.png"), new byte[] {1, 2, 3});
        Files.write(dir.resolve("outside.png"), new byte[] {9});
        String note = "# N\n\n![a](img/a.png)\n\nsee [it](img/a.png) and ![b](img/b.png)\n\n<img src=\"../outside.png\">\n";
        DocumentOutline outline = new SectionTreeBuilder().build(new MarkdownConverter()
                .convert(new SourceDocument("n.md", FrontMatter.NONE, note, 1)));
        List<Finding> findings = new ArrayList<>();
        List<SiteFile> copies = LocalFiles.collect(content, List.of(outline), BuildListener.of(m -> { }, m -> { }, findings::add));
        assertThat(copies).extracting(SiteFile::path).containsExactly("assets/files/img/a.png");
        assertThat(copies.get(0).content()).containsExactly(1, 2, 3);
        assertThat(findings).extracting(f -> f.file() + ":" + f.line()).containsExactly("n.md:5", "n.md:7");
        assertThat(findings.get(0).message()).contains("'img/b.png' names no file");
        assertThat(findings.get(1).message()).contains("points outside the content directory");
    }

    @Test
    void aSymbolicLinkOutOfTheContentDirectoryIsNotFollowed() throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        Files.write(dir.resolve("secret.txt"), new byte[] {7});
        Files.createSymbolicLink(content.resolve("leak.txt"), dir.resolve("secret.txt"));
        DocumentOutline outline = new SectionTreeBuilder().build(new MarkdownConverter()
                .convert(new SourceDocument("n.md", FrontMatter.NONE, "# N\n\n[x](leak.txt)\n", 1)));
        List<Finding> findings = new ArrayList<>();
        assertThat(LocalFiles.collect(content, List.of(outline), BuildListener.of(m -> { }, m -> { }, findings::add))).isEmpty();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.message()).contains("leads outside the content directory"));
        assertThat(Optional.of(findings.get(0).line())).contains(3);
    }
}
