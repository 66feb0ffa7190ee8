package io.github.sitegen.links;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SitePlanner;
import io.github.sitegen.section.SectionTreeBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes in, resolved links out: the links stage needs no rendering. */
class LinkResolverTest {
    private static DocumentOutline note(String path, String markdown) {
        return new SectionTreeBuilder().build(new MarkdownConverter().convert(new SourceDocument(path, FrontMatter.NONE, markdown, 1)));
    }

    private static Links links(DocumentOutline... notes) {
        SiteModel site = new SitePlanner().plan("T", Optional.empty(), List.of(notes));
        return new LinkResolver().resolve(List.of(notes), site.anchors());
    }

    @Test
    void aLinkToAnotherNotesHeadingLeadsToThePageAndIdWhereItLanded() {
        Links links = links(note("a.md", "# A\n\nSee [signals](b.md#signals).\n"), note("b.md", "# B\n## Signals\n\ntext\n"));
        assertThat(links.target("a.md", "b.md#signals", "signals")).contains("b/signals.html#signals");
        assertThat(links.findings()).isEmpty();
    }

    @Test
    void aLinkInAHeadingIsResolvedToo() {
        Links links = links(note("a.md", "# A\n## See [the other](#other)\n\ntext\n## Other\n\nmore\n"));
        assertThat(links.target("a.md", "#other", "the other")).isPresent();
    }

    @Test
    void aLinkThatLeadsNowhereIsAFindingWithItsLineAndNoTarget() {
        Links links = links(note("a.md", "# A\n\ntext\n\nSee [there](#nowhere).\n"));
        assertThat(links.findings()).containsExactly(new Finding("a.md", 5,
                "link '#nowhere' points to no heading of the note: fix the #fragment, or the heading it should match"));
        assertThat(links.target("a.md", "#nowhere", "there")).isEmpty();
    }

    @Test
    void linksThatLeaveTheGuideAreNotItsBusiness() {
        Links links = links(note("a.md", "# A\n\n[web](https://example.org/x.md) and [file](/abs.md)\n"));
        assertThat(links.targets()).isEmpty();
        assertThat(links.findings()).isEmpty();
    }
}
