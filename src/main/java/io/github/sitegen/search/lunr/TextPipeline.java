package io.github.sitegen.search.lunr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms lunr's default builder indexes for one string field: {@link Tokenizer}, then {@link Trimmer},
 * {@link StopWords} and {@link Stemmer}, in that order. A token that trims to the empty string is kept,
 * as lunr keeps it: it counts towards the field length and becomes the term {@code ""}.
 *
 * <p>Remembers stems, because a corpus repeats a few thousand distinct words many times. Not thread-safe:
 * use one instance per index build.
 */
public final class TextPipeline {

    private final Map<String, String> stems = new HashMap<>();

    /** The terms of {@code text}, in token order, with repetitions. */
    public List<String> terms(String text) {
        List<String> tokens = Tokenizer.tokenize(text);
        List<String> terms = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String trimmed = Trimmer.trim(token);
            if (!StopWords.contains(trimmed)) {
                terms.add(stems.computeIfAbsent(trimmed, Stemmer::stem));
            }
        }
        return terms;
    }
}
