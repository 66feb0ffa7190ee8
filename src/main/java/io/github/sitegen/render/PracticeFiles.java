package io.github.sitegen.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.output.SiteFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The emitter of the practice page and its cards, as a script so that practice works from disk as well as online. */
final class PracticeFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Theme theme;
    private final Frame frame;

    PracticeFiles(Theme theme, Frame frame) {
        this.theme = theme;
        this.frame = frame;
    }

    /**
     * @param cards every question's card, in reading order
     * @param anki  the Anki files the page links to; null when the build writes none
     */
    List<SiteFile> files(List<PracticeCards.Card> cards, AnkiFiles.Names anki) {
        Map<String, Object> practice = frame.context("practice.html", null);
        practice.put("anki", anki);
        practice.put("meta", new Views.Meta("Practice", "Flashcards from every question of " + frame.site().title()
                + ": reveal, mark what you knew, review the rest.", frame.canonical("practice.html")));
        return List.of(SiteFile.text("practice.html", theme.render("practice", practice)),
                new SiteFile("practice-data.js", data(cards)));
    }

    private byte[] data(List<PracticeCards.Card> cards) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("guide", frame.site().title());   // a progress file names it: one from another guide is refused
        // ordered maps throughout: Map.of iterates in an order that changes from run to run
        data.put("topics", frame.topics().topics().stream().map(t -> {
            Map<String, String> topic = new LinkedHashMap<>();
            topic.put("slug", t.slug());
            topic.put("name", t.name());
            return topic;
        }).toList());
        data.put("cards", cards.stream().map(c -> {
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("id", c.id());
            card.put("k", c.key());
            card.put("q", c.question());
            card.put("a", c.answer());
            card.put("s", c.source());
            card.put("p", c.page());
            card.put("t", c.topics());
            if (c.unanswered()) {
                card.put("unanswered", true); // a prompt to practise: the card has no answer yet
            }
            return card;
        }).toList());
        // straight to UTF-8 bytes: at 100× the notes the cards are 47 MB, too big to hold as a string and its copies
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("window.siteGenPractice = ".getBytes(StandardCharsets.UTF_8));
        try {
            JSON.writeValue(out, data);
        } catch (IOException e) {
            throw new IllegalStateException("cards of plain values always serialise", e);
        }
        out.writeBytes(";\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
