package io.github.sitegen.search.lunr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sitegen.search.NodeLunr;
import io.github.sitegen.search.SearchDocument;
import io.github.sitegen.search.StudyNotesCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextPipelineTest {

    @Test
    void keepsTokensThatTrimToNothingAndDropsStopWords() {
        assertThat(new TextPipeline().terms("The cats!!! and 日本語 dogs")).containsExactly("cat", "", "dog");
    }

    @Test
    void producesTheTermsLunrIndexesForRandomTextAndEveryStudyNote(@TempDir Path dir) throws Exception {
        List<String> texts = new ArrayList<>();
        for (SearchDocument document : StudyNotesCorpus.documents()) {
            texts.addAll(document.fields().values());
        }
        Random random = new Random(11);
        String[] pieces = {"The", "running", "CATS", "Σ", "ΑΣ", "İ", "é", "-", " ", "\u00a0", "\n", "\u2028",
            "\u0085", "!!!", "'", "(", ")", "_", "a", "y", "ies", "ing", "1990s", "😀", "\ud800", "日本", "of",
            "select_related()", ".", "—"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }

        JsonNode lunrTerms = NodeLunr.in(dir).run("terms", Map.of("texts", texts)).get("terms");

        TextPipeline pipeline = new TextPipeline();
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            List<String> expected = new ArrayList<>();
            lunrTerms.get(i).forEach(term -> expected.add(term.asText()));
            List<String> java = pipeline.terms(texts.get(i));
            if (!java.equals(expected)) {
                mismatches.add(texts.get(i) + ": lunr " + expected + ", Java " + java);
            }
        }
        assertThat(mismatches).as("out of %d texts", texts.size()).isEmpty();
    }
}
