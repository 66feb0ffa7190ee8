package io.github.sitegen.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.support.NodeTools;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The practice page's scheduler ({@code templates/assets/fsrs.js}) against the reference, ts-fsrs
 * 5.4.2 with its default parameters, run side by side in node over generated review histories
 * ({@code src/test/resources/fsrs/differential.js}): every field of every card after every review
 * must be the same.
 */
class FsrsDifferentialTest {
    private static final int HISTORIES = 2000;

    @Test
    void schedulesEveryReviewOfTwoThousandHistoriesAsTsFsrsDoes() throws Exception {
        Path harness = Path.of("src/test/resources/fsrs/differential.js");
        JsonNode seen = new ObjectMapper().readTree(NodeTools.run(harness, "templates/assets/fsrs.js",
                NodeTools.modules().toString(), "20260101", String.valueOf(HISTORIES)));

        assertThat(seen.get("mismatches")).as("first reviews where fsrs.js and ts-fsrs differ").isEmpty();
        assertThat(seen.get("histories").asInt()).isEqualTo(HISTORIES);
        // the histories reach every state, from every grade, on the same day and long overdue
        JsonNode states = seen.get("states");
        for (int state = 0; state < 4; state++) {
            assertThat(states.get(state).asInt()).as("reviews from state %d", state).isGreaterThan(1000);
        }
        for (int grade = 1; grade <= 4; grade++) {
            assertThat(seen.get("grades").get(grade).asInt()).as("reviews graded %d", grade).isGreaterThan(1000);
        }
        assertThat(seen.get("sameDay").asInt()).isGreaterThan(1000);
        assertThat(seen.get("overdue").asInt()).isGreaterThan(1000);
        assertThat(seen.get("reviews").asInt()).isGreaterThan(20 * HISTORIES);
    }
}
