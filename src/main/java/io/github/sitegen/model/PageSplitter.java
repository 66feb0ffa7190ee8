package io.github.sitegen.model;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Section;
import io.github.sitegen.dedup.DedupResult;
import io.github.sitegen.markdown.GitHubSlugger;
import io.github.sitegen.section.Questions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Splits one note into pages a reader can use. Chapters (H1/H2 below the title) become pages;
 * a heading that only groups chapters becomes part of their breadcrumb; notes without
 * chapter headings are cut by size at top-level sections, and a short note stays one page.
 */
final class PageSplitter {
    /** Characters of HTML a page aims at when a note gives no chapters to split at. */
    static final int TARGET_WEIGHT = 60_000;
    /** A chapter bigger than this is cut into parts, so that a page stays readable on a phone. */
    static final int MAX_WEIGHT = 180_000;

    /* Compiled once, not per heading: on a note of 100,000 headings, compiling these per call was
     * a twentieth of all the build allocated. */
    /** Emphasis markers left in a heading's text; an underscore inside a word ({@code get_object_or_404}) is not one. */
    private static final Pattern EMPHASIS = Pattern.compile("[*`]+|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    /** What precedes a heading's own words: "#" written as text, "Q." and "Question 3:" labels, numbering. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:#+\\s*)?(?:(?:Q(?:uestion)?\\s*)?\\d+(?:\\.\\d+)*[.):]?|Q(?:uestion)?[.:]|Step\\s+\\d+[.:]?|Example\\s+\\d+[.:]?)\\s+");
    private static final Pattern FIRST_ITEM = Pattern.compile("^(\\*\\*)?1[.)].*");

    /** What a note in place of a section shown elsewhere weighs. */
    static final int NOTE_WEIGHT = 300;

    private final DocumentOutline doc;
    private final String folder;
    private final DedupResult dedup;
    private final GitHubSlugger pageSlugs = new GitHubSlugger();
    private final List<Page> pages = new ArrayList<>();
    private final List<Block.Content> pendingIntro = new ArrayList<>();
    private final List<Block.Heading> pendingLead = new ArrayList<>();
    /** The note's own index, waiting for the page of the chapter it precedes. */
    private final List<Section> pendingIndex = new ArrayList<>();
    /** Questions on the pages made so far from loose sections: where the next run's count starts. */
    private int questionsBefore;

    private PageSplitter(DocumentOutline doc, String folder, DedupResult dedup) {
        this.doc = doc;
        this.folder = folder;
        this.dedup = dedup;
    }

    static List<Page> split(DocumentOutline doc, String folder) {
        return split(doc, folder, DedupResult.NONE);
    }

    /** @param dedup which sections are shown elsewhere (they weigh a note) and which show other answers too */
    static List<Page> split(DocumentOutline doc, String folder, DedupResult dedup) {
        PageSplitter splitter = new PageSplitter(doc, folder, dedup);
        splitter.run();
        return TinyPages.merged(splitter.pages);
    }

    private void run() {
        pendingIntro.addAll(doc.preamble());
        List<Section> top = new ArrayList<>(doc.sections());
        if (!top.isEmpty() && top.get(0).level() == 1 && !hasText(doc.preamble()) && !folded(top.get(0))) {
            // The leading H1 names the whole note: its text introduces the first page (unless the
            // whole note repeats another, when it is only a note pointing there).
            Section title = top.remove(0);
            pendingLead.add(title.heading());
            pendingIntro.addAll(title.body());
            top.addAll(0, title.children());
        }
        walk(top, List.of());
        if (pages.isEmpty() || !pendingIntro.isEmpty() || !pendingLead.isEmpty() || !pendingIndex.isEmpty()) {
            // Nothing but a preamble (or text after the last page was made): it still gets a page.
            addPage(doc.title(), List.of(), List.of());
        }
    }

    /** Chapters become pages in reading order; runs of other sections between them are grouped. */
    private void walk(List<Section> sections, List<String> trail) {
        boolean hasChapters = sections.stream().anyMatch(this::isChapter);
        List<Section> loose = new ArrayList<>();
        for (Section section : sections) {
            if (isChapter(section)) {
                if (!loose.isEmpty() && loose.stream().allMatch(doc::isIndex)) {
                    pendingIndex.addAll(loose); // the note's index opens the next chapter's page, not a page of its own
                    loose.clear();
                }
                flushLoose(loose, trail, hasChapters);
                chapter(section, trail);
            } else {
                loose.add(section);
            }
        }
        flushLoose(loose, trail, hasChapters);
    }

    /**
     * An H1/H2 that names a topic; an H1/H2 that asks a question is an item, not a chapter, and
     * one shown elsewhere is only a note.
     */
    private boolean isChapter(Section section) {
        return section.level() <= 2 && !section.question() && !folded(section) && !doc.isIndex(section);
    }

    private boolean folded(Section section) {
        return dedup.isFolded(doc.source().path(), section.anchor());
    }

    /** What a section weighs on a page: its text, the other answers it shows, its subsections; a note if shown elsewhere. */
    private int weight(Section section) {
        if (folded(section)) {
            return NOTE_WEIGHT;
        }
        int weight = ownWeight(section);
        for (DedupResult.Extra extra : dedup.extras(doc.source().path(), section.anchor())) {
            weight += extra.shown().flatten().stream().mapToInt(PageSplitter::ownWeight).sum();
        }
        for (Section child : section.children()) {
            weight += weight(child);
        }
        return weight;
    }

    private void chapter(Section chapter, List<String> trail) {
        if (chapter.children().stream().noneMatch(this::isChapter)) {
            pages(chapter.title(), trail, List.of(chapter));
            return;
        }
        // A part that groups chapters: its heading and text open the next page, its children follow in order.
        pendingLead.add(chapter.heading());
        pendingIntro.addAll(chapter.body());
        walk(chapter.children(), append(trail, chapter.title()));
    }

    /** One page for the sections, or several when they are too big for one. */
    private void pages(String title, List<String> trail, List<Section> sections) {
        int weight = sections.stream().mapToInt(this::weight).sum();
        if (weight <= MAX_WEIGHT || sections.size() != 1 || sections.get(0).children().size() < 2) {
            addPage(title, trail, sections);
            return;
        }
        Section big = sections.get(0);
        List<List<Section>> chunks = chunk(big.children(), TARGET_WEIGHT, this::weight);
        for (int i = 0; i < chunks.size(); i++) {
            String partTitle = tidy(title) + " (" + (i + 1) + " of " + chunks.size() + ")";
            String slug = GitHubSlugger.slug(tidy(title)) + "-" + (i + 1);
            if (i == 0) {
                addPage(partTitle, slug, trail, List.of(new Section(big.heading(), big.body(), chunks.get(0), big.question())));
            } else {
                addPage(partTitle, slug, append(trail, title), chunks.get(i));
            }
        }
    }

    private void flushLoose(List<Section> loose, List<String> trail, boolean besideChapters) {
        if (loose.isEmpty()) {
            return;
        }
        List<List<Section>> chunks = chunk(loose, TARGET_WEIGHT, this::weight);
        for (int i = 0; i < chunks.size(); i++) {
            List<Section> chunk = chunks.get(i);
            Optional<String> range = PageNames.questionRange(chunk, doc::isIndex, questionsBefore, chunks.size() > 1);
            questionsBefore += (int) chunk.stream().filter(s -> s.question() && !doc.isIndex(s)).count();
            if (range.isPresent()) {
                addPage(PageNames.withFirstQuestion(range.get(), chunk, doc::isIndex, this::folded),
                        GitHubSlugger.slug(range.get().replace('–', '-')), trail, chunk);
            } else if (chunks.size() == 1) {
                addPage(besideChapters || !trail.isEmpty() ? summary(chunk) : doc.title(), trail, chunk);
            } else {
                addPage("Part " + (i + 1) + ": " + summary(chunk), "part-" + (i + 1), trail, chunk);
            }
        }
        loose.clear();
    }

    /** Cuts sections into runs of about {@code target} weight, preferring to cut where numbering restarts. */
    static List<List<Section>> chunk(List<Section> sections, int target, ToIntFunction<Section> weigh) {
        int total = sections.stream().mapToInt(weigh).sum();
        if (total <= target * 3 / 2) {
            return List.of(List.copyOf(sections));
        }
        List<List<Section>> chunks = new ArrayList<>();
        List<Section> current = new ArrayList<>();
        int weight = 0;
        for (Section section : sections) {
            int w = weigh.applyAsInt(section);
            // the cheap test first: few headings are a list's first item, and only those need normalising
            boolean restart = FIRST_ITEM.matcher(section.title().strip()).matches()
                    && Questions.normalise(section.title()).length() < section.title().strip().length();
            if (!current.isEmpty() && (weight + w > target || (restart && weight > target / 2))) {
                chunks.add(List.copyOf(current));
                current.clear();
                weight = 0;
            }
            current.add(section);
            weight += w;
        }
        if (!current.isEmpty()) {
            chunks.add(List.copyOf(current));
        }
        return chunks;
    }

    /** A title for a run of sections that had none: its first two headings shown here, shortened. */
    private String summary(List<Section> sections) {
        List<Section> shown = sections.stream().filter(s -> !folded(s) && !doc.isIndex(s)).toList();
        // three tell "more than two": tidying every heading of a long run was a twentieth of the build
        List<String> titles = (shown.isEmpty() ? sections : shown).stream()
                .map(s -> shorten(tidy(s.title()))).filter(t -> !t.isEmpty()).distinct().limit(3).toList();
        if (titles.isEmpty()) {
            return "Notes";
        }
        String head = String.join(" · ", titles.subList(0, Math.min(2, titles.size())));
        return titles.size() > 2 ? head + " …" : head;
    }

    static String shorten(String title) {
        if (title.length() <= 48) {
            return title;
        }
        int cut = title.lastIndexOf(' ', 48); // a word that ends at the limit fits
        return title.substring(0, cut > 20 ? cut : 47) + "…";
    }

    /** A heading as it reads in a title: no numbering, no emphasis markers. */
    static String tidy(String title) {
        String t = EMPHASIS.matcher(title).replaceAll("").strip();
        return NUMBERING.matcher(t).replaceFirst("");
    }

    private void addPage(String title, List<String> trail, List<Section> sections) {
        String readable = title.isBlank() ? doc.title() : tidy(title);
        addPage(readable, GitHubSlugger.slug(readable.replace('–', '-')), trail, sections);
    }

    private void addPage(String readable, String slug, List<String> trail, List<Section> shown) {
        List<Section> sections = new ArrayList<>(pendingIndex);
        sections.addAll(shown);
        pendingIndex.clear();
        String unique = pageSlugs.unique(slug.isEmpty() || slug.equals("index") ? "page" : PageFileNames.bounded(slug));
        Set<String> folded = new HashSet<>();
        sections.forEach(s -> collectFolded(s, folded));
        pages.add(new Page(folder + "/" + unique + ".html", readable, doc.source().path(), doc.title(), trail,
                pendingLead, pendingIntro, sections, folded));
        pendingLead.clear();
        pendingIntro.clear();
    }

    private void collectFolded(Section section, Set<String> into) {
        if (folded(section)) {
            into.add(section.anchor());
        } else {
            section.children().forEach(c -> collectFolded(c, into));
        }
    }

    private static List<String> append(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    /** Blocks that carry words: a note whose H1 is followed only by a rule has no introduction. */
    private static boolean hasText(List<Block.Content> blocks) {
        return blocks.stream().anyMatch(b -> b.kind() != Block.Kind.RULE && !b.text().isBlank());
    }

    static int ownWeight(Section section) {
        return section.heading().inlineHtml().length() + section.body().stream().mapToInt(b -> b.html().length()).sum();
    }
}
