package io.github.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A block that folds inside a question's answer ("See Class", "See deep-dive answer") is part of
 * that answer, as the reader sees it on GitHub: it is not a practice card of its own, and it is
 * on the card of the question it answers (issue 18: nothing that is not a question is a card).
 */
class FoldsInAnswersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The cards of a build of one note, as practice-data.js gives them. */
    private List<JsonNode> cards(String note) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.writeString(content.resolve("react.md"), note);
        Path out = dir.resolve("out");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(content, dir.resolve("none"), out, "T",
                Optional.empty(), Optional.empty()).withAnki(false));
        String js = Files.readString(out.resolve("practice-data.js"));
        List<JsonNode> cards = new ArrayList<>();
        JSON.readTree(js.substring(js.indexOf('{'), js.lastIndexOf('}') + 1)).get("cards").forEach(cards::add);
        return cards;
    }

    @Test
    void aFoldInsideAListItemQuestionsAnswerIsOnItsCardNotACardOfItsOwn() throws Exception {
        List<JsonNode> cards = cards("# React\n\n"
                + "1. ### What is JSX?\n\n    JSX is a syntax extension.\n\n"
                + "    <details><summary><b>See Class</b></summary>\n    <p>\n\n    ```jsx\n    class App extends React.Component {}\n    ```\n\n"
                + "    </p>\n    </details>\n\n"
                + "2. ### What is state?\n\n    The data of a component.\n");
        assertThat(cards).extracting(c -> c.get("q").asText()).containsExactly("1. What is JSX?", "2. What is state?");
        assertThat(cards.get(0).get("a").asText()).contains("See Class").contains("class App extends React.Component");
    }

    @Test
    void aFoldThatAsksOutsideAnyAnswerIsStillACard() throws Exception {
        List<JsonNode> cards = cards("# Go\n\n## Basics\n\n- <details><summary>What is a goroutine?</summary>\n\n  A light thread.\n\n  </details>\n");
        assertThat(cards).extracting(c -> c.get("q").asText()).containsExactly("What is a goroutine?");
    }
}
