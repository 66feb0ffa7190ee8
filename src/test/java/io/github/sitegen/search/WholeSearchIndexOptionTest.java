package io.github.sitegen.search;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.dedup.DedupOptions;
import io.github.sitegen.dedup.Deduplicator;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SitePlanner;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.section.SectionTreeBuilder;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole-index files are written only when asked for; the parts the browser loads always, and the same either way. */
class WholeSearchIndexOptionTest {
    private static final List<String> WHOLE = List.of("search-index.json", "search-store.json", "search-docs.json");

    private static SiteModel site() {
        DocumentOutline note = new SectionTreeBuilder().build(new MarkdownConverter().convert(new SourceDocument("a.md",
                FrontMatter.NONE, "# A\n\n## What is an ORM?\n\nIt maps tables to classes.\n\n## What is a view?\n\nIt answers a request.\n", 1)));
        return new SitePlanner().plan("T", Optional.empty(), List.of(note),
                new Deduplicator(DedupOptions.DEFAULTS).deduplicate(List.of(note)));
    }

    private static List<SiteFile> files(boolean whole) {
        return new SearchFiles(whole).files(site());
    }

    @Test
    void byDefaultOnlyThePartsAreWritten() {
        List<String> paths = files(false).stream().map(SiteFile::path).toList();
        assertThat(paths).contains("search/manifest.js").doesNotContainAnyElementsOf(WHOLE).allMatch(p -> p.startsWith("search/"));
    }

    @Test
    void askedForTheWholeIndexStoreAndDocumentsComeAfterThePartsWhichAreUnchanged() {
        List<SiteFile> with = files(true);
        List<String> paths = with.stream().map(SiteFile::path).toList();
        assertThat(paths).containsAll(WHOLE);
        assertThat(paths.indexOf("search-index.json")).isGreaterThan(paths.indexOf("search/manifest.js"));
        assertThat(text(with.stream().filter(f -> !WHOLE.contains(f.path())).toList())).isEqualTo(text(files(false)));
    }

    private static List<String> text(List<SiteFile> files) {
        return files.stream().map(f -> f.path() + "\n" + new String(f.content(), StandardCharsets.UTF_8)).toList();
    }
}
