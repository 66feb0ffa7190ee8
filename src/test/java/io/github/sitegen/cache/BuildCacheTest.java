package io.github.sitegen.cache;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.BuildReport;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A second build of unchanged notes reuses the first one's site; a cache that lies about it is never believed. */
class BuildCacheTest {
    @TempDir
    Path dir;
    Path content;
    Path cache;
    Path out;
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void notes() throws IOException {
        content = Files.createDirectories(dir.resolve("content"));
        cache = dir.resolve("target/site-gen-cache");
        out = dir.resolve("site-output");
        Files.writeString(content.resolve("orm.md"), """
                # ORM
                ## What is a model?
                A class whose instances are rows. See [views](views.md#what-is-a-view).
                ## Broken
                A link to [nowhere](#no-such-heading).
                """);
        Files.writeString(content.resolve("views.md"), """
                # Views
                ## What is a view?
                A function that takes a request and returns a response.
                """);
    }

    private SiteOptions options(Path output) {
        return new SiteOptions(content, dir.resolve("templates"), output, "T", Optional.empty(), Optional.empty());
    }

    private BuildReport cachedBuild() {
        log.clear();
        return new SiteBuilder(BuildListener.of(log::add, w -> log.add("WARN " + w), f -> log.add("FINDING " + f)))
                .cachingIn(cache).build(options(out));
    }

    /** What a build without any cache writes. */
    private Map<String, String> freshSite() throws IOException {
        Path fresh = dir.resolve("fresh-" + System.nanoTime());
        new SiteBuilder(BuildListener.SILENT).build(options(fresh));
        return files(fresh);
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Arrays.toString(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private boolean reused() {
        return log.stream().anyMatch(l -> l.contains("unchanged since the last build"));
    }

    @Test
    void secondBuildOfUnchangedNotesWritesNothingAndLogsTheSameFindings() throws IOException {
        cachedBuild();
        List<String> first = List.copyOf(log);
        BuildReport second = cachedBuild();

        assertThat(reused()).isTrue();
        assertThat(second.changed()).isEmpty();
        assertThat(log).filteredOn(l -> l.startsWith("FINDING")).isEqualTo(first.stream().filter(l -> l.startsWith("FINDING")).toList())
                .singleElement().asString().contains("orm.md:5");
        assertThat(files(out)).isEqualTo(freshSite());
    }

    @Test
    void deletedSiteIsRestoredByteForByte() throws IOException {
        cachedBuild();
        SiteBuilderTestSupport.deleteTree(out);
        cachedBuild();

        assertThat(log).anyMatch(l -> l.contains("restored from the build cache"));
        assertThat(files(out)).isEqualTo(freshSite());
    }

    @Test
    void editedNoteMissesTheCache() throws IOException {
        cachedBuild();
        Files.writeString(content.resolve("views.md"), "# Views\n## What is a view?\nA callable.\n");
        cachedBuild();

        assertThat(reused()).isFalse();
        assertThat(files(out).keySet()).anyMatch(page -> read(out.resolve(page)).contains("A callable."));
        assertThat(files(out)).isEqualTo(freshSite());
    }

    @Test
    void corruptCachedFileIsNotTrusted() throws IOException {
        cachedBuild();
        // the cache holds hard links to the site: a byte changed in one is changed in both
        Path cached = cache.resolve("files/index.html");
        byte[] bytes = Files.readAllBytes(cached);
        bytes[bytes.length / 2] ^= 1;
        Files.write(cached, bytes);
        cachedBuild();

        assertThat(reused()).isFalse();
        assertThat(log).anyMatch(l -> l.contains("does not match its manifest at index.html"));
        assertThat(files(out)).isEqualTo(freshSite());
    }

    @Test
    void damagedManifestIsIgnored() throws IOException {
        cachedBuild();
        Path manifest = cache.resolve("manifest.txt");
        String text = Files.readString(manifest);
        Files.writeString(manifest, text.replaceFirst("counts \\d+", "counts 7"));
        Files.writeString(out.resolve("index.html"), "edited by hand");
        cachedBuild();

        assertThat(reused()).isFalse();
        assertThat(log).anyMatch(l -> l.contains("build cache") && l.contains("is damaged"));
        assertThat(files(out)).isEqualTo(freshSite());

        Files.writeString(manifest, text.substring(0, text.length() / 2));
        cachedBuild();
        assertThat(reused()).isFalse();
        assertThat(files(out)).isEqualTo(freshSite());
    }

    @Test
    void optionsAreOfTheKey() throws IOException {
        cachedBuild();
        log.clear();
        new SiteBuilder(BuildListener.of(log::add, log::add, f -> { })).cachingIn(cache)
                .build(new SiteOptions(content, dir.resolve("templates"), out, "Another title", Optional.empty(), Optional.empty()));

        assertThat(reused()).isFalse();
        assertThat(Files.readString(out.resolve("index.html"))).contains("Another title");
    }
}
