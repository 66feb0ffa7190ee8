package io.github.sitegen.model;

import io.github.sitegen.dedup.SectionKey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything is shown: for every page, in the reading order of {@link SiteModel#pages()}, what it shows; and for every
 * heading of every note, the place a link to it lands (where its text is shown, which for an
 * identical copy is where what it repeats is shown).
 */
public record Placement(List<PageLayout> pages, Map<SectionKey, Place> landings) {
    public Placement {
        pages = List.copyOf(pages);
        landings = Map.copyOf(landings);
    }

    /** Where a link to the heading {@code anchor} of note {@code source} lands. */
    public Optional<Place> landing(String source, String anchor) {
        return Optional.ofNullable(landings.get(new SectionKey(source, anchor)));
    }
}
