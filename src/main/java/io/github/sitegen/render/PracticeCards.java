package io.github.sitegen.render;

import io.github.sitegen.model.Page;
import io.github.sitegen.section.Section;
import io.github.sitegen.topic.Topic;
import io.github.sitegen.topic.TopicIndex;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The flashcards of the practice page: each question with its answer as the reader sees it on
 * its page, links re-pointed from the practice page, which sits at the site root.
 */
final class PracticeCards {
    /**
     * @param id     the question's place, page url and anchor: also its key for progress kept in the browser
     * @param answer sanitised HTML of the answer
     */
    record Card(String id, String question, String answer, String source, String page, List<String> topics) {
        Card {
            topics = List.copyOf(topics);
        }
    }

    private final List<Card> cards = new ArrayList<>();

    /** Takes the cards of a rendered page: {@code content} is its article after links were resolved. */
    void collect(Page page, String sourceTitle, Document content, TopicIndex topics) {
        for (Section question : page.questions()) {
            Element answer = content.getElementById("sg-answer-" + question.anchor());
            if (answer == null) {
                continue;
            }
            Element copy = answer.clone();
            // ids belong to the question's own page; on the practice page they would clash
            copy.select("[id]").removeAttr("id");
            copy.select(".sg-anchor").remove();
            for (Element a : copy.select("a[href]")) {
                a.attr("href", fromRoot(page.url(), a.attr("href")));
            }
            String id = page.url() + "#" + question.anchor();
            cards.add(new Card(id, question.title(), copy.html(), sourceTitle, page.title(),
                    topics.topicsOf(id).stream().map(Topic::slug).toList()));
        }
    }

    List<Card> cards() {
        return List.copyOf(cards);
    }

    /** A link written on page {@code pageUrl}, as seen from the site root. */
    static String fromRoot(String pageUrl, String href) {
        if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || href.startsWith("//")) {
            return href;
        }
        if (href.startsWith("#")) {
            return pageUrl + href;
        }
        String dir = pageUrl.contains("/") ? pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1) : "";
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : (dir + href).split("/", -1)) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
