package io.github.sitegen.section;

import io.github.sitegen.core.Block;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list kept to practise with: most of its items ask something ("What is CSS selector
 * specificity?", "Tell me about a time you disagreed with your manager."), the rest are
 * prompts of the same list ("Describe Floats and how they work."). Each item is a question
 * card of its own; what is indented below it belongs to it: follow-up questions
 * ({@code * What techniques do you use?}) are part of the prompt, anything else is its answer.
 * An item with nothing but follow-ups below it has no answer yet.
 *
 * <p>The list stays where it was written, between the text before and after it; its items are
 * marked ({@link Block#PROMPT_CLASS}) for the render stage, which makes them cards. A list of
 * links (a table of contents), a task list, a list of named criteria ("Growth - Are you making a
 * continued effort to grow?"), or a list inside a question's answer is not a bank.
 */
public final class QuestionBanks {
    /** The question marks of the scripts notes are written in: Latin, full-width, Arabic, Greek's own. */
    private static final Pattern ASKS = Pattern.compile("[?\uFF1F\u061F\u037E]\\s*$");
    /** Greek asks with the semicolon its keyboards type for the Greek question mark. */
    private static final Pattern GREEK = Pattern.compile("\\p{IsGreek}");
    /** "Motivation - What drives you?": an item that opens by naming what it is about, as a checklist's or a glossary's do. */
    private static final Pattern NAMED = Pattern.compile("^[^?.!:]{1,60}?\\s[-\u2013\u2014]\\s+\\S");
    private static final Pattern ANY_MARK = Pattern.compile("[?\uFF1F\u061F\u037E;]");

    private QuestionBanks() {
    }

    /** The block with its items marked as cards, when it is a list that is a bank; else empty. */
    static Optional<Block.Content> marked(Block.Content block) {
        if (block.kind() != Block.Kind.LIST || !ANY_MARK.matcher(block.text()).find()) {
            return Optional.empty();
        }
        return marked(block, true);
    }

    /** The block marked as a bank whatever marks end its items: a list like the banks beside it. */
    static Optional<Block.Content> markedAlike(Block.Content block) {
        return block.kind() == Block.Kind.LIST ? marked(block, false) : Optional.empty();
    }

    private static Optional<Block.Content> marked(Block.Content block, boolean mostAsk) {
        Document doc = Jsoup.parseBodyFragment(block.html());
        doc.outputSettings().prettyPrint(false);
        Element list = doc.body().children().first();
        if (list == null || doc.body().children().size() != 1 || !(list.nameIs("ul") || list.nameIs("ol"))) {
            return Optional.empty();
        }
        List<Element> items = list.children().stream().filter(e -> e.nameIs("li")).toList();
        // most items end with a question mark: the others (“Describe floats.”) are prompts of the same list
        long asking = items.stream().filter(i -> endsAsking(promptOf(i))).count();
        if (items.size() < 2 || mostAsk && asking * 2 <= items.size() || items.stream().anyMatch(QuestionBanks::notAPrompt)) {
            return Optional.empty();
        }
        // a list of named criteria ("Growth - Are you making a continued effort to grow?") is a checklist, not prompts
        if (items.stream().filter(i -> NAMED.matcher(promptOf(i)).find()).count() * 2 > items.size()) {
            return Optional.empty();
        }
        for (Element item : items) {
            item.addClass(Block.PROMPT_CLASS);
            if (!answered(item)) {
                item.addClass(Block.UNANSWERED_CLASS);
            }
        }
        return Optional.of(new Block.Content(block.kind(), doc.body().html(), block.text(), block.line()));
    }

    /** A list item's own words: its first paragraph, or its text before anything nested. */
    public static String promptOf(Element item) {
        Element first = item.children().first();
        if (first != null && first.nameIs("p")) {
            return first.text().strip();
        }
        Element own = item.clone();
        own.children().stream().filter(QuestionBanks::nested).toList().forEach(Element::remove);
        return own.text().strip();
    }

    /** Whether a text ends with a question mark of any script notes are written in. */
    static boolean endsAsking(String text) {
        return ASKS.matcher(text).find() || text.stripTrailing().endsWith(";") && GREEK.matcher(text).find();
    }

    private static boolean asks(Element item) {
        String text = promptOf(item);
        return endsAsking(text) || Questions.isQuestion(text);
    }

    /** A link standing alone (a table of contents), a task, or an item with no words of its own. */
    private static boolean notAPrompt(Element item) {
        String text = promptOf(item);
        if (text.isEmpty() || item.hasClass("task-list-item")) {
            return true;
        }
        Element first = item.children().first();
        return first != null && first.nameIs("a") && first.text().strip().equals(text)
                || first != null && first.nameIs("p") && first.children().size() == 1 && first.child(0).nameIs("a")
                && first.child(0).text().strip().equals(text);
    }

    /** Whether anything below the item's own words is not a follow-up question. */
    private static boolean answered(Element item) {
        boolean skippedQuestion = false;
        for (Element child : item.children()) {
            if (!skippedQuestion && child.nameIs("p")) {
                skippedQuestion = true;
                continue;
            }
            if (!nested(child)) {
                continue;
            }
            if (child.nameIs("ul") || child.nameIs("ol")) {
                boolean followUps = child.children().stream().allMatch(li -> asks(li) && li.children().stream().noneMatch(QuestionBanks::nested));
                if (!followUps) {
                    return true;
                }
            } else {
                return true;
            }
        }
        return false;
    }

    /** Blocks below an item's own words. */
    private static boolean nested(Element e) {
        return e.nameIs("ul") || e.nameIs("ol") || e.nameIs("p") || e.nameIs("pre") || e.nameIs("blockquote")
                || e.nameIs("table") || e.nameIs("div") || e.nameIs("details") || e.nameIs("h1") || e.nameIs("h2")
                || e.nameIs("h3") || e.nameIs("h4") || e.nameIs("h5") || e.nameIs("h6");
    }
}
