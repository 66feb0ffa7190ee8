package io.github.sitegen.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SiteWriterUpdateTest {
    private final SiteWriter writer = new SiteWriter();

    @Test
    void writesOnlyFilesWhoseBytesChangedAndSaysWhich(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site-output");
        assertThat(writer.update(out, List.of(SiteFile.text("index.html", "one"), SiteFile.text("a/b.html", "b"))))
                .containsExactly("a/b.html", "index.html");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(out.resolve("a/b.html"), old);
        assertThat(writer.update(out, List.of(SiteFile.text("index.html", "two"), SiteFile.text("a/b.html", "b"))))
                .containsExactly("index.html");
        assertThat(Files.getLastModifiedTime(out.resolve("a/b.html"))).isEqualTo(old);
        assertThat(out.resolve("index.html")).hasContent("two");
    }

    @Test
    void filesNoLongerInTheSiteAreDeletedWithTheirEmptyFoldersAndNoPartFileRemains(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site-output");
        writer.update(out, List.of(SiteFile.text("index.html", "one"), SiteFile.text("old/deep/page.html", "x")));
        assertThat(writer.update(out, List.of(SiteFile.text("index.html", "one")))).containsExactly("old/deep/page.html");
        assertThat(out.resolve("old")).doesNotExist();
        try (Stream<Path> all = Files.walk(out)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()))
                    .containsExactlyInAnyOrder("index.html", OutputGuard.MARKER);
        }
    }
}
