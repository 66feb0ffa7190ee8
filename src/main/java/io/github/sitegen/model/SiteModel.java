package io.github.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole guide: its sources in reading order, their pages, and where every heading ended up.
 */
public record SiteModel(String title, Optional<String> description, List<SourceEntry> sources, AnchorIndex anchors) {
    public SiteModel {
        sources = List.copyOf(sources);
    }

    /** All pages in reading order: source by source, page by page. */
    public List<Page> pages() {
        return sources.stream().flatMap(s -> s.pages().stream()).toList();
    }

    public int questionCount() {
        return sources.stream().mapToInt(SourceEntry::questionCount).sum();
    }
}
