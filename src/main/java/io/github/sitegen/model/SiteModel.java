package io.github.sitegen.model;

import io.github.sitegen.dedup.DedupResult;

import java.util.List;
import java.util.Optional;

/**
 * The whole guide: its sources in reading order, their pages, where every heading ended up,
 * what the dedup stage brought together, and what each page shows under which ids.
 */
public record SiteModel(String title, Optional<String> description, List<SourceEntry> sources, AnchorIndex anchors,
                        DedupResult dedup, Placement placement) {
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
