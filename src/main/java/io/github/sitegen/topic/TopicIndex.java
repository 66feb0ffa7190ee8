package io.github.sitegen.topic;

import java.util.List;
import java.util.Map;

/**
 * Which questions each topic gathers, and which topics each question shows as chips.
 * Questions are named by their place: page url and anchor ({@code orm/models.html#what-is-a-model}).
 *
 * @param unmatched questions no topic claimed, for the build log
 */
public record TopicIndex(List<Topic> topics, Map<Topic, List<String>> questionsOf, Map<String, List<Topic>> topicsOf,
                         List<String> unmatched) {
    public static final TopicIndex NONE = new TopicIndex(List.of(), Map.of(), Map.of(), List.of());

    public TopicIndex {
        topics = List.copyOf(topics);
        questionsOf = Map.copyOf(questionsOf);
        topicsOf = Map.copyOf(topicsOf);
        unmatched = List.copyOf(unmatched);
    }

    public List<Topic> topicsOf(String question) {
        return topicsOf.getOrDefault(question, List.of());
    }

    public List<String> questionsOf(Topic topic) {
        return questionsOf.getOrDefault(topic, List.of());
    }
}
