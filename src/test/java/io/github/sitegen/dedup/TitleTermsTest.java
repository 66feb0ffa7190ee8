package io.github.sitegen.dedup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TitleTermsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What are Django signals and how are they used?  | 40. What are Django Signals?",
            "Explain select_related() vs prefetch_related()  | Understanding select_related vs prefetch_related",
            "How would you deploy a Django application?      | Question 68: Steps in Deployment of Django Application",
            "Middleware in Django?                           | What is the purpose of Django's middleware?",
            "67. How atomic transactions happen in Django?   | Question 67: How Atomic Transactions Happen in Django",
            "**What is Django?**                             | 5. What are the Features of using Django?",
    })
    void theSameQuestionWrittenDifferentlyReachesTheThreshold(String a, String b) {
        assertThat(TitleTerms.of(a).similarity(TitleTerms.of(b))).isGreaterThanOrEqualTo(DedupOptions.DEFAULT_TITLE_SIMILARITY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What is the difference between APIView and ViewSet?  | What is the difference between APIView and GenericAPIView?",
            "How does Django handle file uploads under the hood?  | How do you handle file uploads securely?",
            "What are Django signals?                             | What are signals pitfalls and how to avoid them?",
            "What are Django signals?                             | When NOT to use signals",
            "What is caching?                                     | How do you implement caching in Django?",
            "Why test?                                            | How do you write tests in Django?",
            "How do you connect your Django project to the database? | How to connect 2 databases in Django?",
            "Types of Serializers in Django?                      | What are Serializers?",
    })
    void differentQuestionsOnOneTopicStayBelowItButAreRelated(String a, String b) {
        TitleTerms x = TitleTerms.of(a);
        TitleTerms y = TitleTerms.of(b);
        assertThat(x.similarity(y)).isLessThan(DedupOptions.DEFAULT_TITLE_SIMILARITY);
        assertThat(x.topicSimilarity(y)).isGreaterThanOrEqualTo(DedupOptions.DEFAULT_RELATED_SIMILARITY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What are Django signals and how are they used? | WHAT | signal",
            "Explain how DRF's ViewSet and Router work together | HOW | router together viewset",
            "What is the purpose of EXPLAIN in PostgreSQL? | WHAT | explain postgresql",
            "What is Django? | WHAT | django",
            "URLs in django | ANY | url",
            "When NOT to Use Signals | WHEN | not signal",
    })
    void titlesComeDownToTheKindOfAnswerAndTheTopicWords(String title, TitleTerms.Kind kind, String terms) {
        TitleTerms t = TitleTerms.of(title);
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(String.join(" ", t.terms())).isEqualTo(terms);
    }
}
