package io.github.sitegen.model;

import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.section.SectionTreeBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AnchorIndexTest {
    private final AnchorIndex index;

    AnchorIndexTest() {
        MarkdownConverter converter = new MarkdownConverter();
        SectionTreeBuilder sections = new SectionTreeBuilder();
        var guide = sections.build(converter.convert(new SourceDocument("guide/complete.md", FrontMatter.NONE,
                "# Guide\n## URLs & Routing\n### What are URLs?\n## QuerySets & Database Queries\n### Basic Queries\n", 1)));
        var other = sections.build(converter.convert(new SourceDocument("other.md", FrontMatter.NONE, "# Other\n## Signals\n", 1)));
        index = new SitePlanner().plan("T", Optional.empty(), List.of(guide, other)).anchors();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "#what-are-urls | x | complete/urls--routing.html#what-are-urls",
            "#querysets | QuerySets & Database Queries | complete/querysets--database-queries.html#querysets--database-queries",
            "#urls | URLs | complete/urls--routing.html#urls--routing",
            "#basic-queries-x | Basic Queries | complete/querysets--database-queries.html#basic-queries",
            "../other.md | Other | other/signals.html",
            "../other.md#signals | Signals | other/signals.html#signals",
            "%2E%2E/other.md#signals | s | other/signals.html#signals",
    })
    void linksWrittenAgainstTheNotesFindThePageTheirHeadingLandedOn(String href, String text, String expected) {
        assertThat(index.resolve("guide/complete.md", href, text)).contains(expected);
    }

    @Test
    void aLinkToNothingIsEmptyNotAGuess() {
        assertThat(index.resolve("guide/complete.md", "#deployment", "Deployment")).isEmpty();
        assertThat(index.resolve("guide/complete.md", "missing.md", "x")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"#a,true", "notes.md,true", "../x.md#y,true", "https://docs.djangoproject.com,false",
            "mailto:a@b.c,false", "/abs.md,false", "image.png,false", "javascript:alert(1),false"})
    void onlyFragmentsAndRelativeNotesAreInternal(String href, boolean internal) {
        assertThat(AnchorIndex.isInternal(href)).isEqualTo(internal);
    }
}
