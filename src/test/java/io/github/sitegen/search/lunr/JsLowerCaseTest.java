package io.github.sitegen.search.lunr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sitegen.search.NodeLunr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lowercasing and separators, checked against node over all of Unicode in one node run. */
class JsLowerCaseTest {

    /**
     * Code points whose case properties changed after Java 17's Unicode 13 (U+0295 is no longer Ll, U+1734
     * and U+1171E are no longer Mn); next to a Σ, Java decides its final form differently from node.
     */
    private static final Set<Integer> CHANGED_SINCE_UNICODE_13 = Set.of(0x0295, 0x1734, 0x1171E);

    @TempDir
    static Path dir;
    private static JsonNode unicode;

    @BeforeAll
    static void runNode() throws Exception {
        unicode = NodeLunr.in(dir).run("unicode", Map.of());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ΑΣ-Β, ας-β", "ΟΔΥΣΣΕΥΣ, οδυσσευς", "Σ, σ", "ΣΑ, σα", "ΑΣΑ, ασα", "ΑΣ., ας.", "ΑΣ.Α, ασ.α",
        "Α'Σ, α'ς", "ΑΣ'Α, ασ'α", "ΑΣ\u0301, ας\u0301", "1Σ, 1σ", "ΣΣ, σς", "İstanbul, i\u0307stanbul",
        "HELLO World, hello world", "\u2C2F, \u2C5F", "\uA7DC, \u019B"
    })
    void lowercasesLikeJavaScript(String text, String lower) {
        assertThat(JsLowerCase.apply(text)).isEqualTo(lower);
    }

    @Test
    void everyCodePointLowercasesAsInNode() {
        Map<Integer, String> expected = new HashMap<>();
        unicode.get("lowerMappings").forEach(m -> expected.put(m.get(0).asInt(), m.get(1).asText()));
        assertThat(expected).hasSizeGreaterThan(1_400);

        List<String> mismatches = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                continue;
            }
            String c = new String(Character.toChars(cp));
            if (!JsLowerCase.apply(c).equals(expected.getOrDefault(cp, c))) {
                mismatches.add(Integer.toHexString(cp));
            }
        }
        assertThat(mismatches).as("code points lowercased unlike node").isEmpty();
    }

    @Test
    void finalSigmaContextMatchesNodeForEveryCodePointThisJdkKnows() {
        Map<Integer, String> expected = new HashMap<>();
        unicode.get("finalSigmaContext").forEach(m -> expected.put(m.get(0).asInt(), m.get(1).asText()));

        Set<String> mismatches = new TreeSet<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF || Character.getType(cp) == Character.UNASSIGNED
                    || CHANGED_SINCE_UNICODE_13.contains(cp)) {
                continue;
            }
            String java = JsLowerCase.isCaseIgnorable(cp) ? "ignorable" : JsLowerCase.isCased(cp) ? "cased" : "";
            if (!java.equals(expected.getOrDefault(cp, ""))) {
                mismatches.add(Integer.toHexString(cp) + " node=" + expected.get(cp) + " java=" + java);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void randomGreekTextLowercasesAsInNode() throws Exception {
        Random random = new Random(3);
        String alphabet = "ΣΣΣΑΒΓσς '.:-\u0301\u00ad\u02b0\u0345AbΩ1 \u2019😀";
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(10); j >= 0; j--) {
                s.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            strings.add(s.toString());
        }

        JsonNode lowered = NodeLunr.in(dir).run("lowercase", Map.of("strings", strings)).get("lowered");

        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            if (!JsLowerCase.apply(strings.get(i)).equals(lowered.get(i).asText())) {
                mismatches.add(strings.get(i) + " -> " + lowered.get(i).asText());
            }
        }
        assertThat(mismatches).as("out of %d strings", strings.size()).isEmpty();
    }

    @Test
    void separatorsAreExactlyTheUnitsThatLunrsSeparatorRegexMatches() {
        Set<Integer> expected = new TreeSet<>();
        unicode.get("separators").forEach(u -> expected.add(u.asInt()));
        Set<Integer> java = new TreeSet<>();
        for (int u = 0; u <= 0xFFFF; u++) {
            if (Tokenizer.isSeparator((char) u)) {
                java.add(u);
            }
        }
        assertThat(java).hasSize(26).isEqualTo(expected);
    }
}
