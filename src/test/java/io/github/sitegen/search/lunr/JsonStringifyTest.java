package io.github.sitegen.search.lunr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sitegen.search.NodeLunr;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonStringifyTest {

    private static String stringify(String s) {
        StringWriter out = new StringWriter();
        try {
            JsonStringify.write(out, json -> json.writeString(s));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void controlCharactersUseShortEscapesOrLowercaseHex() {
        assertThat(stringify("\b\f\n\r\t\u0000\u001f")).isEqualTo("\"\\b\\f\\n\\r\\t\\u0000\\u001f\"");
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertThat(stringify("say \"hi\" \\o/")).isEqualTo("\"say \\\"hi\\\" \\\\o/\"");
    }

    @Test
    void slashesNonAsciiAndLineSeparatorsStayRaw() {
        assertThat(stringify("</a> é 日本 😀 \u2028\u2029\u007f")).isEqualTo("\"</a> é 日本 😀 \u2028\u2029\u007f\"");
    }

    @Test
    void loneSurrogatesAreEscapedButPairsAreNot() {
        assertThat(stringify("a\ud800b\udc00c\ud83d\ude00\ud83d")).isEqualTo("\"a\\ud800b\\udc00c😀\\ud83d\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ascii", "\b\f\n\r\t\u0000\u001f", "say \"hi\" \\o/",
        "</a> é 日本 😀 \u2028\u2029\u007f", "a\ud800b\udc00c\ud83d\ude00\ud83d", "\udfff\ud800", "x\ud83d"})
    void quoteEscapesAsTheStreamingWriterDoes(String s) {
        assertThat(JsonStringify.quote(s)).isEqualTo(stringify(s));
    }

    @Test
    void loneSurrogatesAreEscapedInObjectKeysToo() throws IOException {
        StringWriter out = new StringWriter();
        JsonStringify.write(out, json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("k\udfff");
            json.writeEndObject();
            json.writeEndObject();
        });
        assertThat(out.toString()).isEqualTo("{\"k\\udfff\":{}}");
    }

    @Test
    void agreesWithJsonStringifyOnEveryUtf16UnitAndRandomStrings(@TempDir Path dir) throws Exception {
        List<String> strings = new ArrayList<>();
        for (int unit = 0; unit <= 0xFFFF; unit += 64) {
            StringBuilder block = new StringBuilder();
            for (int u = unit; u < unit + 64; u++) {
                block.append((char) u).append('x');
            }
            strings.add(block.toString());
        }
        Random random = new Random(7);
        char[] alphabet = {'a', '"', '\\', '/', '\n', '\u0001', '\u007f', '\u2028', 'é', '\ud83d', '\ude00', '\udbff'};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            strings.add(s.toString());
        }

        JsonNode json = NodeLunr.in(dir).run("stringify", Map.of("strings", strings)).get("json");

        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < strings.size(); i++) {
            if (!stringify(strings.get(i)).equals(json.get(i).asText())) {
                mismatches.add(json.get(i).asText() + " vs " + stringify(strings.get(i)));
            }
            if (!JsonStringify.quote(strings.get(i)).equals(json.get(i).asText())) {
                mismatches.add(json.get(i).asText() + " vs quote " + JsonStringify.quote(strings.get(i)));
            }
        }
        assertThat(mismatches).as("out of %d strings", strings.size()).isEmpty();
    }
}
