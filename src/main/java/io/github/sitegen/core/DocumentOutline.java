package io.github.sitegen.core;


import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A note as a tree of sections.
 *
 * @param title    front matter title, else the first H1, else the file name made readable
 * @param preamble blocks before the first heading
 * @param sections top-level sections in reading order
 * @param indexes  ids of the sections that are the note's own table of contents (a list or
 *                 table of links to its headings): its index, not a chapter of its own
 */
public record DocumentOutline(SourceDocument source, String title, List<Block.Content> preamble, List<Section> sections,
                              Set<String> indexes) {
    /** The guide's reading order: front matter {@code order} first, notes without it last, then by path. */
    public static final Comparator<DocumentOutline> READING_ORDER = Comparator
            .comparingDouble((DocumentOutline d) -> d.source().frontMatter().order().orElse(Double.POSITIVE_INFINITY))
            .thenComparing(d -> d.source().path());

    public DocumentOutline {
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        indexes = Set.copyOf(indexes);
    }

    public DocumentOutline(SourceDocument source, String title, List<Block.Content> preamble, List<Section> sections) {
        this(source, title, preamble, sections, Set.of());
    }

    /** Whether the section is the note's own table of contents. */
    public boolean isIndex(Section section) {
        return indexes.contains(section.anchor());
    }

    public List<Section> allSections() {
        return sections.stream().flatMap(s -> s.flatten().stream()).toList();
    }
}
