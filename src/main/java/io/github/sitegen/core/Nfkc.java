package io.github.sitegen.core;

import java.text.Normalizer;

/** Unicode compatibility normalisation (NFKC), which every comparison of the notes' text starts with. */
public final class Nfkc {
    private Nfkc() {
    }

    /** The NFKC form of {@code text}; ASCII text, most of the notes, is its own and skips the normaliser. */
    public static String of(String text) {
        return isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
