package io.github.sitegen.model;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.section.SectionTreeBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SitePlannerTest {
    private final MarkdownConverter converter = new MarkdownConverter();
    private final SectionTreeBuilder sections = new SectionTreeBuilder();

    private DocumentOutline outline(String path, String markdown) {
        return outline(path, FrontMatter.NONE, markdown);
    }

    private DocumentOutline outline(String path, FrontMatter frontMatter, String markdown) {
        return sections.build(converter.convert(new SourceDocument(path, frontMatter, markdown, 1)));
    }

    private SiteModel plan(DocumentOutline... docs) {
        return new SitePlanner().plan("Guide", Optional.empty(), List.of(docs));
    }

    private static List<String> titles(SiteModel site) {
        return site.pages().stream().map(Page::title).toList();
    }

    @Test
    void eachChapterOfANoteBecomesAPageAndTheTitleH1LeadsTheFirst() {
        SiteModel site = plan(outline("orm.md", "# ORM\nIntro.\n## Models\n### What is a model?\nA class.\n## Queries\ntext\n"));
        assertThat(site.pages()).extracting(Page::url).containsExactly("orm/models.html", "orm/queries.html");
        Page first = site.pages().get(0);
        assertThat(first.lead()).extracting(h -> h.text()).containsExactly("ORM");
        assertThat(first.intro()).extracting(b -> b.text()).containsExactly("Intro.");
        assertThat(first.questions()).extracting(s -> s.title()).containsExactly("What is a model?");
    }

    @Test
    void aPartHeadingGroupsItsChaptersInTheBreadcrumbAndKeepsReadingOrder() {
        SiteModel site = plan(outline("qa.md",
                "# Q&A\n## Django\ntext\n# Interview Questions\n## Basic\ntext\n## Advanced\ntext\n## 43. What is X?\nanswer\n"));
        assertThat(titles(site)).containsExactly("Django", "Basic", "Advanced", "What is X?");
        assertThat(site.pages().get(1).trail()).containsExactly("Interview Questions");
        assertThat(site.pages().get(1).lead()).extracting(h -> h.text()).containsExactly("Interview Questions");
        assertThat(site.pages().get(3).trail()).containsExactly("Interview Questions");
    }

    @Test
    void aQuestionAtChapterLevelIsNotAChapterOfItsOwn() {
        SiteModel site = plan(outline("qa.md", "# Q&A\n## Topics\ntext\n## 1. What is A?\na\n## 2. What is B?\nb\n"));
        assertThat(titles(site)).containsExactly("Topics", "Questions 1–2: What is A? …");
        assertThat(site.pages().get(1).url()).isEqualTo("qa/questions-1-2.html");
    }

    @Test
    void aShortNoteWithoutHeadingsIsOnePageNamedAfterTheNote() {
        FrontMatter titled = new FrontMatter(Optional.of("Quick Notes"), Optional.empty(), OptionalInt.empty());
        SiteModel site = plan(outline("quick.md", titled, "*URLs-> mapping\n\n* Middleware?\n-> processors\n"));
        assertThat(site.pages()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Quick Notes");
            assertThat(p.questions()).extracting(s -> s.title()).containsExactly("URLs", "Middleware?");
        });
    }

    @Test
    void aLongNoteWithoutChaptersIsCutIntoTitledPartsAtSectionBoundaries() {
        String paragraph = "word ".repeat(4000);
        String markdown = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> "### Topic " + i + "\n" + paragraph + "\n")
                .collect(Collectors.joining("\n"));
        SiteModel site = plan(outline("long.md", markdown));
        assertThat(site.pages()).hasSizeGreaterThan(1);
        assertThat(site.pages()).allSatisfy(p -> assertThat(p.title()).startsWith("Part ").doesNotEndWith(": "));
        assertThat(site.pages().get(0).title()).isEqualTo("Part 1: Topic 1 · Topic 2");
        assertThat(site.pages().stream().mapToInt(p -> p.sections().size()).sum()).isEqualTo(12);
    }

    @Test
    void notesAreOrderedByFrontMatterOrderThenPath() {
        FrontMatter first = new FrontMatter(Optional.empty(), Optional.empty(), OptionalInt.of(1));
        SiteModel site = plan(outline("a.md", "# A\n"), outline("z.md", first, "# Z\n"), outline("b.md", "# B\n"));
        assertThat(site.sources()).extracting(SourceEntry::path).containsExactly("z.md", "a.md", "b.md");
    }

    @Test
    void twoNotesWithTheSameFileNameGetDifferentFolders() {
        SiteModel site = plan(outline("a/notes.md", "# One\n"), outline("b/notes.md", "# Two\n"));
        assertThat(site.pages()).extracting(Page::url).containsExactly("notes/one.html", "notes-1/two.html");
    }

    @Test
    void aSectionShownElsewhereIsOnlyANoteOnItsPageAndNoQuestionOfIt() {
        String answer = "### What is Media Root?\nMEDIA_ROOT is the absolute folder where uploaded files are stored on disk.\n";
        DocumentOutline a = outline("a.md", "# A\n## Files\n" + answer);
        DocumentOutline b = outline("b.md", "# B\n## Uploads\n" + answer + "### What is MEDIA_URL?\nThe URL uploads are served under.\n");
        List<DocumentOutline> notes = List.of(a, b);
        SiteModel site = new SitePlanner().plan("Guide", Optional.empty(), notes,
                new io.github.sitegen.dedup.Deduplicator(io.github.sitegen.dedup.DedupOptions.DEFAULTS).deduplicate(notes));
        Page uploads = site.pages().get(1);
        assertThat(uploads.folded()).containsExactly("what-is-media-root");
        assertThat(uploads.questions()).extracting(s -> s.title()).containsExactly("What is MEDIA_URL?");
        assertThat(site.questionCount()).isEqualTo(2);
        // links written to the copy land where its text is shown
        assertThat(site.anchors().resolve("b.md", "#what-is-media-root", "x")).contains("a/files.html#what-is-media-root");
        assertThat(site.anchors().placement("b.md", "what-is-media-root")).contains("a/files.html#what-is-media-root");
    }

    @Test
    void anotherAnswerToAQuestionIsPlacedUnderTheFirstAnswerWithAnIdOfItsOwn() {
        DocumentOutline a = outline("a.md", "# A\n## Signals\n### What are Django signals?\nHooks between decoupled parts of an app.\n");
        // the same title words: two notes are too few to tell that "Django" is their subject (issue 17)
        DocumentOutline b = outline("notes/b.md", "# B\n## Events\n### What are Django signals?\nA dispatcher calls receivers when a sender emits.\n");
        List<DocumentOutline> notes = List.of(a, b);
        SiteModel site = new SitePlanner().plan("Guide", Optional.empty(), notes,
                new io.github.sitegen.dedup.Deduplicator(io.github.sitegen.dedup.DedupOptions.DEFAULTS).deduplicate(notes));
        assertThat(site.anchors().placement("notes/b.md", "what-are-django-signals")).contains("a/signals.html#notes-b.what-are-django-signals");
        assertThat(site.pages().get(1).questions()).isEmpty();
    }

    @Test
    void aNoteThatRepeatsAnotherWholeIsOnePageWithANotePointingToIt() {
        String markdown = "# Signals\nHooks between decoupled parts of an application, fired on saves and deletes.\n"
                + "## Built-in signals\npre_save and post_save fire around every call of Model.save().\n";
        List<DocumentOutline> notes = List.of(outline("a.md", markdown), outline("b.md", markdown));
        SiteModel site = new SitePlanner().plan("Guide", Optional.empty(), notes,
                new io.github.sitegen.dedup.Deduplicator(io.github.sitegen.dedup.DedupOptions.DEFAULTS).deduplicate(notes));
        Page copy = site.sources().get(1).pages().get(0);
        assertThat(site.sources().get(1).pages()).hasSize(1);
        assertThat(copy.lead()).isEmpty();
        assertThat(copy.folded()).containsExactly("signals");
        assertThat(copy.allSections()).isEmpty();
        assertThat(site.anchors().resolve("b.md", "#built-in-signals", "x")).contains("a/built-in-signals.html#built-in-signals");
    }

    @Test
    void aNotesOwnTableOfContentsIsItsIndexOnTheFirstPageNotAChapter() {
        StringBuilder md = new StringBuilder("# Questions\n\n## Table of Contents\n\n");
        for (int i = 1; i <= 4; i++) {
            md.append("- [What is ").append(i).append("?](#what-is-").append(i).append(")\n");
        }
        md.append('\n');
        for (int i = 1; i <= 4; i++) {
            md.append(i).append(". ### What is ").append(i).append("?\n\n   Answer ").append(i).append(".\n\n");
        }
        DocumentOutline doc = outline("qa.md", md.toString());
        assertThat(doc.indexes()).containsExactly("table-of-contents");
        assertThat(doc.sections().get(0).children()).extracting(s -> s.title())
                .containsExactly("Table of Contents", "1. What is 1?", "2. What is 2?", "3. What is 3?", "4. What is 4?");
        SiteModel site = plan(doc);
        assertThat(titles(site)).containsExactly("Questions 1–4: What is 1? …");
        assertThat(site.pages().get(0).questions()).hasSize(4);
        assertThat(site.anchors().resolve("qa.md", "#what-is-3", "")).contains("qa/questions-1-4.html#what-is-3");
    }

    @Test
    void aChapterWithAFewLinksAmongItsProseIsNoIndex() {
        DocumentOutline doc = outline("qa.md", "# Q\n\n## Intro\n\n" + "Prose that explains a lot. ".repeat(10)
                + "\n\n- [a](#a)\n- [b](#b)\n- [c](#c)\n\n## A\n\ntext\n\n## B\n\ntext\n\n## C\n\ntext\n");
        assertThat(doc.indexes()).isEmpty();
    }

    @Test
    void pagesOfUnnumberedQuestionsAreNamedByTheirPlaceAndFirstQuestion() {
        StringBuilder md = new StringBuilder("# Q\n\n");
        for (int i = 1; i <= 30; i++) {
            md.append("<details><summary>How does feature ").append(i).append(" work?</summary>\n\n")
                    .append(("Answer " + i + " explains the feature at length. ").repeat(120)).append("\n\n</details>\n\n");
        }
        SiteModel site = plan(outline("d.md", md.toString()));
        assertThat(site.pages().size()).isGreaterThan(1);
        assertThat(site.pages().get(0).title()).startsWith("Questions 1–").endsWith(": How does feature 1 work? …");
        assertThat(site.pages().get(0).url()).startsWith("d/questions-1-");
        assertThat(site.pages().stream().mapToInt(p -> p.questions().size()).sum()).isEqualTo(30);
    }

    @Test
    void aLinkToAHeadingInsideAQuoteLandsWhereTheQuoteIsShown() {
        SiteModel site = plan(outline("q.md", "# Q\n## One\ntext\n## Two\n> ### Quoted part\n> text\n"));
        assertThat(site.anchors().resolve("q.md", "#quoted-part", "")).contains("q/two.html#quoted-part");
    }

    @Test
    void anIndexOfChaptersOpensTheFirstChaptersPageInsteadOfAPageOfItsOwn() {
        SiteModel site = plan(outline("g.md", "# Guide\n\n## Contents\n\n- [Models](#models)\n- [Views](#views)\n- [Forms](#forms)\n\n"
                + "## Models\ntext\n## Views\ntext\n## Forms\ntext\n"));
        assertThat(titles(site)).containsExactly("Models", "Views", "Forms");
        assertThat(site.pages().get(0).sections()).extracting(s -> s.title()).containsExactly("Contents", "Models");
        assertThat(site.anchors().resolve("g.md", "#contents", "")).contains("g/models.html#contents");
        assertThat(site.anchors().resolve("g.md", "#views", "")).contains("g/views.html#views");
    }
}
