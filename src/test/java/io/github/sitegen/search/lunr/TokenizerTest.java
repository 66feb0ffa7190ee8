package io.github.sitegen.search.lunr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void splitsOnWhitespaceAndHyphens() {
        assertThat(Tokenizer.tokenize("well-known  -5\tfoo\nbar")).containsExactly("well", "known", "5", "foo", "bar");
    }

    @Test
    void splitsOnJavaScriptWhitespaceThatJavaRegexesMiss() {
        assertThat(Tokenizer.tokenize("a\u00a0b\u3000c\ufeffd\u2028e\u202ff\u1680g\u2009h"))
                .containsExactly("a", "b", "c", "d", "e", "f", "g", "h");
    }

    @Test
    void doesNotSplitOnNextLineZeroWidthSpaceOrUnderscore() {
        assertThat(Tokenizer.tokenize("a\u0085b c\u200bd snake_case"))
                .containsExactly("a\u0085b", "c\u200bd", "snake_case");
    }

    @Test
    void keepsPunctuationForTheTrimmer() {
        assertThat(Tokenizer.tokenize("select_related() (x) !!! a.b.c"))
                .containsExactly("select_related()", "(x)", "!!!", "a.b.c");
    }

    @Test
    void lowercasesTheWholeTextFirstSoFinalSigmaSeesItsNeighbours() {
        assertThat(Tokenizer.tokenize("ΟΔΥΣΣΕΥΣ ΑΣ-Β")).containsExactly("οδυσσευς", "ας", "β");
    }

    @Test
    void emptyAndBlankTextHaveNoTokens() {
        assertThat(Tokenizer.tokenize("")).isEmpty();
        assertThat(Tokenizer.tokenize(" \t- \n")).isEmpty();
    }
}
