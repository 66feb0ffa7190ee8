package io.github.sitegen.topic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.markdown.GitHubSlugger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The topics of a guide, read from {@code topics.yml} in the content folder, the file
 * contributors edit to teach the guide a subject. No file, no topics.
 */
public record Taxonomy(List<Topic> topics) {
    public static final String FILE = "topics.yml";
    public static final Taxonomy NONE = new Taxonomy(List.of());
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public Taxonomy {
        topics = List.copyOf(topics);
    }

    public static Taxonomy read(Path contentDir) {
        Path file = contentDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return parse(FILE, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the file's text; {@code name} is used in messages. */
    static Taxonomy parse(String name, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SiteBuildException(name, line, "is not valid YAML (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "): each topic is '- name: …' with 'keywords: [a, b]'", e);
        }
        JsonNode list = root == null ? null : root.get("topics");
        if (list == null || !list.isArray()) {
            throw new SiteBuildException(name, 1, "needs a 'topics:' list, each item with 'name:' and 'keywords:'");
        }
        List<Topic> topics = new ArrayList<>();
        GitHubSlugger slugs = new GitHubSlugger();
        for (JsonNode item : list) {
            String topic = item.path("name").asText("").strip();
            JsonNode words = item.get("keywords");
            if (topic.isEmpty() || words == null || !words.isArray() || words.isEmpty()) {
                throw new SiteBuildException(name, lineOf(yaml, topic), "topic " + (topic.isEmpty() ? "without a name" : "'" + topic + "'")
                        + " needs a 'name:' and a non-empty 'keywords:' list");
            }
            List<String> keywords = new ArrayList<>();
            words.forEach(w -> keywords.add(w.asText().strip().toLowerCase(java.util.Locale.ROOT)));
            topics.add(new Topic(topic, slugs.unique(topic), keywords));
        }
        return new Taxonomy(topics);
    }

    private static int lineOf(String yaml, String text) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!text.isEmpty() && lines[i].contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }
}
