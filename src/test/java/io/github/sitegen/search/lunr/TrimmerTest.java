package io.github.sitegen.search.lunr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrimmerTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(value = {
        "café|caf", "über|ber", "(x)|x", "'quoted'|quoted", "日本語|``", "é|``", "!!!|``", "naïve|naïve",
        "don't|don't", "a.b.c|a.b.c", "x😀y|x😀y", "select_related()|select_related", "__init__|__init__",
        "https://example.com/|https://example.com", "{{|``", "1.5%|1.5"
    }, delimiter = '|', quoteCharacter = '`')
    void stripsEverythingButAsciiLettersDigitsAndUnderscoreFromTheEdges(String token, String trimmed) {
        assertThat(Trimmer.trim(token)).isEqualTo(trimmed);
    }
}
