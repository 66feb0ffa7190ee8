package io.github.sitegen.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteWriterTest {
    private final SiteWriter writer = new SiteWriter();

    @Test
    void replacesThePreviousSiteWhole(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site-output");
        writer.replace(out, List.of(SiteFile.text("index.html", "one"), SiteFile.text("old/page.html", "gone soon")));
        writer.replace(out, List.of(SiteFile.text("index.html", "two"), SiteFile.text("a/b.html", "new")));
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo("two");
        assertThat(out.resolve("a/b.html")).hasContent("new");
        assertThat(out.resolve("old")).doesNotExist();
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousSiteAndNoStagingFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site-output");
        writer.replace(out, List.of(SiteFile.text("index.html", "previous")));
        // a file where a folder must go makes the second write fail half-way
        List<SiteFile> clash = List.of(SiteFile.text("x", "file"), SiteFile.text("x/y.html", "under a file"));
        assertThatThrownBy(() -> writer.replace(out, clash)).isInstanceOf(UncheckedIOException.class);
        assertThat(out.resolve("index.html")).hasContent("previous");
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void theSiteFolderGetsTheModeTheUmaskGivesNewFoldersNot0700(@TempDir Path dir) throws Exception {
        // issue 12: a temp-directory staging folder made the site 0700, unreadable to a web server running as another user
        Path out = dir.resolve("site-output");
        writer.replace(out, List.of(SiteFile.text("index.html", "x")));
        Path plain = Files.createDirectory(dir.resolve("plain"));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void leftoversOfAKilledBuildAreRemovedAndAMovedAsideSiteIsPutBack(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site-output");
        writer.replace(out, List.of(SiteFile.text("index.html", "old")));
        Path staging = Files.createDirectories(dir.resolve(".site-output.staging-dead/a"));
        Files.writeString(dir.resolve(".site-output.staging-dead/" + OutputGuard.MARKER), "");
        Files.move(out, dir.resolve(".site-output.old-dead")); // killed between the two moves
        Path foreign = Files.createDirectories(dir.resolve(".site-output.old-mine"));
        Files.writeString(foreign.resolve("keep.txt"), "mine");

        SiteWriter.removeLeftovers(dir, "site-output", out);

        assertThat(out.resolve("index.html")).hasContent("old");
        assertThat(staging).doesNotExist();
        assertThat(foreign.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void pathsThatLeaveTheSiteAreRefused() {
        assertThatThrownBy(() -> SiteFile.text("../escape.html", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SiteFile.text("/abs.html", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
