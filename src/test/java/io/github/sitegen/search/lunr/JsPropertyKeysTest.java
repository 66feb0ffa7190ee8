package io.github.sitegen.search.lunr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsPropertyKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "2", "10", "2024", "4294967294"})
    void canonicalIntegersUpTo2Pow32Minus2AreArrayIndexes(String key) {
        assertThat(JsPropertyKeys.isArrayIndex(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01", "00", "-1", "+1", "1.5", "1e3", " 1", "1 ", "4294967295", "99999999999",
        "٣", "0x1", "title"})
    void otherKeysAreOrdinary(String key) {
        assertThat(JsPropertyKeys.isArrayIndex(key)).isFalse();
    }

    @Test
    void integerLikeKeysComeFirstInNumericOrderThenTheRestInInsertionOrder() {
        String[] keys = {"b", "10", "a", "2", "01", "4294967295", "0", "4294967294"};

        int[] order = JsPropertyKeys.enumerationOrder(keys);

        assertThat(Arrays.stream(order).mapToObj(i -> keys[i]))
                .containsExactly("0", "2", "10", "4294967294", "b", "a", "01", "4294967295");
    }
}
