package io.github.sitegen.model;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One HTML page of the guide.
 *
 * @param url        path of the page relative to the site root, e.g. {@code django-guide/models.html}
 * @param sourcePath the note it comes from, relative to the content directory
 * @param trail      headings between the document and this page (a part that groups chapters)
 * @param lead       headings of parts that have no text of their own, shown (with their ids)
 *                   at the top of their first chapter's page so that links to them still land
 * @param intro      blocks shown before the first section (a note's preamble, a part's text)
 * @param sections   the sections on this page, each with its subsections
 * @param folded     ids of the sections on this page that are shown elsewhere in the guide (an
 *                   identical copy, another answer to a question answered elsewhere): the page
 *                   shows a note in their place, not them
 */
public record Page(String url, String title, String sourcePath, String documentTitle, List<String> trail,
                   List<Block.Heading> lead, List<Block.Content> intro, List<Section> sections, Set<String> folded) {
    public Page {
        trail = List.copyOf(trail);
        lead = List.copyOf(lead);
        intro = List.copyOf(intro);
        sections = List.copyOf(sections);
        folded = Set.copyOf(folded);
    }

    public Page(String url, String title, String sourcePath, String documentTitle, List<String> trail,
                List<Block.Heading> lead, List<Block.Content> intro, List<Section> sections) {
        this(url, title, sourcePath, documentTitle, trail, lead, intro, sections, Set.of());
    }

    /** Whether the section with this id is shown elsewhere, with a note here. */
    public boolean isFolded(Section section) {
        return folded.contains(section.anchor());
    }

    /** Every section shown on the page, nested ones included, in reading order; not those shown elsewhere. */
    public List<Section> allSections() {
        List<Section> all = new ArrayList<>();
        sections.forEach(s -> collect(s, all));
        return all;
    }

    private void collect(Section section, List<Section> into) {
        if (isFolded(section)) {
            return;
        }
        into.add(section);
        section.children().forEach(c -> collect(c, into));
    }

    public List<Section> questions() {
        return allSections().stream().filter(Section::question).toList();
    }

    /** Question cards on the page: its questions and the items of its lists of questions. */
    public int questionCount() {
        int prompts = intro.stream().mapToInt(Block.Content::prompts).sum();
        for (Section section : allSections()) {
            prompts += section.body().stream().mapToInt(Block.Content::prompts).sum();
        }
        return questions().size() + prompts;
    }

    /** How deep the page sits below the site root, as a relative prefix: {@code ../} per folder. */
    public String root() {
        return "../".repeat((int) url.chars().filter(c -> c == '/').count());
    }

    /** Words a reader finds on the page: its headings and text, not what is shown elsewhere. */
    int words() {
        int words = lead.stream().mapToInt(h -> words(h.text())).sum() + intro.stream().mapToInt(b -> words(b.text())).sum();
        for (Section section : allSections()) {
            words += words(section.title()) + section.body().stream().mapToInt(b -> words(b.text())).sum();
        }
        return words;
    }

    private static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            n += letter && !in ? 1 : 0;
            in = letter;
        }
        return n;
    }

    /** Size of its content, used to decide where to split. */
    int weight() {
        return intro.stream().mapToInt(b -> b.html().length()).sum()
                + allSections().stream().mapToInt(PageSplitter::ownWeight).sum();
    }
}
