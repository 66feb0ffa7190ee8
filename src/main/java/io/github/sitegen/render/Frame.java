package io.github.sitegen.render;

import io.github.sitegen.dedup.DedupResult;
import io.github.sitegen.model.Page;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SourceEntry;
import io.github.sitegen.topic.Topic;
import io.github.sitegen.topic.TopicIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every page of one build shares, as {@code layout.peb} sees it: the site, its sidebar
 * (computed for one page at a time), its topics and what the dedup stage did. Made per build;
 * holds nothing that changes.
 */
final class Frame {
    static final String DUPLICATES = "duplicates.html";
    /**
     * Up to this many notes, a page's sidebar links every other note; beyond, it links the home
     * page instead, which lists them all: so a page's size does not grow with the number of notes.
     */
    static final int NOTES_IN_SIDEBAR = 20;

    private final SiteModel site;
    private final TopicIndex topics;
    private final Optional<String> baseUrl;
    private final Counts counts;
    /** Each note by its path: beyond {@value #NOTES_IN_SIDEBAR} notes a page's sidebar needs only its own. */
    private final Map<String, SourceEntry> sourcesByPath = new HashMap<>();

    /** @param baseUrl where the site is published, ending in {@code /}, used only for canonical URLs */
    Frame(SiteModel site, TopicIndex topics, Optional<String> baseUrl) {
        this.site = site;
        this.topics = topics;
        this.baseUrl = baseUrl;
        this.counts = Counts.of(site);
        site.sources().forEach(source -> sourcesByPath.putIfAbsent(source.path(), source));
    }

    SiteModel site() {
        return site;
    }

    TopicIndex topics() {
        return topics;
    }

    /** The page's public address, or empty when the site has no {@code baseUrl}. */
    String canonical(String url) {
        return baseUrl.map(b -> b + url).orElse("");
    }

    Optional<String> baseUrl() {
        return baseUrl;
    }

    static String topicUrl(Topic topic) {
        return "topics/" + topic.slug() + ".html";
    }

    /** A link from one page to another, with the other's question count (for the pager). */
    Views.Link link(Page from, Page to) {
        return to == null ? null : new Views.Link(to.title(), RelativeUrls.between(from.url(), to.url()), false, counts.of(to));
    }

    /**
     * The context of the page at {@code url}: {@code current} is the note page it is, if it is one.
     * Its navigation lists the pages of the current note and one link to each other note: a
     * sidebar of every page on every page made the site grow with the square of the notes.
     */
    Map<String, Object> context(String url, Page current) {
        return context(url, current, false);
    }

    /** The home page's context: it lists every page of every note, once for the whole site. */
    Map<String, Object> homeContext() {
        return context("index.html", null, true);
    }

    private Map<String, Object> context(String url, Page current, boolean everyPage) {
        List<Views.NavGroup> nav = new ArrayList<>();
        boolean linkOtherNotes = everyPage || site.sources().size() <= NOTES_IN_SIDEBAR;
        // not every note for every page when only the current one is shown: that grew with pages times notes
        List<SourceEntry> shown = linkOtherNotes ? site.sources()
                : current == null || !sourcesByPath.containsKey(current.sourcePath()) ? List.of()
                : List.of(sourcesByPath.get(current.sourcePath()));
        for (SourceEntry source : shown) {
            boolean isCurrent = current != null && current.sourcePath().equals(source.path());
            List<Views.Link> links = !isCurrent && !everyPage ? List.of() : source.pages().stream()
                    .map(p -> new Views.Link(p.title(), RelativeUrls.between(url, p.url()), p == current, counts.of(p), p.url()))
                    .toList();
            String first = source.pages().isEmpty() ? "" : RelativeUrls.between(url, source.pages().get(0).url());
            nav.add(new Views.NavGroup(source.title(), source.path(), isCurrent, counts.sources().get(source.path()), links, first));
        }
        if (!linkOtherNotes) {
            nav.add(new Views.NavGroup("All " + site.sources().size() + " notes", "", false, counts.total(), List.of(),
                    RelativeUrls.between(url, "index.html")));
        }
        Map<String, Object> context = new LinkedHashMap<>();
        List<Views.Link> topicLinks = topics.topics().stream()
                .map(t -> new Views.Link(t.name(), RelativeUrls.between(url, topicUrl(t)), url.equals(topicUrl(t)),
                        topics.questionsOf(t).size()))
                .toList();
        context.put("site", new Views.SiteView(site.title(), site.description().orElse(""), site.sources().size(),
                counts.pages().size(), counts.total(), nav, topicLinks, baseUrl.orElse("")));
        context.put("topic", null);
        context.put("root", RelativeUrls.between(url, "index.html").replaceFirst("index\\.html$", ""));
        context.put("page", null);
        DedupResult.Stats stats = site.dedup().stats();
        context.put("dedup", new Views.DedupSummary(stats.identicalCopies(), stats.variantGroups(), stats.nearGroups(),
                stats.linkedPairs(), stats.relatedLinks(), RelativeUrls.between(url, DUPLICATES)));
        context.put("meta", new Views.Meta(site.title(), site.description().orElseGet(this::summary),
                url.equals("index.html") ? baseUrl.orElse("") : ""));
        return context;
    }

    /** What the home page says of the guide, for search results and link previews when the site has no description. */
    String summary() {
        return "A study guide of " + (counts.total() > 0 ? count(counts.total(), "question") + " from " : "")
                + count(site.sources().size(), "note") + ".";
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** Questions per page (by identity: pages are records, and equal pages may sit in two places) and per note. */
    private record Counts(Map<Page, Integer> pages, Map<String, Integer> sources, int total) {
        static Counts of(SiteModel site) {
            Map<Page, Integer> pages = new IdentityHashMap<>();
            Map<String, Integer> sources = new HashMap<>();
            int total = 0;
            for (SourceEntry source : site.sources()) {
                int questions = 0;
                for (Page page : source.pages()) {
                    int n = page.questionCount();
                    pages.put(page, n);
                    questions += n;
                }
                sources.put(source.path(), questions);
                total += questions;
            }
            return new Counts(pages, sources, total);
        }

        int of(Page page) {
            return pages.get(page);
        }
    }
}
