package io.github.sitegen.core;


import java.util.Comparator;
import java.util.List;

/**
 * A note as a tree of sections.
 *
 * @param title    front matter title, else the first H1, else the file name made readable
 * @param preamble blocks before the first heading
 * @param sections top-level sections in reading order
 */
public record DocumentOutline(SourceDocument source, String title, List<Block.Content> preamble, List<Section> sections) {
    /** The guide's reading order: front matter {@code order} first, notes without it last, then by path. */
    public static final Comparator<DocumentOutline> READING_ORDER = Comparator
            .comparingInt((DocumentOutline d) -> d.source().frontMatter().order().orElse(Integer.MAX_VALUE))
            .thenComparing(d -> d.source().path());

    public DocumentOutline {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
    }

    public List<Section> allSections() {
        return sections.stream().flatMap(s -> s.flatten().stream()).toList();
    }
}
