package io.github.sitegen.render;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.util.List;

/**
 * What templates see: plain values with every link already relative to the page, and HTML
 * only as {@link SafeString}s that the sanitizer produced, so auto-escaping can stay on.
 */
public final class Views {
    private Views() {
    }

    /** @param page the target page's path from the site root, which keys the reader's progress; may be empty */
    public record Link(String title, String href, boolean current, int questions, String page) {
        public Link(String title, String href, boolean current, int questions) {
            this(title, href, current, questions, "");
        }
    }

    public record NavGroup(String title, String path, boolean current, int questions, List<Link> pages) {
        public NavGroup {
            pages = List.copyOf(pages);
        }
    }

    public record SiteView(String title, String description, int sources, int pages, int questions,
                           List<NavGroup> nav, List<Link> topics, String canonicalBase) {
        public SiteView {
            nav = List.copyOf(nav);
            topics = List.copyOf(topics);
        }
    }

    /** A topic's page: its questions from every note, grouped by note. */
    public record TopicView(String name, int questions, List<NavGroup> groups) {
        public TopicView {
            groups = List.copyOf(groups);
        }
    }

    public record TocEntry(String title, String href, int depth) {
    }

    public record PageView(String title, String documentTitle, String sourcePath, List<Link> breadcrumbs,
                           List<TocEntry> toc, boolean tocIsQuestions, SafeString content, Link previous, Link next,
                           String canonical) {
        public PageView {
            breadcrumbs = List.copyOf(breadcrumbs);
            toc = List.copyOf(toc);
        }
    }
}
