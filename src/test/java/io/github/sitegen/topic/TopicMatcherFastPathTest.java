package io.github.sitegen.topic;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The indexOf path of keyword matching must agree with the regular expression that defines it. */
class TopicMatcherFastPathTest {

    /** The definition: a keyword as whole words, case-insensitive, in the lower-cased text. */
    private static List<Topic> byRegex(Taxonomy taxonomy, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return taxonomy.topics().stream().filter(t -> t.keywords().stream().anyMatch(k -> Pattern.compile(
                "(?<![\\p{L}\\p{N}_])" + Pattern.quote(k) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(lower).find())).toList();
    }

    @Test
    void everyLineOfTheStudyNotesGetsTheTopicsTheRegularExpressionsGive() throws IOException {
        Taxonomy taxonomy = Taxonomy.read(Path.of("content"));
        TopicMatcher matcher = new TopicMatcher(taxonomy);
        List<String> lines = new ArrayList<>(List.of("select_related()", "models.py", "Model", "n+1 queries", "null=True",
                "a_model", "model_", "2model", "Ｍodel", "modèle model", "ſession", "SESSION", "request/response", "class-based",
                "", "q objects", "Q  objects"));
        try (Stream<Path> notes = Files.list(Path.of("content"))) {
            for (Path note : notes.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                lines.addAll(Files.readAllLines(note));
            }
        }
        int matched = 0;
        for (String line : lines) {
            List<Topic> expected = byRegex(taxonomy, line);
            assertThat(matcher.match(line)).as(line).isEqualTo(expected);
            matched += expected.isEmpty() ? 0 : 1;
        }
        assertThat(matched).as("lines that name a topic").isGreaterThan(1000);
    }
}
