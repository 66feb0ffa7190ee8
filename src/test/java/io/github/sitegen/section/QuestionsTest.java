package io.github.sitegen.section;

import io.github.sitegen.support.ShortStrings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "What is the purpose of Django's middleware?",
            "43. How does Django handle database transactions?",
            "1. **What is the Django ORM and how does it work?**",
            "2. Explain Django's MTV architecture",
            "Understanding select_related vs prefetch_related",
            "Question 68: Steps in Deployment of Django Application",
            "Difference between null and blank",
    })
    void recognisesQuestionsHoweverTheyAreWritten(String heading) {
        assertThat(Questions.isQuestion(heading)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Django ORM", "Core Concepts", "Step 1: Install Django", "1. **Models**", "Summary", "Example Usage"})
    void topicHeadingsAreNotQuestions(String heading) {
        assertThat(Questions.isQuestion(heading)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "43. How does Django handle database transactions? | how does django handle database transactions?",
            "Question 67: How Atomic Transactions Happen | how atomic transactions happen",
            "**What  is   Django?** | what is django?",
            "Ｆｕｌｌｗｉｄｔｈ ＳＱＬ | fullwidth sql",
    })
    void normalisedFormDropsNumberingEmphasisCaseAndSpacing(String heading, String expected) {
        assertThat(Questions.normalise(heading)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "43. How does Django handle database transactions? | how does django handle database transactions",
            "**What is Django?** | what is django",
            "Use Cases: | use cases",
            "Explain `values()` ... | explain values()",
    })
    void theComparisonKeyAlsoDropsTrailingPunctuation(String heading, String expected) {
        assertThat(Questions.key(heading)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"**Answer:**", "Answer: yes", "Ans. It is", "A: it is"})
    void answerLabelsAreRecognised(String text) {
        assertThat(Questions.isAnswerLabel(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Answers vary", "Another thing", "An answer: maybe"})
    void wordsThatMerelyStartLikeAnAnswerLabelAreNot(String text) {
        assertThat(Questions.isAnswerLabel(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"7. Give a brief about the admin,true", "Question 68: Steps,true", "**12.** Topic,true",
            "Step 1: Install,false", "Models,false", "2024 was a year,false"})
    void numberedInterviewEntriesAreRecognised(String heading, boolean numbered) {
        assertThat(Questions.isNumbered(heading)).isEqualTo(numbered);
    }

    /** What {@link Questions#normalise} says, each step always taken: its shortcuts must not change a result. */
    private static String plainNormalise(String heading) {
        String text = Normalizer.normalize(heading, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = text.replaceAll("[*_`]+", "").replaceAll("\\s+", " ").strip();
        return text.replaceFirst("(?i)^(?:(?:q(?:uestion)?\\s*)?\\d+(?:\\.\\d+)*[.):]?|step\\s+\\d+[.:]?|example\\s+\\d+[.:]?)\\s+", "")
                .strip();
    }

    @Test
    void normalisesEveryShortHeadingAsEveryStepWouldHave() {
        // ASCII and other white space, emphasis, numbering, a ligature, an accent
        List<String> all = ShortStrings.upTo(5, 'q', '1', '.', ' ', '*', '`', '\t', '\u00a0', '\ufb01', 'E');
        assertThat(all.stream().filter(h -> !Questions.normalise(h).equals(plainNormalise(h))).toList())
                .as("headings normalised differently").isEmpty();
        assertThat(Questions.normalise("Q12. What is  an **ORM**?")).isEqualTo("what is an orm?");
    }
}
