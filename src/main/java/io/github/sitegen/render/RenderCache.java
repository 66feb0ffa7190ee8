package io.github.sitegen.render;

import io.github.sitegen.model.AnchorIndex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the render stage's pure steps computed in earlier builds of the same site, so that a
 * rebuild after a small edit (the live server's) redoes only what the edit touched: the
 * sanitising of each piece of note HTML, and the rewriting of each page's links.
 *
 * <p>Each result is keyed by the step's whole input (the HTML, and for links also the page and
 * the {@link AnchorIndex} they resolve against, of which the links stage's answers are a function), so a cached result is exactly what computing it
 * again would give; a fresh cache, as a one-off build uses, simply misses every time. Results
 * the latest build did not use are dropped, so the cache holds one site's worth.
 *
 * <p>Not thread-safe: one build at a time.
 */
public final class RenderCache {
    private record LinkInput(String sourcePath, String pageUrl, String html) {
    }

    /**
     * A page's article with its links rewritten, and what the practice page takes from it.
     *
     * @param answers the page's questions and answers as the practice page shows them
     */
    record Linked(String html, List<PracticeCards.Answer> answers) {
        Linked {
            answers = List.copyOf(answers);
        }
    }

    private Map<String, String> cleaned = new HashMap<>();
    private Map<String, String> cleanedNow = new HashMap<>();
    private AnchorIndex anchors;
    private Map<LinkInput, Linked> linked = new HashMap<>();
    private Map<LinkInput, Linked> linkedNow = new HashMap<>();
    private int hits;
    private int misses;

    /** Starts a build whose links resolve against {@code anchors}; link results of other anchors are forgotten. */
    void start(AnchorIndex anchors) {
        if (!anchors.equals(this.anchors)) {
            linked = new HashMap<>();
        }
        // a build that failed half-way never finished: what it computed against its anchors is dropped
        cleanedNow = new HashMap<>();
        linkedNow = new HashMap<>();
        this.anchors = anchors;
        hits = 0;
        misses = 0;
    }

    /** Ends a build: keeps what it used, drops the rest. */
    void finish() {
        cleaned = cleanedNow;
        cleanedNow = new HashMap<>();
        linked = linkedNow;
        linkedNow = new HashMap<>();
    }

    String clean(String html, Function<String, String> sanitizer) {
        String result = cleanedNow.get(html);
        if (result == null) {
            result = cleaned.get(html);
            if (result == null) {
                misses++;
                result = sanitizer.apply(html);
            } else {
                hits++;
            }
            cleanedNow.put(html, result);
        }
        return result;
    }

    /** The page rewritten by {@code rewrite}, or what it gave for the same input before. */
    Linked links(String sourcePath, String pageUrl, String html, Supplier<Linked> rewrite) {
        LinkInput input = new LinkInput(sourcePath, pageUrl, html);
        Linked page = linked.get(input);
        if (page == null) {
            misses++;
            page = rewrite.get();
        } else {
            hits++;
        }
        linkedNow.put(input, page);
        return page;
    }

    /** Steps of the latest build answered from the cache, and steps computed. */
    public String stats() {
        return hits + " reused, " + misses + " computed";
    }
}
