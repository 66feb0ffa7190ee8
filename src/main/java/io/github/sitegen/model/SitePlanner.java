package io.github.sitegen.model;

import io.github.sitegen.dedup.DedupResult;
import io.github.sitegen.dedup.SectionKey;
import io.github.sitegen.dedup.SectionRef;
import io.github.sitegen.markdown.Block;
import io.github.sitegen.markdown.GitHubSlugger;
import io.github.sitegen.markdown.NestedHeadings;
import io.github.sitegen.section.DocumentOutline;
import io.github.sitegen.section.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lays the notes out as a site: reading order, one folder of pages per note. */
public final class SitePlanner {

    public SiteModel plan(String siteTitle, Optional<String> description, List<DocumentOutline> outlines) {
        return plan(siteTitle, description, outlines, DedupResult.NONE);
    }

    /** @param dedup what to show once, and where: sections shown elsewhere become notes on their pages */
    public SiteModel plan(String siteTitle, Optional<String> description, List<DocumentOutline> outlines, DedupResult dedup) {
        List<DocumentOutline> ordered = outlines.stream().sorted(DocumentOutline.READING_ORDER).toList();
        GitHubSlugger folders = new GitHubSlugger();
        List<SourceEntry> sources = new ArrayList<>();
        for (DocumentOutline doc : ordered) {
            String base = GitHubSlugger.slug(doc.source().baseName());
            // "assets" is the theme's folder; a note must not land in it
            String folder = folders.unique(base.isEmpty() || base.equals("assets") ? "notes" : base);
            sources.add(new SourceEntry(doc.source().path(), doc.title(), doc.source().frontMatter().description(),
                    PageSplitter.split(doc, folder, dedup)));
        }
        Placements placements = new Placements(dedup);
        sources.forEach(s -> s.pages().forEach(placements::page));
        Map<String, List<AnchorIndex.Target>> targets = new HashMap<>();
        for (DocumentOutline doc : ordered) {
            String path = doc.source().path();
            String firstPage = sources.stream().filter(s -> s.path().equals(path)).findFirst()
                    .filter(s -> !s.pages().isEmpty()).map(s -> s.pages().get(0).url()).orElse("index.html");
            List<AnchorIndex.Target> list = new ArrayList<>();
            for (Section section : doc.allSections()) {
                String href = placements.href(new SectionKey(path, section.anchor())).orElse(firstPage);
                list.add(new AnchorIndex.Target(section.heading(), href));
                nested(section.body(), href, list);
            }
            nested(doc.preamble(), firstPage, list);
            targets.put(path, list);
        }
        return new SiteModel(siteTitle, description, sources, AnchorIndex.of(sources, targets), dedup);
    }

    /** Headings inside blocks (a quote, a list item) land on the page their block is shown on. */
    private static void nested(List<Block.Content> blocks, String href, List<AnchorIndex.Target> into) {
        String page = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        for (Block.Content block : blocks) {
            NestedHeadings.in(block).forEach(h -> into.add(new AnchorIndex.Target(h, page + "#" + h.anchor())));
        }
    }

    /**
     * Where each heading is shown. A section on its page is shown there; another answer is shown
     * on the page of the answer it joins, under an id of its own; an identical copy and what
     * is below it are shown where what they repeat is shown.
     */
    private static final class Placements {
        private final DedupResult dedup;
        private final Map<SectionKey, String> shown = new HashMap<>();
        /** The note standing for a section shown elsewhere, in case what it repeats cannot be found. */
        private final Map<SectionKey, String> notes = new HashMap<>();

        Placements(DedupResult dedup) {
            this.dedup = dedup;
        }

        void page(Page page) {
            for (Block.Heading lead : page.lead()) {
                shown.put(new SectionKey(page.sourcePath(), lead.anchor()), page.url() + "#" + lead.anchor());
            }
            for (Section section : page.sections()) {
                place(section, page.sourcePath(), page.url(), false, false);
            }
        }

        /** @param moved whether the section belongs to another note's answer shown on this page */
        private void place(Section section, String source, String url, boolean moved, boolean shownHere) {
            SectionKey key = new SectionKey(source, section.anchor());
            String id = moved ? AnchorIndex.movedAnchor(source, section.anchor()) : section.anchor();
            if (!shownHere && dedup.folds().containsKey(key)) {
                for (Section below : section.flatten()) {
                    notes.putIfAbsent(new SectionKey(source, below.anchor()), url + "#" + id);
                }
                return;
            }
            shown.put(key, url + "#" + id);
            for (Section child : section.children()) {
                place(child, source, url, moved, false);
            }
            for (DedupResult.Extra extra : dedup.extras(source, section.anchor())) {
                SectionRef member = extra.member().section();
                place(extra.shown(), member.source(), url, true, true);
                // what a near-identical answer shares with this one is not shown twice: links to it land on its additions
                String additions = url + "#" + AnchorIndex.movedAnchor(member.source(), member.anchor());
                for (Section below : member.section().flatten()) {
                    SectionKey k = new SectionKey(member.source(), below.anchor());
                    if (dedup.sameAs(k).isEmpty()) { // a copy inside it lands on what it repeats
                        shown.putIfAbsent(k, additions);
                    }
                }
            }
        }

        Optional<String> href(SectionKey key) {
            return Optional.ofNullable(resolve(key, 0));
        }

        private String resolve(SectionKey key, int depth) {
            String href = shown.get(key);
            if (href != null || depth > 64) {
                return href;
            }
            Optional<SectionKey> original = dedup.sameAs(key);
            if (original.isPresent()) {
                href = resolve(original.get(), depth + 1);
            }
            return href != null ? href : notes.get(key);
        }
    }
}
