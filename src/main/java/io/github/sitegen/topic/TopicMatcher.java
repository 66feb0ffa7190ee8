package io.github.sitegen.topic;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.Nfkc;
import io.github.sitegen.core.Section;
import io.github.sitegen.markdown.GitHubSlugger;
import io.github.sitegen.model.PageItem;
import io.github.sitegen.model.SiteModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Places each question of the site in the topics whose keywords it uses: its title decides;
 * only a title that names no topic lets the first lines of the answer decide. A note's tags
 * (its front matter's {@code tags}) place all its questions in the topics they name: the
 * taxonomy's topic of that name, else a topic of the tag's own, after the taxonomy's.
 */
public final class TopicMatcher {
    /** How much of an answer may decide a question's topics when its title does not. */
    private static final int ANSWER_CHARS = 300;
    private final List<Topic> topics;
    private final Map<Topic, List<Keyword>> keywords = new LinkedHashMap<>();
    /** The topics each tagged note's tags name, by the note's path. */
    private final Map<String, Set<Topic>> tagged = new HashMap<>();
    /** Topics made from tags alone: listed only if some question is in them. */
    private final Set<Topic> fromTags = new HashSet<>();

    public TopicMatcher(Taxonomy taxonomy) {
        this(taxonomy, Map.of());
    }

    /** @param tags each note's tags, by its path */
    public TopicMatcher(Taxonomy taxonomy, Map<String, List<String>> tags) {
        List<Topic> all = new ArrayList<>(taxonomy.topics());
        Map<String, Topic> named = new HashMap<>();
        GitHubSlugger slugs = new GitHubSlugger();
        for (Topic topic : all) {
            named.putIfAbsent(topic.name().toLowerCase(Locale.ROOT), topic);
            named.putIfAbsent(topic.slug(), topic);
            slugs.claim(topic.slug());
        }
        Set<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        tags.values().forEach(sorted::addAll);
        for (String tag : sorted) {
            if (!named.containsKey(tag.toLowerCase(Locale.ROOT)) && !named.containsKey(GitHubSlugger.slug(tag))) {
                Topic topic = new Topic(tag, slugs.unique(tag), List.of());
                all.add(topic);
                fromTags.add(topic);
                named.put(tag.toLowerCase(Locale.ROOT), topic);
            }
        }
        tags.forEach((note, words) -> tagged.put(note, words.stream()
                .map(w -> named.getOrDefault(w.toLowerCase(Locale.ROOT), named.get(GitHubSlugger.slug(w))))
                .collect(Collectors.toSet())));
        this.topics = List.copyOf(all);
        for (Topic topic : topics) {
            keywords.put(topic, topic.keywords().stream().map(Keyword::new).toList());
        }
    }

    /**
     * A keyword and how to find it. The regular expression is the definition; an ASCII keyword in
     * ASCII text, which is nearly every question, is found by {@code indexOf} with the same
     * whole-word test, which gives the same answer about twenty times faster (the topic stage
     * was a sixth of a build at scale).
     */
    private record Keyword(Pattern pattern, String ascii) {
        Keyword(String keyword) {
            this(wholeWords(keyword), Nfkc.isAscii(keyword) ? keyword.toLowerCase(Locale.ROOT) : null);
        }

        boolean foundIn(String lower, boolean asciiText) {
            if (ascii == null || !asciiText) {
                return pattern.matcher(lower).find();
            }
            for (int at = lower.indexOf(ascii); at >= 0; at = lower.indexOf(ascii, at + 1)) {
                int end = at + ascii.length();
                if ((at == 0 || !isWordChar(lower.charAt(at - 1))) && (end == lower.length() || !isWordChar(lower.charAt(end)))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isWordChar(char c) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
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
        List<PageItem.Shown> asked = site.placement().pages().stream().flatMap(p -> p.questions().stream()).toList();
        // matching is independent per question: both cores, results kept in the questions' order
        List<List<Topic>> matched = asked.parallelStream().map(shown -> {
            List<Topic> byTitle = match(shown.section().title());
            List<Topic> found = byTitle.isEmpty() ? match(answerStart(shown.section())) : byTitle;
            Set<Topic> tags = tagged.getOrDefault(shown.source(), Set.of());
            return tags.isEmpty() ? found : topics.stream().filter(t -> found.contains(t) || tags.contains(t)).toList();
        }).toList();
        for (int i = 0; i < asked.size(); i++) {
            PageItem.Shown shown = asked.get(i);
            Section question = shown.section();
            String id = shown.place().href();
            List<Topic> found = matched.get(i);
            if (found.isEmpty()) {
                unmatched.add(shown.source() + ":" + question.heading().line() + ": " + question.title());
                continue;
            }
            topicsOf.put(id, found);
            found.forEach(t -> questionsOf.get(t).add(id));
        }
        questionsOf.keySet().removeIf(t -> fromTags.contains(t) && questionsOf.get(t).isEmpty());
        return new TopicIndex(List.copyOf(questionsOf.keySet()), questionsOf, topicsOf, unmatched);
    }

    /** Topics whose keywords {@code text} names, in taxonomy order. */
    List<Topic> match(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean ascii = Nfkc.isAscii(lower);
        return topics.stream().filter(t -> keywords.get(t).stream().anyMatch(k -> k.foundIn(lower, ascii))).toList();
    }

    private static String answerStart(Section question) {
        String text = question.body().stream().filter(b -> b.kind() != Block.Kind.CODE)
                .map(Block.Content::text).collect(Collectors.joining(" "));
        return text.length() > ANSWER_CHARS ? text.substring(0, ANSWER_CHARS) : text;
    }
}
