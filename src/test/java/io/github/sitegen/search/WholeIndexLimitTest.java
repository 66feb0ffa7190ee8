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

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole-index files are written up to a number of documents; the parts the browser loads always. */
class WholeIndexLimitTest {
    private static SiteModel site() {
        DocumentOutline note = new SectionTreeBuilder().build(new MarkdownConverter().convert(new SourceDocument("a.md",
                FrontMatter.NONE, "# A\n\n## What is an ORM?\n\nIt maps tables to classes.\n\n## What is a view?\n\nIt answers a request.\n", 1)));
        return new SitePlanner().plan("T", Optional.empty(), List.of(note),
                new Deduplicator(DedupOptions.DEFAULTS).deduplicate(List.of(note)));
    }

    private static List<String> paths(SearchFiles files) {
        return files.files(site()).stream().map(SiteFile::path).toList();
    }

    @Test
    void atOrBelowTheLimitTheWholeIndexStoreAndDocumentsAreWrittenAfterTheParts() {
        List<String> paths = paths(new SearchFiles(1_000));
        assertThat(paths).contains("search/manifest.js", "search-index.json", "search-store.json", "search-docs.json");
        assertThat(paths.indexOf("search-index.json")).isGreaterThan(paths.indexOf("search/manifest.js"));
    }

    @Test
    void aboveTheLimitOnlyThePartsAndLunrAreWritten() {
        List<String> paths = paths(new SearchFiles(1));
        assertThat(paths).contains("search/manifest.js", "assets/lunr.min.js")
                .doesNotContain("search-index.json", "search-store.json", "search-docs.json");
    }
}
