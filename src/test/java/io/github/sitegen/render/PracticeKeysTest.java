package io.github.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A practice card's key (what progress in the browser and the Anki notes are kept under) is its
 * note's path and its id in the note: it stays when the note is cut into other pages, and when
 * other questions come and go around it, while the page the card is on changes.
 */
class PracticeKeysTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Each card's key and page#anchor, from practice-data.js of a build of {@code note}. */
    private Map<String, String> cards(String note) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content-" + note.hashCode()));
        Files.writeString(content.resolve("orm.md"), note);
        Path out = dir.resolve("out-" + note.hashCode());
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(content, dir.resolve("none"), out, "T",
                Optional.empty(), Optional.empty()).withAnki(false));
        String js = Files.readString(out.resolve("practice-data.js"));
        Map<String, String> cards = new TreeMap<>();
        for (JsonNode card : JSON.readTree(js.substring(js.indexOf('{'), js.lastIndexOf('}') + 1)).get("cards")) {
            cards.put(card.get("k").asText(), card.get("id").asText());
        }
        return cards;
    }

    @Test
    void aCardKeepsItsKeyWhenItsNoteIsCutIntoOtherPagesAndQuestionsAreAddedBeforeIt() throws Exception {
        String question = "## What is a manager?\n\nThe interface through which queries are made.\n\n";
        Map<String, String> before = cards("# ORM\n\n" + question);
        Map<String, String> after = cards("# ORM\n\n## Basics\n\n### What is a model?\n\nA class mapped to a table.\n\n"
                + "## Queries\n\n" + question.replace("## ", "### ") + "### What is a queryset?\n\nA lazy list.\n");

        assertThat(before).containsOnlyKeys("orm.md#what-is-a-manager");
        assertThat(after).containsOnlyKeys("orm.md#what-is-a-model", "orm.md#what-is-a-manager", "orm.md#what-is-a-queryset");
        // the page it is on changed; the key did not
        assertThat(after.get("orm.md#what-is-a-manager")).isNotEqualTo(before.get("orm.md#what-is-a-manager"))
                .endsWith("#what-is-a-manager");
    }
}
