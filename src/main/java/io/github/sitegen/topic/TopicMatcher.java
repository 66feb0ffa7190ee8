package io.github.sitegen.topic;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.Section;
import io.github.sitegen.model.PageItem;
import io.github.sitegen.model.PageLayout;
import io.github.sitegen.model.SiteModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Places each question of the site in the topics whose keywords it uses: its title decides;
 * only a title that names no topic lets the first lines of the answer decide.
 */
public final class TopicMatcher {
    /** How much of an answer may decide a question's topics when its title does not. */
    private static final int ANSWER_CHARS = 300;
    private final List<Topic> topics;
    private final Map<Topic, List<Pattern>> patterns = new LinkedHashMap<>();

    public TopicMatcher(Taxonomy taxonomy) {
        this.topics = taxonomy.topics();
        for (Topic topic : topics) {
            patterns.put(topic, topic.keywords().stream().map(TopicMatcher::wholeWords).toList());
        }
    }

    /** {@code null=true} matches as written; {@code model} matches "Model" but not "models.py". */
    private static Pattern wholeWords(String keyword) {
        return Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(keyword) + "(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public TopicIndex index(SiteModel site) {
        if (topics.isEmpty()) {
            return TopicIndex.NONE;
        }
        Map<Topic, List<String>> questionsOf = new LinkedHashMap<>();
        topics.forEach(t -> questionsOf.put(t, new ArrayList<>()));
        Map<String, List<Topic>> topicsOf = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (PageLayout page : site.placement().pages()) {
            for (PageItem.Shown shown : page.questions()) {
                Section question = shown.section();
                String id = shown.place().href();
                List<Topic> found = match(question.title());
                if (found.isEmpty()) {
                    found = match(answerStart(question));
                }
                if (found.isEmpty()) {
                    unmatched.add(shown.source() + ":" + question.heading().line() + ": " + question.title());
                    continue;
                }
                topicsOf.put(id, found);
                found.forEach(t -> questionsOf.get(t).add(id));
            }
        }
        return new TopicIndex(topics, questionsOf, topicsOf, unmatched);
    }

    private List<Topic> match(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return topics.stream().filter(t -> patterns.get(t).stream().anyMatch(p -> p.matcher(lower).find())).toList();
    }

    private static String answerStart(Section question) {
        String text = question.body().stream().filter(b -> b.kind() != Block.Kind.CODE)
                .map(Block.Content::text).collect(Collectors.joining(" "));
        return text.length() > ANSWER_CHARS ? text.substring(0, ANSWER_CHARS) : text;
    }
}
