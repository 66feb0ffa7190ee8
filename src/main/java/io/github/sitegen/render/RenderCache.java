package io.github.sitegen.render;

import io.github.sitegen.model.AnchorIndex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the render stage's pure steps computed in earlier builds of the same site, so that a
 * rebuild after a small edit (the live server's) redoes only what the edit touched: the
 * sanitising of each piece of note HTML, the re-pointing of its links, and what the practice
 * page takes from each article.
 *
 * <p>Each result is keyed by the step's whole input (the HTML, and for links also the note, the
 * page and the {@link AnchorIndex} the links stage resolved them against), so a cached result is
 * exactly what computing it again would give; a fresh cache, as a one-off build uses, simply
 * misses every time. Results the latest build did not use are dropped, so the cache holds one
 * site's worth.
 *
 * <p>One build at a time; within a build, pages may be rendered concurrently.
 */
public final class RenderCache {
    /** A piece of HTML shown on a page, written in note {@code sourcePath}. */
    private record Input(String sourcePath, String pageUrl, String html) {
    }

    /**
     * A page's article after its details blocks were named, and what the practice page takes from it.
     *
     * @param answers the page's questions and answers as the practice page shows them
     */
    record Linked(String html, List<PracticeCards.Answer> answers) {
        Linked {
            answers = List.copyOf(answers);
        }
    }

    /** Whether results are kept at all; a one-off build's are not, they would hold the whole site. */
    private final boolean keeps;
    private final Memo<String, String> cleaned = new Memo<>();
    private final Memo<Input, String> linked = new Memo<>();
    private final Memo<Input, Linked> articles = new Memo<>();
    private AnchorIndex anchors;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();

    public RenderCache() {
        this(true);
    }

    private RenderCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** A cache that keeps nothing: for a build that has no next build to speed up. */
    public static RenderCache forgetful() {
        return new RenderCache(false);
    }

    /** Starts a build whose links resolve against {@code anchors}; link results of other anchors are forgotten. */
    void start(AnchorIndex anchors) {
        if (!anchors.equals(this.anchors)) {
            linked.forget();
        }
        // a build that failed half-way never finished: what it computed against its anchors is dropped
        cleaned.start();
        linked.start();
        articles.start();
        this.anchors = anchors;
        hits.set(0);
        misses.set(0);
    }

    /** Ends a build: keeps what it used, drops the rest. */
    void finish() {
        cleaned.finish();
        linked.finish();
        articles.finish();
    }

    String clean(String html, Function<String, String> sanitizer) {
        return cleaned.get(html, () -> sanitizer.apply(html));
    }

    /** Sanitised note HTML with its links re-pointed by {@code rewrite}. */
    String links(String sourcePath, String pageUrl, String html, Supplier<String> rewrite) {
        return linked.get(new Input(sourcePath, pageUrl, html), rewrite);
    }

    /** A page's article as {@code finish} makes it ready for its page and the practice page. */
    Linked article(String sourcePath, String pageUrl, String html, Supplier<Linked> finish) {
        return articles.get(new Input(sourcePath, pageUrl, html), finish);
    }

    /** Steps of the latest build answered from the cache, and steps computed. */
    public String stats() {
        return hits + " reused, " + misses + " computed";
    }

    /**
     * One step's results: those of the build before, and those the current build used. Pages are
     * rendered on every core, so the current build's results are a concurrent map; the build
     * before's is only read while a build runs.
     */
    private final class Memo<K, V> {
        private Map<K, V> before = new HashMap<>();
        private ConcurrentHashMap<K, V> now = new ConcurrentHashMap<>();

        V get(K key, Supplier<V> compute) {
            if (!keeps) {
                misses.incrementAndGet();
                return compute.get();
            }
            V result = now.get(key);
            if (result == null) {
                result = before.get(key);
                if (result == null) {
                    misses.incrementAndGet();
                    result = compute.get();
                } else {
                    hits.incrementAndGet();
                }
                // two pages that computed the same input at once computed the same value
                V earlier = now.putIfAbsent(key, result);
                result = earlier == null ? result : earlier;
            }
            return result;
        }

        void forget() {
            before = new HashMap<>();
        }

        void start() {
            now = new ConcurrentHashMap<>();
        }

        void finish() {
            before = new HashMap<>(now);
            now = new ConcurrentHashMap<>();
        }
    }
}
