package io.github.sitegen.check;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.section.SectionTreeBuilder;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicateQuestionsTest {
    private static final String ANSWER = "Django is a high-level Python web framework that encourages rapid development.";

    private static DocumentOutline note(String path, String markdown) {
        return new SectionTreeBuilder().build(new MarkdownConverter().convert(new SourceDocument(path, FrontMatter.NONE, markdown, 1)));
    }

    private static List<String> check(DocumentOutline... notes) {
        return new NearDuplicateQuestions().check(Arrays.asList(notes)).stream().map(Finding::toString).toList();
    }

    @Test
    void aCopyWithATypoInTheAnswerIsReportedAtTheLaterCopyNamingTheEarlierOneAndTheWords() {
        assertThat(check(
                note("a.md", "# A\n## What is Django?\n" + ANSWER + "\n"),
                note("b.md", "# B\n\n## 7. What is Django?\n" + ANSWER.replace("framework", "framwork") + "\n")))
                .containsExactly("b.md:3: question \"7. What is Django?\" repeats the one at a.md:2 except for \"framwork\""
                        + " where that one has \"framework\": if that is a typo, make both copies read the same");
    }

    @Test
    void aCopyWithATypoInTheHeadingIsFoundThroughItsIdenticalAnswer() {
        assertThat(check(note("a.md", "# A\n## What is Django?\n" + ANSWER + "\n## What is Djnago?\n" + ANSWER + "\n")))
                .singleElement().asString().startsWith("a.md:4: question \"What is Djnago?\" repeats the one at a.md:2 except for \"djnago?\"");
    }

    @Test
    void twoSwappedLettersCountAsOneTypo() {
        // "is a queryset lazy?\nyes." is short enough to allow one edit only; plain Levenshtein counts a swap as two
        assertThat(NearDuplicateQuestions.allowedEdits("is a queryset lazy?\nyes.".length())).isEqualTo(1);
        assertThat(check(note("a.md", "# A\n## Is a queryset lazy?\nYes.\n## Is a queyrset lazy?\nYes.\n")))
                .singleElement().asString().contains("except for \"queyrset\" where that one has \"queryset\"");
    }

    @Test
    void exactCopiesAreNotReported() {
        assertThat(check(note("a.md", "# A\n## 1. What is Django?\n" + ANSWER + "\n## **12. What is Django?**\n" + ANSWER + "\n"))).isEmpty();
    }

    @Test
    void theSameQuestionWithADifferentAnswerIsNotATypo() {
        assertThat(check(note("a.md", "# A\n## What is Django?\n" + ANSWER + "\n## What is Django?\nA framework with batteries included, from 2005.\n"))).isEmpty();
    }

    @Test
    void shortTextsAllowFewerEditsSoADifferentShortAnswerIsNotATypo() {
        assertThat(check(note("a.md", "# A\n## Is it lazy?\nYes\n## Is it lazy?\nNo\n"))).isEmpty();
    }

    @Test
    void questionsThatShareNeitherHeadingNorAnswerAreNeverCompared() {
        // one edit apart in heading and one in answer: two typos, and no shared key to find them by
        assertThat(check(note("a.md", "# A\n## What is a model class?\n" + ANSWER + "\n## What is a model clas?\n"
                + ANSWER.replace("rapid", "rapids") + "\n"))).isEmpty();
    }
}
