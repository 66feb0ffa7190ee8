package io.github.sitegen.search.lunr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StopWordsTest {

    @Test
    void lunrHas119StopWords() {
        assertThat(StopWords.all()).hasSize(119).contains("the", "twas", "tis", "wants", "yet");
    }

    @Test
    void matchesOnlyExactLowercaseWords() {
        assertThat(StopWords.contains("the")).isTrue();
        assertThat(StopWords.contains("The")).isFalse();
        assertThat(StopWords.contains("her's")).isFalse();
        assertThat(StopWords.contains("")).isFalse();
    }

    @Test
    void objectPropertyNamesAreNotStopWords() {
        assertThat(StopWords.contains("constructor")).isFalse();
        assertThat(StopWords.contains("toString")).isFalse();
        assertThat(StopWords.contains("__proto__")).isFalse();
    }
}
