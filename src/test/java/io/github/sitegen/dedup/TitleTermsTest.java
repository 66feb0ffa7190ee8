package io.github.sitegen.dedup;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TitleTermsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What are Django signals and how are they used?         | WHAT    | django signal",
            "Explain how DRF's ViewSet and Router work together      | HOW     | drf router together viewset",
            "What is the purpose of EXPLAIN in PostgreSQL?           | WHAT    | explain postgresql",
            "What is Django?                                         | WHAT    | django",
            "URLs in django                                          | ANY     | django url",
            "When NOT to Use Signals                                 | WHEN    | not signal",
            "APIView vs ViewSet                                      | COMPARE | apiview viewset",
            "What are the differences between Flux and Redux?        | COMPARE | flux redux",
            "How React Router is different from history library?     | COMPARE | history library react router",
            "Understanding select_related vs prefetch_related        | COMPARE | prefetchrelat selectrelat",
            "Q. How to stop a Thread in Java?                        | HOW     | java stop thread",
            "How do you write custom middleware?                     | HOW     | custom middlewar",
            "Steps in Deployment of Django Application               | HOW     | applicat deploy django",
            "How do you iterate over a list?                         | HOW     | iterat list over",
    })
    void titlesComeDownToTheKindOfAnswerAndTheTopicWords(String title, TitleTerms.Kind kind, String terms) {
        TitleTerms t = TitleTerms.of(title);
        assertThat(t.kind()).isEqualTo(kind);
        assertThat(String.join(" ", t.terms())).isEqualTo(terms);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // issue 17: "What is X?" is not "What are the main features of X?"
            "What are the main features of React Intl?  | featur intl main react",
            "What are the key features of Redux Form?   | featur form key redux",
    })
    void wordsThatSayWhatAboutTheTopicIsAskedAreKept(String title, String terms) {
        assertThat(String.join(" ", TitleTerms.of(title).terms())).isEqualTo(terms);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "deploy | deploying | deployment | deployed",
            "migrate | migrations | migration | migrated",
            "use | used | using | uses",
            "connect | connection | connections | connected",
            "need | needs | needed | need",
    })
    void inflectionsMeetInOneStem(String a, String b, String c, String d) {
        assertThat(TitleTerms.stem(b)).isEqualTo(TitleTerms.stem(a));
        assertThat(TitleTerms.stem(c)).isEqualTo(TitleTerms.stem(a));
        assertThat(TitleTerms.stem(d)).isEqualTo(TitleTerms.stem(a));
    }
}
