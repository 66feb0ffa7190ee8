package io.github.sitegen.model;

import java.util.List;
import java.util.Optional;

/** One note of the content directory and the pages it was split into. */
public record SourceEntry(String path, String title, Optional<String> description, List<Page> pages) {
    public SourceEntry {
        pages = List.copyOf(pages);
    }

    public int questionCount() {
        return pages.stream().mapToInt(Page::questionCount).sum();
    }
}
