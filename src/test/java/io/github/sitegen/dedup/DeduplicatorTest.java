package io.github.sitegen.dedup;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.Section;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.section.SectionTreeBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeduplicatorTest {
    private static final String TRANSACTIONS = "Django wraps each view in a transaction when ATOMIC_REQUESTS is on, "
            + "and atomic blocks nest as savepoints so that an inner failure rolls back only its own work.";
    private final MarkdownConverter converter = new MarkdownConverter();
    private final SectionTreeBuilder sections = new SectionTreeBuilder(converter);

    private DocumentOutline note(String path, String markdown) {
        return sections.build(converter.convert(new SourceDocument(path, FrontMatter.NONE, markdown, 1)));
    }

    private static DedupResult dedup(DocumentOutline... notes) {
        return new Deduplicator(DedupOptions.DEFAULTS).deduplicate(List.of(notes));
    }

    private static List<DuplicateGroup> groups(DedupResult result, GroupKind kind) {
        return result.groups().stream().filter(g -> g.kind() == kind).toList();
    }

    private static List<String> places(DuplicateGroup group) {
        return group.members().stream().map(m -> m.section().source() + ":" + m.section().line()).toList();
    }

    @Test
    void copiesThatDifferOnlyInWhitespaceHeadingLevelNumberingOrEmphasisAreIdentical() {
        DocumentOutline a = note("a.md", "## 43. How does Django handle transactions?\n\n"
                + TRANSACTIONS.replace("atomic blocks", "**atomic** blocks") + "\n");
        DocumentOutline b = note("b.md", "# Notes\n\n#### *How   does Django handle transactions*\n"
                + TRANSACTIONS.replace(" each ", "\n  each   ") + "\n");
        DedupResult result = dedup(a, b);

        assertThat(groups(result, GroupKind.IDENTICAL)).singleElement().satisfies(g -> {
            assertThat(places(g)).containsExactly("a.md:1", "b.md:3");
            assertThat(g.members()).extracting(GroupMember::role).containsExactly(GroupMember.Role.CANONICAL, GroupMember.Role.COPY);
            assertThat(g.similarity()).isEqualTo(1.0);
        });
        assertThat(result.fold("b.md", "how---does-django-handle-transactions")).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(GroupKind.IDENTICAL);
            assertThat(f.target()).isEqualTo(new SectionKey("a.md", "43-how-does-django-handle-transactions"));
        });
        assertThat(result.isFolded("a.md", "43-how-does-django-handle-transactions")).isFalse();
    }

    @Test
    void aChangedWordIsNotACopy() {
        DocumentOutline a = note("a.md", "## How does Django handle transactions?\n" + TRANSACTIONS + "\n");
        DocumentOutline b = note("b.md", "## How does Django handle transactions?\n" + TRANSACTIONS.replace("inner", "outer") + "\n");
        DedupResult result = dedup(a, b);
        assertThat(groups(result, GroupKind.IDENTICAL)).isEmpty();
        assertThat(result.folds().values()).extracting(DedupResult.Fold::kind).doesNotContain(GroupKind.IDENTICAL);
    }

    @Test
    void aCopyNestedAtADifferentDepthIsACopyAndLinksToItsSubsectionsLandOnTheOriginals() {
        DocumentOutline a = note("a.md", "## What are signals?\nHooks that let one part of an app react to events in another part.\n"
                + "### Built-in signals\npre_save, post_save, pre_delete and post_delete fire around model saves and deletes.\n");
        DocumentOutline b = note("b.md", "# Part\n## Chapter\n### What are signals?\nHooks that let one part of an app react to events in another part.\n"
                + "##### Built-in signals\npre_save, post_save, pre_delete and post_delete fire around model saves and deletes.\n");
        DedupResult result = dedup(a, b);

        assertThat(result.fold("b.md", "what-are-signals")).map(DedupResult.Fold::target)
                .contains(new SectionKey("a.md", "what-are-signals"));
        assertThat(result.sameAs(new SectionKey("b.md", "built-in-signals"))).contains(new SectionKey("a.md", "built-in-signals"));
        // the copy's subsection is part of the copy, not a copy of its own
        assertThat(groups(result, GroupKind.IDENTICAL)).singleElement().satisfies(g -> assertThat(g.members()).hasSize(2));
    }

    @Test
    void aQuestionRepeatedThreeTimesIsShownOnceAndTheOtherTwoPlacesPointToIt() {
        String question = "### 12. What is Media Root?\nMEDIA_ROOT is the absolute folder where files that users upload are stored on disk.\n";
        DocumentOutline a = note("a.md", "# A\n" + question + "### Other\nSomething else entirely, long enough to be worth folding.\n" + question);
        DocumentOutline b = note("b.md", question);
        DedupResult result = dedup(a, b);

        assertThat(groups(result, GroupKind.IDENTICAL)).singleElement().satisfies(g -> {
            assertThat(places(g)).containsExactly("a.md:2", "a.md:6", "b.md:1");
            assertThat(g.members().subList(1, 3)).allSatisfy(m -> assertThat(result.fold(m.section().source(), m.section().anchor()))
                    .map(DedupResult.Fold::target).contains(g.canonical().section().key()));
        });
        assertThat(result.stats().identicalCopies()).isEqualTo(2);
    }

    @Test
    void theSameQuestionAskedInThreeNotesIsOneVariantGroupShownAtTheFirstPlace() {
        DocumentOutline interview = note("interview.md", "## 18. What are Django signals?\n"
                + "Signals let decoupled applications get notified when actions occur elsewhere in the framework.\n");
        DocumentOutline guide = note("guide.md", "# Guide\n## Signals\n### What are the signals in Django?\n"
                + "A dispatcher calls registered receiver functions whenever a sender emits the matching event.\n");
        DocumentOutline quick = note("quick.md", "*what are Django Signals?\nHooks that react to db events without tight coupling.\n");
        DedupResult result = dedup(interview, guide, quick);

        assertThat(groups(result, GroupKind.VARIANT)).singleElement().satisfies(g -> {
            assertThat(places(g)).containsExactly("interview.md:1", "guide.md:3", "quick.md:1");
            assertThat(g.members()).extracting(GroupMember::role).containsExactly(
                    GroupMember.Role.CANONICAL, GroupMember.Role.VARIANT, GroupMember.Role.VARIANT);
            assertThat(g.members().get(1).evidence()).startsWith("the same title words");
        });
        SectionKey canonical = new SectionKey("interview.md", "18-what-are-django-signals");
        assertThat(result.extras(canonical.source(), canonical.anchor()))
                .extracting(e -> e.member().section().documentTitle(), e -> e.shown().body().get(0).text())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Guide", "A dispatcher calls registered receiver functions whenever a sender emits the matching event."),
                        org.assertj.core.groups.Tuple.tuple("Quick", "Hooks that react to db events without tight coupling."));
        assertThat(result.fold("guide.md", "what-are-the-signals-in-django")).map(DedupResult.Fold::target).contains(canonical);
        assertThat(result.fold("quick.md", "what-are-django-signals")).map(DedupResult.Fold::kind).contains(GroupKind.VARIANT);
    }

    @Test
    void aNearIdenticalAnswerIsShownOnlyWithWhatItAdds() {
        String answer = "Overriding save lets you run custom logic every time a model instance is written to the database. "
                + "Always call super().save(*args, **kwargs) or nothing is stored at all.\n\n"
                + "Remember that bulk_create and queryset update never call save, so the custom logic is skipped there.\n";
        DocumentOutline a = note("a.md", "## 44. How do you override a save method in a model?\n" + answer);
        DocumentOutline b = note("b.md", "## How do I override the save method of a model?\n" + answer
                + "\nSignals such as pre_save are an alternative when the model is not yours to edit.\n");
        DedupResult result = dedup(a, b);

        assertThat(groups(result, GroupKind.NEAR)).singleElement().satisfies(g -> {
            assertThat(places(g)).containsExactly("a.md:1", "b.md:1");
            assertThat(g.members().get(1).role()).isEqualTo(GroupMember.Role.ADDITIONS);
            assertThat(g.similarity()).isBetween(0.5, 0.99);
        });
        assertThat(result.extras("a.md", "44-how-do-you-override-a-save-method-in-a-model"))
                .singleElement().satisfies(e -> assertThat(e.shown().body()).extracting(blk -> blk.text())
                        .containsExactly("Signals such as pre_save are an alternative when the model is not yours to edit."));
    }

    @Test
    void similarTitlesThatAskDifferentQuestionsAreLinkedAsRelatedNeverMerged() {
        DocumentOutline drf = note("drf.md", "## 1. What is the difference between APIView and ViewSet?\n"
                + "APIView maps HTTP methods to handlers; a ViewSet maps actions such as list and retrieve and needs a router.\n"
                + "## 55. What is the difference between APIView and GenericAPIView?\n"
                + "GenericAPIView adds queryset, serializer_class, pagination and filtering on top of the plain APIView.\n");
        DocumentOutline uploads = note("uploads.md", "## 47. How does Django handle file uploads under the hood?\n"
                + "Upload handlers stream chunks into memory or a temporary file depending on FILE_UPLOAD_MAX_MEMORY_SIZE.\n"
                + "## 28. How do you handle file uploads securely?\n"
                + "Validate extension and content type, limit the size, and never serve uploads from the code directory.\n"
                + "## What is caching?\nKeeping computed results to serve them again without recomputing them.\n"
                + "## How do you implement caching?\nConfigure CACHES and use cache_page, template fragments or the low-level API.\n");
        DedupResult result = dedup(drf, uploads);

        assertThat(result.folds()).isEmpty();
        assertThat(groups(result, GroupKind.VARIANT)).isEmpty();
        assertThat(groups(result, GroupKind.RELATED)).extracting(DeduplicatorTest::places).containsExactlyInAnyOrder(
                List.of("drf.md:1", "drf.md:3"), List.of("uploads.md:1", "uploads.md:3"), List.of("uploads.md:5", "uploads.md:7"));
        assertThat(result.related("drf.md", "1-what-is-the-difference-between-apiview-and-viewset"))
                .extracting(SectionRef::title).containsExactly("55. What is the difference between APIView and GenericAPIView?");
    }

    @Test
    void subsectionsThatTwoVariantsShareVerbatimAreShownOnce() {
        String shared = "### Isolation levels\nPostgreSQL defaults to READ COMMITTED; Django lets you change it in the OPTIONS of DATABASES.\n";
        DocumentOutline a = note("a.md", "## 43. How does Django handle database transactions?\nAutocommit by default, atomic() for blocks.\n" + shared);
        DocumentOutline b = note("b.md", "## 43. How does Django handle database transactions?\n"
                + "Each query commits at once unless it runs inside transaction.atomic, as a decorator or a with block.\n" + shared);
        DedupResult result = dedup(a, b);

        assertThat(groups(result, GroupKind.VARIANT)).singleElement().satisfies(g -> assertThat(places(g)).containsExactly("a.md:1", "b.md:1"));
        assertThat(result.fold("b.md", "isolation-levels")).hasValueSatisfying(f -> {
            assertThat(f.kind()).isEqualTo(GroupKind.IDENTICAL);
            assertThat(f.target()).isEqualTo(new SectionKey("a.md", "isolation-levels"));
        });
    }

    @Test
    void aSectionTooShortToBeWorthANoteStaysWhereItIs() {
        DocumentOutline a = note("a.md", "## Use Cases:\n- Soft deletes\n");
        DocumentOutline b = note("b.md", "## Use Cases:\n- Soft deletes\n");
        assertThat(dedup(a, b).groups()).isEmpty();
    }

    @Test
    void turnedOffNothingIsFoldedOrGrouped() {
        DocumentOutline a = note("a.md", "## What is Django?\nA Python web framework with batteries included for building sites.\n");
        DocumentOutline b = note("b.md", "## What is Django?\nA Python web framework with batteries included for building sites.\n");
        DedupResult result = new Deduplicator(DedupOptions.DISABLED).deduplicate(List.of(a, b));
        assertThat(result.groups()).isEmpty();
        assertThat(result.folds()).isEmpty();
        assertThat(result.stats().sections()).isEqualTo(2);
    }

    @Test
    void theSameNotesAlwaysGiveTheSameGroups() {
        List<DocumentOutline> notes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            notes.add(note("n" + i + ".md", "## What are Django signals?\nAnswer number " + i + " says signals decouple senders from receivers.\n"
                    + "## How do you deploy Django to production number " + (i % 3) + "?\nUse gunicorn behind nginx, version " + i + ".\n"));
        }
        DedupResult first = new Deduplicator(DedupOptions.DEFAULTS).deduplicate(notes);
        DedupResult second = new Deduplicator(DedupOptions.DEFAULTS).deduplicate(notes);
        assertThat(second.groups()).isEqualTo(first.groups());
        assertThat(second.folds()).isEqualTo(first.folds());
    }

    @Test
    void candidatePairsGrowLinearlyWithTheNumberOfQuestionsNotQuadratically() {
        int small = candidatePairs(300);
        int large = candidatePairs(1200);
        // four times the questions: all pairs would be sixteen times the work
        assertThat((double) large / small).isLessThan(6.0);
        assertThat(large).isLessThan(1200 * 1199 / 2 / 20);
    }

    /** Questions on a vocabulary of topics that overlap the way real notes do: a few common words, many rare ones. */
    private int candidatePairs(int count) {
        StringBuilder markdown = new StringBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        String[] common = {"model", "view", "query", "form", "cache", "signal", "test", "admin"};
        for (int i = 0; i < count; i++) {
            markdown.append("## How do you use ").append(common[random.nextInt(common.length)]).append(" with topic")
                    .append(i).append(" and area").append(random.nextInt(count / 4)).append("?\n");
            for (int w = 0; w < 40; w++) {
                markdown.append("word").append(random.nextInt(5000)).append(' ');
            }
            markdown.append("\n\n");
        }
        DedupResult result = dedup(note("many.md", markdown.toString()));
        assertThat(result.stats().questions()).isEqualTo(count);
        return result.stats().candidatePairs();
    }

    @Test
    void aQuestionNestedInsideAnotherQuestionTravelsWithItsAnswer() {
        DocumentOutline a = note("a.md", "## 67. How do atomic transactions happen in Django?\nAll or nothing, through transaction.atomic blocks.\n");
        DocumentOutline b = note("b.md", "## Question 67: How Atomic Transactions Happen in Django\n### What are atomic transactions?\n"
                + "A series of operations that either all succeed or all fail together.\n");
        DedupResult result = dedup(a, b);
        assertThat(groups(result, GroupKind.VARIANT)).singleElement().satisfies(g ->
                assertThat(places(g)).containsExactly("a.md:1", "b.md:1"));
        Section shown = result.extras("a.md", "67-how-do-atomic-transactions-happen-in-django").get(0).shown();
        assertThat(shown.children()).extracting(Section::title).containsExactly("What are atomic transactions?");
    }

    // issue 17: what carries no topic is learned from the guide, whatever its subject
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Kotlin", "Django", "Rust"})
    void theGuidesSubjectIsLearnedFromItsTitlesAndAsksNothing(String subject) {
        StringBuilder many = new StringBuilder("# Topics\n");
        for (int i = 0; i < 30; i++) {
            many.append("## ").append(i + 1).append(". What is ").append(subject).append(" feature").append((char) ('a' + i % 26))
                    .append(i / 26).append("?\nFeature number ").append(i).append(" of the language, explained briefly.\n");
        }
        DocumentOutline a = note("a.md", many + "## 31. What are " + subject + " coroutines?\nSuspendable computations that run concurrently.\n");
        DocumentOutline b = note("b.md", "## What are coroutines?\nLightweight threads that can suspend without blocking.\n");
        DedupResult result = dedup(a, b);
        assertThat(result.fold("b.md", "what-are-coroutines")).map(DedupResult.Fold::kind).contains(GroupKind.VARIANT);
    }

    @Test
    void aTitleThatAddsAWordToTheOneBeforeItInOneListIsAnotherQuestion() {
        String answer = "Copy it with the spread syntax and set the copy, never the object held in state: setUser({...user, age: 42}).";
        DocumentOutline a = note("a.md", "## 256. How do you update objects inside state?\n" + answer + "\n"
                + "## 257. How do you update nested objects inside state?\n" + answer + " Copy each level you change.\n");
        DedupResult result = dedup(a);
        assertThat(result.folds()).isEmpty();
        assertThat(groups(result, GroupKind.LINKED)).isEmpty();
    }

    @Test
    void aTitleManyQuestionsOfANoteShareIsATemplateAndNeverMakesThemOne() {
        StringBuilder puzzles = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            puzzles.append("## ").append(i).append(". What is the output of the following code?\n```js\nconsole.log(")
                    .append(i).append(" + '").append(i * 7).append("');\n```\nIt prints ").append(i).append(i * 7).append(".\n");
        }
        DedupResult result = dedup(note("puzzles.md", puzzles.toString()));
        assertThat(result.folds()).isEmpty();
        assertThat(groups(result, GroupKind.LINKED)).isEmpty();
    }

    @Test
    void aTableOfContentsIsNoQuestion() {
        String contents = "<details>\n<summary>Hide/Show table of contents</summary>\n\n| No. | Questions |\n|---|---|\n"
                + "| 1 | [What is A?](#what-is-a) |\n| 2 | [What is B?](#what-is-b) |\n| 3 | [What is C?](#what-is-c) |\n\n</details>\n\n";
        DocumentOutline a = note("a.md", contents + "## What is A?\nA is a letter.\n## What is B?\nB is a letter.\n## What is C?\nC is a letter.\n"
                + contents.replace("What is", "Why is").replace("what-is", "why-is") + "## Why is A?\nBecause.\n## Why is B?\nBecause.\n## Why is C?\nBecause.\n");
        assertThat(dedup(a).groups()).extracting(DuplicateGroup::kind).doesNotContain(GroupKind.VARIANT, GroupKind.NEAR, GroupKind.LINKED);
    }

    @Test
    void aQuestionThatMayBeTheSameIsLinkedBothWaysAndStaysWhereItWasWritten() {
        DocumentOutline a = note("a.md", "## How do you use generic views?\nSubclass ListView or DetailView and set model and template_name.\n");
        DocumentOutline b = note("b.md", "## What are generic views and when should you use them?\nListView and DetailView cover lists and details.\n");
        DedupResult result = dedup(a, b);
        assertThat(result.folds()).isEmpty();
        assertThat(groups(result, GroupKind.LINKED)).singleElement().satisfies(g -> {
            assertThat(places(g)).containsExactly("a.md:1", "b.md:1");
            assertThat(g.members().get(1).evidence()).startsWith("the same title words, asking for different kinds of answer");
        });
        assertThat(result.alsoAsked("a.md", "how-do-you-use-generic-views")).extracting(SectionRef::line).containsExactly(1);
        assertThat(result.alsoAsked("b.md", "what-are-generic-views-and-when-should-you-use-them")).extracting(SectionRef::source)
                .containsExactly("a.md");
    }

    @Test
    void noQuestionGathersMoreThanAHandfulOfOthersOnOrdinaryEvidence() {
        String[] answers = {"Keeping results in memory.", "Storing pages for later requests.", "A faster copy of slow data.",
                "Redis holds computed values.", "Saving work already done.", "Fragments kept between renders.",
                "Responses reused by proxies.", "Values remembered per user."};
        List<DocumentOutline> notes = new ArrayList<>();
        for (int i = 0; i < answers.length; i++) {
            notes.add(note("n" + i + ".md", "## What is caching?\n" + answers[i] + "\n"));
        }
        DedupResult result = new Deduplicator(DedupOptions.DEFAULTS).deduplicate(notes);
        assertThat(groups(result, GroupKind.VARIANT)).allSatisfy(g -> assertThat(g.members()).hasSizeLessThanOrEqualTo(Deduplicator.GROUP_LIMIT));
        // the first five in one group; the three after it in a group of their own, linked to the first
        assertThat(groups(result, GroupKind.VARIANT)).extracting(g -> g.members().size()).containsExactly(5, 3);
        assertThat(groups(result, GroupKind.LINKED)).singleElement().satisfies(g -> assertThat(places(g)).containsExactly("n0.md:1", "n5.md:1"));
    }
}
