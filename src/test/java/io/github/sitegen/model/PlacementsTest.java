package io.github.sitegen.model;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.dedup.DedupOptions;
import io.github.sitegen.dedup.Deduplicator;
import io.github.sitegen.dedup.GroupKind;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.section.SectionTreeBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Notes in, placement out: what each page shows, under which id, and where links to each heading land. */
class PlacementsTest {
    private static final String ORM = "## What is an ORM?\n\nAn ORM maps database tables to Python classes, so that queries are written as code.\n";

    private static DocumentOutline note(String path, String markdown) {
        return new SectionTreeBuilder().build(new MarkdownConverter().convert(new SourceDocument(path, FrontMatter.NONE, markdown, 1)));
    }

    private static SiteModel plan(DocumentOutline... notes) {
        List<DocumentOutline> outlines = List.of(notes);
        return new SitePlanner().plan("T", Optional.empty(), outlines, new Deduplicator(DedupOptions.DEFAULTS).deduplicate(outlines));
    }

    @Test
    void anIdenticalCopyIsANoteOnItsPageAndLinksToItLandWhereTheOriginalIsShown() {
        SiteModel site = plan(note("a.md", "# A\n\n" + ORM), note("b.md", "# B\n\nIntro.\n\n" + ORM));
        PageLayout first = site.placement().pages().get(0);
        PageLayout copy = site.placement().pages().get(1);
        Place original = ((PageItem.Shown) first.items().get(0)).place();
        assertThat(original).isEqualTo(new Place(first.page().url(), "what-is-an-orm"));

        PageItem.Copy note = ((PageItem.Elsewhere) copy.items().get(0)).copies().get(0);
        assertThat(note.kind()).isEqualTo(GroupKind.IDENTICAL);
        assertThat(note.target()).isEqualTo(original);
        assertThat(site.placement().landing("b.md", "what-is-an-orm")).contains(original);
        assertThat(copy.questions()).isEmpty();
        assertThat(copy.blocks()).extracting(b -> b.text()).containsExactly("Intro.");
    }

    @Test
    void anotherNotesAnswerIsShownUnderTheQuestionWithAnIdOfItsOwn() {
        SiteModel site = plan(note("a.md", "# A\n\n## What is an ORM?\n\nIt maps tables to classes and rows to objects in Django.\n"),
                note("b.md", "# B\n\n## What is an ORM?\n\nAn object relational mapper: you query the database with Python, not SQL.\n"));
        PageItem.Shown question = (PageItem.Shown) site.placement().pages().get(0).items().get(0);
        assertThat(question.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.number()).isEqualTo(2);
            assertThat(answer.place()).isEqualTo(new Place(question.place().page(), AnchorIndex.movedAnchor("b.md", "what-is-an-orm")));
            assertThat(site.placement().landing("b.md", "what-is-an-orm")).contains(answer.place());
        });
    }

    @Test
    void thePlaceOfAPageWithoutIdIsThePageItself() {
        assertThat(new Place("a/b.html", "").href()).isEqualTo("a/b.html");
        assertThat(new Place("a/b.html", "x").href()).isEqualTo("a/b.html#x");
    }
}
