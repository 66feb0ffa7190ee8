package io.github.sitegen.render;

import io.github.sitegen.core.Block;
import io.github.sitegen.markdown.GitHubSlugger;
import io.github.sitegen.section.QuestionBanks;
import io.github.sitegen.model.Page;
import io.github.sitegen.model.PageItem;
import io.github.sitegen.model.PageLayout;
import io.github.sitegen.model.Place;
import io.github.sitegen.topic.Topic;
import io.github.sitegen.topic.TopicIndex;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The flashcards of the practice page: each question (a heading question, or a note's own
 * {@code <details><summary>} block) with its answer as the reader sees it on its page, links
 * re-pointed from the practice page, which sits at the site root.
 */
final class PracticeCards {
    /**
     * @param id     the question's place, page url and anchor
     * @param key    what the question is known by across builds: its note's path and its id in the note
     *               ({@code orm.md#what-is-a-queryset}), which stay when pages are re-split or another
     *               question is added; progress in the browser and Anki's notes are kept under it
     * @param answer sanitised HTML of the answer, its links and images from the site root
     * @param note   the path of the note it was written in
     * @param unanswered whether the note gives no answer yet: the card is practised as a prompt
     */
    record Card(String id, String key, String question, String answer, String source, String note, String page,
                List<String> topics, boolean unanswered) {
        Card {
            topics = List.copyOf(topics);
        }
    }

    private PracticeCards() {
    }

    /**
     * Gives each {@code <details>} block with a {@code <summary>} an id, so that it can be a card
     * whose progress is kept like a heading question's. Ids start with {@code sg-q-}, which no
     * GitHub heading slug produced from a note can clash with in practice. An admonition that
     * folds ({@code ??? tip "Hint"}) and a tab ({@code === "Python"}) are parts of the answer
     * around them, not questions; so is any block that folds inside a question's answer ("See
     * Class", "See deep-dive answer"), inside a list item that is a card, or inside a block that is one.
     */
    static void nameDetails(Document content) {
        GitHubSlugger ids = new GitHubSlugger();
        for (Element details : content.select("details:not(.sg-alert):not(.sg-tab)")) {
            Element summary = summaryOf(details);
            if (summary != null && !details.hasAttr("id") && !summary.text().isBlank() && !inAnswer(details)) {
                details.attr("id", ids.unique("sg-q-" + GitHubSlugger.slug(summary.text())));
            }
        }
        // each item of a list of questions is a card of its own (see section.QuestionBanks)
        for (Element item : content.select("li." + Block.PROMPT_CLASS)) {
            if (!item.hasAttr("id")) {
                item.attr("id", ids.unique("sg-q-" + GitHubSlugger.slug(QuestionBanks.promptOf(item))));
            }
        }
    }

    /**
     * What a card shows of a rendered page's question.
     *
     * @param fragment        where on its page the question is: the heading's anchor, or the details block's id
     * @param question        the question's text
     * @param answer          the answer's HTML, made to work on the practice page
     * @param headingQuestion whether it is a heading question (which has topics), not a details block
     * @param key             the note it was written in and its id there: see {@link Card#key}
     */
    record Answer(String fragment, String question, String answer, boolean headingQuestion, String key, boolean unanswered) {
    }

    /**
     * The questions and answers of a rendered page, as cards show them: {@code content} is its
     * article after links were resolved and details named. Depends on nothing else, so a builder
     * can keep it with the article between builds.
     */
    static List<Answer> answers(PageLayout layout, Document content) {
        Page page = layout.page();
        List<Answer> answers = new ArrayList<>();
        for (PageItem.Shown shown : layout.questions()) {
            Element answer = content.getElementById("sg-answer-" + shown.place().id());
            if (answer == null) {
                continue;
            }
            // ids belong to the question's own page; on the practice page they would clash
            boolean unanswered = answer.hasClass(Block.UNANSWERED_CLASS);
            Element copy = answer.clone();
            answers.add(new Answer(shown.place().id(), shown.section().title(), unanswered ? "" : portable(page, copy).html(),
                    true, shown.source() + "#" + shown.section().anchor(), unanswered));
        }
        for (Element details : content.select("details[id^=sg-q-]")) {
            Element answer = details.clone();
            Element summary = summaryOf(answer);
            String question = summary.text();
            summary.remove();
            answers.add(new Answer(details.id(), question, portable(page, answer).html(), false,
                    page.sourcePath() + "#" + details.id(), false));
        }
        for (Element item : content.select("li." + Block.PROMPT_CLASS + "[id]")) {
            // the card's answer is what is nested below the item's words: its answer, or the follow-up questions of a prompt
            Element answer = item.clone();
            Element first = answer.children().first();
            if (first != null && first.nameIs("p")) {
                first.remove();
            } else {
                answer.childNodes().stream().filter(n -> !(n instanceof Element e && e.isBlock() && !e.nameIs("br")))
                        .toList().forEach(org.jsoup.nodes.Node::remove);
            }
            answers.add(new Answer(item.id(), QuestionBanks.promptOf(item), portable(page, answer).html().strip(), false,
                    page.sourcePath() + "#" + item.id(), item.hasClass(Block.UNANSWERED_CLASS)));
        }
        return List.copyOf(answers);
    }

    /** The cards of a rendered page, from its questions and answers as {@link #answers} gave them. */
    static List<Card> cards(Page page, String sourceTitle, List<Answer> answers, TopicIndex topics) {
        List<Card> cards = new ArrayList<>();
        for (Answer answer : answers) {
            String id = new Place(page.url(), answer.fragment()).href();
            cards.add(new Card(id, answer.key(), answer.question(), answer.answer(), sourceTitle, page.sourcePath(), page.title(),
                    answer.headingQuestion() ? topics.topicsOf(id).stream().map(Topic::slug).toList() : List.of(),
                    answer.unanswered()));
        }
        return cards;
    }

    /** Whether an element sits in what a card already shows: a question's answer, a bank's item, a details card. */
    private static boolean inAnswer(Element element) {
        return element.parents().stream().anyMatch(p -> p.id().startsWith("sg-answer-")
                || p.nameIs("li") && p.hasClass(Block.PROMPT_CLASS) || p.nameIs("details") && p.id().startsWith("sg-q-"));
    }

    /** The summary that titles a details block: its own child, not one of a nested block. */
    private static Element summaryOf(Element details) {
        return details.children().stream().filter(c -> c.nameIs("summary")).findFirst().orElse(null);
    }

    /** An answer as it can stand on the practice page: no ids of its page, links from the root. */
    private static Element portable(Page page, Element answer) {
        answer.select("[id]").removeAttr("id");
        answer.select(".sg-anchor").remove();
        for (Element a : answer.select("a[href]")) {
            a.attr("href", fromRoot(page.url(), a.attr("href")));
        }
        for (Element img : answer.select("img[src]")) {
            img.attr("src", fromRoot(page.url(), img.attr("src")));
        }
        return answer;
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
