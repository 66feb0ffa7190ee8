package io.github.sitegen.model;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Section;
import io.github.sitegen.dedup.DedupResult;
import io.github.sitegen.dedup.SectionKey;
import io.github.sitegen.dedup.SectionRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, once, where each section is shown and under which id. A section on its page is
 * shown there; another answer is shown on the page of the answer it joins, under an id of its
 * own; an identical copy and what is below it are shown where what they repeat is shown.
 */
final class Placements {
    private final DedupResult dedup;
    private final Map<SectionKey, Place> shown = new HashMap<>();
    /** The note standing for a section shown elsewhere, in case what it repeats cannot be found. */
    private final Map<SectionKey, Place> notes = new HashMap<>();
    private final Map<SectionKey, Place> landings = new HashMap<>();

    private Placements(DedupResult dedup) {
        this.dedup = dedup;
    }

    /** @param outlines the notes, each with the pages it was split into in {@code sources} */
    static Placement of(List<DocumentOutline> outlines, List<SourceEntry> sources, DedupResult dedup) {
        Placements placements = new Placements(dedup);
        sources.forEach(s -> s.pages().forEach(placements::place));
        for (DocumentOutline doc : outlines) {
            String path = doc.source().path();
            Place firstPage = sources.stream().filter(s -> s.path().equals(path)).findFirst()
                    .filter(s -> !s.pages().isEmpty()).map(s -> new Place(s.pages().get(0).url(), ""))
                    .orElse(new Place("index.html", ""));
            for (Section section : doc.allSections()) {
                SectionKey key = new SectionKey(path, section.anchor());
                Place place = placements.resolve(key, 0);
                placements.landings.put(key, place == null ? firstPage : place);
            }
        }
        List<PageLayout> layouts = new ArrayList<>();
        sources.forEach(s -> s.pages().forEach(p -> layouts.add(placements.new Layout(p).build())));
        return new Placement(layouts, placements.landings);
    }

    private static String id(String source, String anchor, boolean moved) {
        return moved ? AnchorIndex.movedAnchor(source, anchor) : anchor;
    }

    private void place(Page page) {
        page.lead().forEach(lead -> shown.put(new SectionKey(page.sourcePath(), lead.anchor()), new Place(page.url(), lead.anchor())));
        for (Section section : page.sections()) {
            place(section, page.sourcePath(), page.url(), false, false);
        }
    }

    /** @param moved whether the section belongs to another note's answer shown on this page */
    private void place(Section section, String source, String url, boolean moved, boolean shownHere) {
        SectionKey key = new SectionKey(source, section.anchor());
        Place here = new Place(url, id(source, section.anchor(), moved));
        if (!shownHere && dedup.folds().containsKey(key)) {
            for (Section below : section.flatten()) {
                notes.putIfAbsent(new SectionKey(source, below.anchor()), here);
            }
            return;
        }
        shown.put(key, here);
        for (Section child : section.children()) {
            place(child, source, url, moved, false);
        }
        for (DedupResult.Extra extra : dedup.extras(source, section.anchor())) {
            SectionRef member = extra.member().section();
            place(extra.shown(), member.source(), url, true, true);
            // what a near-identical answer shares with this one is not shown twice: links to it land on its additions
            Place additions = new Place(url, AnchorIndex.movedAnchor(member.source(), member.anchor()));
            for (Section below : member.section().flatten()) {
                SectionKey k = new SectionKey(member.source(), below.anchor());
                if (dedup.sameAs(k).isEmpty()) { // a copy inside it lands on what it repeats
                    shown.putIfAbsent(k, additions);
                }
            }
        }
    }

    private Place resolve(SectionKey key, int depth) {
        Place place = shown.get(key);
        if (place != null || depth > 64) {
            return place;
        }
        place = dedup.sameAs(key).map(original -> resolve(original, depth + 1)).orElse(null);
        return place != null ? place : notes.get(key);
    }

    /** One page's items, once every landing is known. */
    private final class Layout {
        private final Page page;

        Layout(Page page) {
            this.page = page;
        }

        PageLayout build() {
            List<PageLayout.Lead> lead = page.lead().stream()
                    .map(h -> new PageLayout.Lead(h, new Place(page.url(), h.anchor()))).toList();
            return new PageLayout(page, lead, page.intro(), sections(page.sections(), page.sourcePath(), false));
        }

        /** Sections in order; a run of sections shown elsewhere becomes one note. */
        private List<PageItem> sections(List<Section> sections, String source, boolean moved) {
            List<PageItem> items = new ArrayList<>();
            List<PageItem.Copy> elsewhere = new ArrayList<>();
            for (Section section : sections) {
                DedupResult.Fold fold = dedup.fold(source, section.anchor()).orElse(null);
                if (fold != null) {
                    elsewhere.add(new PageItem.Copy(section, here(source, section, moved), fold.kind(),
                            landing(source, section.anchor())));
                    continue;
                }
                flush(elsewhere, items);
                items.add(shown(section, source, moved));
            }
            flush(elsewhere, items);
            return items;
        }

        private void flush(List<PageItem.Copy> elsewhere, List<PageItem> items) {
            if (!elsewhere.isEmpty()) {
                items.add(new PageItem.Elsewhere(elsewhere));
                elsewhere.clear();
            }
        }

        private PageItem.Shown shown(Section section, String source, boolean moved) {
            List<PageItem> children = sections(section.children(), source, moved);
            List<DedupResult.Extra> extras = dedup.extras(source, section.anchor());
            List<PageItem.Answer> answers = new ArrayList<>();
            for (int i = 0; i < extras.size(); i++) {
                DedupResult.Extra extra = extras.get(i);
                SectionRef member = extra.member().section();
                answers.add(new PageItem.Answer(extra.member(), extra.shown(), i + 2, extras.size() + 1,
                        new Place(page.url(), AnchorIndex.movedAnchor(member.source(), member.anchor())),
                        sections(extra.shown().children(), member.source(), true)));
            }
            List<PageItem.Related> related = new ArrayList<>();
            dedup.alsoAsked(source, section.anchor())
                    .forEach(ref -> related.add(new PageItem.Related(ref, landing(ref.source(), ref.anchor()), true)));
            dedup.related(source, section.anchor())
                    .forEach(ref -> related.add(new PageItem.Related(ref, landing(ref.source(), ref.anchor()), false)));
            return new PageItem.Shown(section, source, here(source, section, moved), moved, children, answers, related);
        }

        private Place here(String source, Section section, boolean moved) {
            return new Place(page.url(), id(source, section.anchor(), moved));
        }

        private Place landing(String source, String anchor) {
            Place place = landings.get(new SectionKey(source, anchor));
            return place == null ? new Place(page.url(), "") : place;
        }
    }
}
