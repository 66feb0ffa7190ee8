package io.github.sitegen.search.lunr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "say \"hi\" \\o/", "\b\f\n\r\t\u0000\u001f", "é 日本 😀 \u2028",
        "a\ud800b\udc00c\ud83d\ude00\ud83d"})
    void quotesAsJsonStringifyDoes(String s) {
        assertThat(new JsonText(1).appendQuoted(s).toString()).isEqualTo(JsonStringify.quote(s));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 7, 10, 99, 100, 12345, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, -1, -1000,
        Long.MAX_VALUE, Long.MIN_VALUE})
    void writesIntegersInPlainDecimal(long n) {
        assertThat(new JsonText(1).appendInteger(n).toString()).isEqualTo(Long.toString(n));
    }

    @Test
    void growsBeyondItsCapacityAndMovesItsTextToAWriter() throws Exception {
        JsonText json = new JsonText(1);
        for (int i = 0; i < 1000; i++) {
            json.append('[').appendInteger(i).append(",").appendQuoted("x" + i).append(']');
        }
        String text = json.toString();
        StringWriter out = new StringWriter();
        json.moveTo(out);

        assertThat(text).startsWith("[0,\"x0\"][1,\"x1\"]").endsWith("[999,\"x999\"]");
        assertThat(out.toString()).isEqualTo(text);
        assertThat(json.length()).isZero();
    }
}
