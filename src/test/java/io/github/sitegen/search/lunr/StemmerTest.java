package io.github.sitegen.search.lunr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sitegen.search.NodeLunr;
import io.github.sitegen.search.SearchDocument;
import io.github.sitegen.search.StudyNotesCorpus;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {

    /** Suffixes that exercise every rule of lunr's stemmer, appended to each corpus word. */
    private static final List<String> SUFFIXES = List.of(
            "s", "es", "ies", "sses", "ss", "ing", "ed", "eed", "ying", "ier", "y", "e", "ll", "ational",
            "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli", "ousli", "ization", "ation", "ator",
            "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti", "logi", "icate", "ative",
            "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant",
            "ement", "ment", "ent", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "sion", "tion", "ly",
            "ingly", "edly", "ments", "ations", "izers");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ponies, poni", "caress, caress", "gas, ga", "ies, ie", "agreed, agre", "hopping, hop", "filing, file",
        "eed, e", "dying, dy", "happy, happi", "sky, ski", "cry, cri", "say, say", "by, by",
        "possibly, possibl", "archaeology, archaeolog", "1990s, 1990", "don't, don't", "yesterday, yesterday",
        "relational, relat", "generalization, gener", "running, run", "queries, queri", "django, django",
        "middleware, middlewar", "serializers, serial"
    })
    void stemsLikeLunr(String word, String stem) {
        assertThat(Stemmer.stem(word)).isEqualTo(stem);
    }

    @Test
    void treatsSurrogatePairsAsTwoUnitsLikeJavaScriptRegexes() {
        // Java regexes would see one code point here and give "to😀e"
        assertThat(Stemmer.stem("to😀ed")).isEqualTo("to😀");
    }

    @Test
    void agreesWithLunrsOwnStemmingFixture() throws Exception {
        String fixture = "META-INF/resources/webjars/lunr/2.3.9/test/fixtures/stemming_vocab.json";
        Map<String, String> vocabulary;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(fixture)) {
            assertThat(in).as(fixture).isNotNull();
            vocabulary = NodeLunr.JSON.readValue(in, NodeLunr.JSON.getTypeFactory()
                    .constructMapType(Map.class, String.class, String.class));
        }
        assertThat(vocabulary).hasSizeGreaterThan(50);
        vocabulary.forEach((word, stem) -> assertThat(Stemmer.stem(word)).as(word).isEqualTo(stem));
    }

    @Test
    void agreesWithLunrOnCorpusWordsTheirSuffixVariantsAndRandomStrings(@TempDir Path dir) throws Exception {
        List<String> words = new ArrayList<>(wordList());
        assertThat(words).hasSizeGreaterThan(100_000);

        JsonNode stems = NodeLunr.in(dir).run("stem", Map.of("words", words)).get("stems");

        assertThat(stems.size()).isEqualTo(words.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String java = Stemmer.stem(words.get(i));
            if (!java.equals(stems.get(i).asText())) {
                mismatches.add(words.get(i) + ": lunr " + stems.get(i).asText() + ", Java " + java);
            }
        }
        assertThat(mismatches).as("stems differing from lunr out of %d words", words.size()).isEmpty();
        System.out.printf("Stemmer: %d words stemmed identically by lunr and Java%n", words.size());
    }

    /**
     * Every distinct token of the study notes (raw and trimmed), each trimmed word with every suffix of
     * {@link #SUFFIXES}, with a leading y and with a doubled last letter before -ing/-ed, and random strings of vowels, y, consonants, digits, quotes, line terminators,
     * accents and surrogates (paired and lone).
     */
    static Set<String> wordList() {
        Set<String> words = new LinkedHashSet<>();
        for (SearchDocument document : StudyNotesCorpus.documents()) {
            for (String text : document.fields().values()) {
                for (String token : Tokenizer.tokenize(text)) {
                    words.add(token);
                    words.add(Trimmer.trim(token));
                }
            }
        }
        List<String> base = words.stream().filter(w -> w.matches("[a-z]{2,}")).toList();
        for (String word : base) {
            for (String suffix : SUFFIXES) {
                words.add(word + suffix);
            }
            words.add("y" + word);
            char last = word.charAt(word.length() - 1);
            words.add(word + last + "ing");
            words.add(word + last + "ed");
        }
        Random random = new Random(20240611);
        String[] alphabet = {"a", "e", "i", "o", "u", "y", "Y", "b", "c", "d", "l", "s", "t", "w", "x", "z", "ll",
            "ss", "zz", "ff", "at", "bl", "iz", "'", "0", "7", "\n", "\r", "\u2028", "\u2029", "\u0085", "é", "😀",
            "\ud83d", "\ude00", "ed", "ing", "ion", "ement"};
        for (int i = 0; i < 40_000; i++) {
            StringBuilder word = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int j = 0; j < length; j++) {
                word.append(alphabet[random.nextInt(alphabet.length)]);
            }
            words.add(word.toString());
        }
        return words;
    }
}
