package io.github.sitegen.search.lunr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sitegen.search.NodeLunr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsNumbersTest {

    @ParameterizedTest(name = "{0} thousandths -> {1}")
    @CsvSource({
        "0, 0", "1000, 1", "8000, 8", "6100, 6.1", "927, 0.927", "1, 0.001", "10, 0.01", "-981, -0.981",
        "1294, 1.294", "123456789, 123456.789", "7999999999999999, 7999999999999.999"
    })
    void weightsPrintAsTheDecimalWithoutTrailingZeros(double thousandths, String expected) {
        assertThat(JsNumbers.thousandthsToString(thousandths)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1.0, 1", "0.1, 0.1", "-0.0, 0", "1e21, 1e+21", "1.5e21, 1.5e+21", "123e18, 123000000000000000000",
        "1e-6, 0.000001", "1e-7, 1e-7", "1.2345e-7, 1.2345e-7", "5e-324, 5e-324",
        "1.7976931348623157e308, 1.7976931348623157e+308", "0.30000000000000004, 0.30000000000000004",
        "2.82879384806159e17, 282879384806159000", "NaN, NaN", "Infinity, Infinity", "-Infinity, -Infinity"
    })
    void printsNumbersAsJavaScriptDoes(double value, String expected) {
        assertThat(JsNumbers.toString(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "Math.round({0}) = {1}")
    @CsvSource({
        "0.5, 1", "-0.5, -0", "-1234.5, -1234", "1000.5, 1001", "0.49999999999999994, 0", "2.5, 3",
        "4503599627370497, 4503599627370497", "1e300, 1e300"
    })
    void roundsHalvesTowardPositiveInfinity(double value, double expected) {
        assertThat(JsNumbers.round(value)).isEqualTo(expected);
    }

    @Test
    void agreesWithJavaScriptOnNumberToStringAndOnWeights(@TempDir Path dir) throws Exception {
        Random random = new Random(42);
        List<Double> values = sampleValues(random);
        List<Double> scores = sampleScores(random);

        JsonNode out = NodeLunr.in(dir).run("numbers", Map.of("values", bits(values), "weights", bits(scores)));

        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String java = JsNumbers.toString(values.get(i));
            if (!java.equals(out.get("strings").get(i).asText())) {
                mismatches.add("String(" + values.get(i) + "): JS " + out.get("strings").get(i).asText()
                        + ", Java " + java);
            }
        }
        for (int i = 0; i < scores.size(); i++) {
            String java = JsNumbers.thousandthsToString(JsNumbers.round(scores.get(i) * 1000));
            if (!java.equals(out.get("weights").get(i).asText())) {
                mismatches.add("weight of score " + scores.get(i) + ": JS " + out.get("weights").get(i).asText()
                        + ", Java " + java);
            }
        }
        assertThat(mismatches).as("out of %d numbers and %d weights", values.size(), scores.size()).isEmpty();
        System.out.printf("Numbers: %d values and %d weights formatted as JavaScript does%n",
                values.size(), scores.size());
    }

    private static List<String> bits(List<Double> values) {
        return values.stream().map(v -> Long.toUnsignedString(Double.doubleToRawLongBits(v))).toList();
    }

    /** Doubles of every magnitude: powers of 2 and 10, random bit patterns, edge values. */
    private static List<Double> sampleValues(Random random) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            values.add(random.nextDouble() * 30);
            values.add(Math.scalb(1 + random.nextDouble(), random.nextInt(2_000) - 1_000));
            double fromBits = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(fromBits)) {
                values.add(fromBits);
            }
        }
        for (int e = -330; e <= 310; e++) {
            values.add(Double.parseDouble("1e" + e));
            values.add(Double.parseDouble("9.5e" + e));
        }
        for (int e = -1074; e <= 1023; e++) {
            values.add(Math.scalb(1.0, e));
        }
        values.addAll(List.of(0.0, -0.0, 0.5, -0.5, 0.0005, 0.0015, Double.MAX_VALUE, Double.MIN_VALUE,
                Double.MIN_NORMAL, 1e21, 999999999999999999999.0, 0.000001, 0.0000009999999999999999,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        return values;
    }

    /** Scores as lunr computes them, around the fast-path limit, halves, and absurdly boosted ones. */
    private static List<Double> sampleScores(Random random) {
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            scores.add(random.nextDouble() * 30);
            scores.add(random.nextInt(20_000_000) / 1000.0 + 0.0005);
        }
        for (int i = 0; i < 2_000; i++) {
            scores.add((8_000_000_000_000_000L - random.nextInt(1_000_000)) / 1000.0 / 1000);
            scores.add((8_000_000_000_000_000L + random.nextInt(1_000_000)) / 1000.0 / 1000);
            scores.add(Math.scalb(1 + random.nextDouble(), random.nextInt(1_000)));
        }
        scores.addAll(List.of(0.0, 0.0004999, 0.0005, -0.0005, 1e-300, 1e18, 1e21, 1e300, Double.MAX_VALUE));
        return scores;
    }
}
