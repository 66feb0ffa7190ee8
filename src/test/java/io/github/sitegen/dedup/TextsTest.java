package io.github.sitegen.dedup;

import io.github.sitegen.support.ShortStrings;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The normal form blocks are compared in, against the plain definition it was written from. */
class TextsTest {
    /** NFKC, then every run of white space one space, none at either end, through the Unicode tables. */
    private static String plain(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (char c : nfkc.toCharArray()) {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void normalisesEveryShortStringOfSpacesControlsAndLettersAsThePlainDefinition() {
        // ASCII white space, a file separator, NEL (not white space in Java), no-break and em spaces, a ligature
        List<String> all = ShortStrings.upTo(5, 'a', ' ', '\t', '\n', '\r', '\u001c', '\u0085', '\u00a0', '\u2003', '\ufb01');
        List<String> differ = all.stream().filter(s -> !Texts.normalise(s).equals(plain(s))).toList();
        assertThat(differ).as("strings normalised differently").isEmpty();
        assertThat(all).hasSize(111_111);
    }

    @Test
    void aLineThatIsAlreadyNormalIsReturnedAsItIs() {
        String line = "What is the difference between select_related and prefetch_related?";
        assertThat(Texts.normalise(line)).isSameAs(line);
        assertThat(Texts.normalise(" two  spaces\n")).isEqualTo("two spaces");
    }
}
