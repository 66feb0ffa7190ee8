package io.github.sitegen.search.lunr;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The order in which JavaScript enumerates an object's own string keys, and so the order
 * {@code JSON.stringify} writes them: array-index keys first, ascending by value, then the other keys in
 * insertion order.
 *
 * <p>It decides the key order of every posting in a lunr index, and lunr's search returns tied results in
 * that order, so a Java index must reproduce it to rank like lunr.
 */
public final class JsPropertyKeys {

    /** 2^32 - 2, the largest array index. */
    private static final long MAX_ARRAY_INDEX = 4_294_967_294L;

    private JsPropertyKeys() {
    }

    /**
     * Whether {@code key} is a canonical array index: {@code "0"} to {@code "4294967294"} without sign or
     * leading zeros ({@code "01"} and {@code "4294967295"} are ordinary keys).
     */
    public static boolean isArrayIndex(String key) {
        int n = key.length();
        if (n == 0 || n > 10 || n > 1 && key.charAt(0) == '0') {
            return false;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_ARRAY_INDEX;
    }

    /**
     * Positions {@code 0..keys.length-1} of keys given in insertion order, rearranged into JavaScript
     * enumeration order.
     */
    public static int[] enumerationOrder(String[] keys) {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> arrayIndexRank(keys[i]))
                .thenComparingInt(i -> i));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /** The array index value, or a rank after every array index for other keys. */
    private static long arrayIndexRank(String key) {
        return isArrayIndex(key) ? Long.parseLong(key) : MAX_ARRAY_INDEX + 1;
    }
}
