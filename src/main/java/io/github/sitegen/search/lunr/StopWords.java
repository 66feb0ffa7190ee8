package io.github.sitegen.search.lunr;

import java.util.Set;

/**
 * lunr's {@code lunr.stopWordFilter}: the 119 English words it drops, compared by exact string equality on
 * the trimmed token, before stemming. Object property names such as {@code constructor} are not stop words
 * (lunr's lookup compares the value, not mere presence).
 */
public final class StopWords {

    private static final Set<String> WORDS = Set.of(
            "a", "able", "about", "across", "after", "all", "almost", "also", "am", "among", "an", "and", "any",
            "are", "as", "at", "be", "because", "been", "but", "by", "can", "cannot", "could", "dear", "did", "do",
            "does", "either", "else", "ever", "every", "for", "from", "get", "got", "had", "has", "have", "he",
            "her", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "just",
            "least", "let", "like", "likely", "may", "me", "might", "most", "must", "my", "neither", "no", "nor",
            "not", "of", "off", "often", "on", "only", "or", "other", "our", "own", "rather", "said", "say",
            "says", "she", "should", "since", "so", "some", "than", "that", "the", "their", "them", "then",
            "there", "these", "they", "this", "tis", "to", "too", "twas", "us", "wants", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "yet",
            "you", "your");

    private StopWords() {
    }

    public static boolean contains(String token) {
        return WORDS.contains(token);
    }

    /** All stop words, for tests and query generation. */
    public static Set<String> all() {
        return WORDS;
    }
}
