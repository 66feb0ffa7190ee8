package io.github.sitegen.topic;

import java.util.List;

/** A subject that gathers questions from every note, and the words that place a question in it. */
public record Topic(String name, String slug, List<String> keywords) {
    public Topic {
        keywords = List.copyOf(keywords);
    }
}
