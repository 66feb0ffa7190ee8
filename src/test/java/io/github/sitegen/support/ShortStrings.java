package io.github.sitegen.support;

import java.util.ArrayList;
import java.util.List;

/** Every string of a few characters from a small alphabet: to hold a shortcut to the plain definition it replaces. */
public final class ShortStrings {
    private ShortStrings() {
    }

    /** All strings of 0 to {@code max} characters of {@code alphabet}, shortest first: (n^(max+1) - 1) / (n - 1) of them. */
    public static List<String> upTo(int max, char... alphabet) {
        List<String> all = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int length = 1; length <= max; length++) {
            List<String> next = new ArrayList<>();
            for (String s : last) {
                for (char c : alphabet) {
                    next.add(s + c);
                }
            }
            all.addAll(next);
            last = next;
        }
        return all;
    }
}
