package io.github.sitegen.model;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.dedup.DedupResult;
import io.github.sitegen.dedup.SectionKey;
import io.github.sitegen.core.Block;
import io.github.sitegen.markdown.GitHubSlugger;
import io.github.sitegen.markdown.NestedHeadings;
import io.github.sitegen.section.SectionTreeBuilder;
import io.github.sitegen.core.Section;

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
            String base = GitHubSlugger.slug(SectionTreeBuilder.nameOf(doc.source()));
            // "assets" is the theme's folder; a note must not land in it
            String folder = folders.unique(base.isEmpty() || base.equals("assets") ? "notes" : base);
            sources.add(new SourceEntry(doc.source().path(), doc.title(), doc.source().frontMatter().description(),
                    PageSplitter.split(doc, folder, dedup)));
        }
        Placement placement = Placements.of(ordered, sources, dedup);
        Map<String, List<AnchorIndex.Target>> targets = new HashMap<>();
        for (DocumentOutline doc : ordered) {
            String path = doc.source().path();
            List<AnchorIndex.Target> list = new ArrayList<>();
            for (Section s : doc.allSections()) {
                String href = placement.landings().get(new SectionKey(path, s.anchor())).href();
                list.add(new AnchorIndex.Target(s.heading(), href));
                nested(s.body(), href, list);
            }
            sources.stream().filter(e -> e.path().equals(path) && !e.pages().isEmpty()).findFirst()
                    .ifPresent(e -> nested(doc.preamble(), e.pages().get(0).url(), list));
            targets.put(path, list);
        }
        return new SiteModel(siteTitle, description, sources, AnchorIndex.of(sources, targets), dedup, placement);
    }

    /** Headings inside blocks (a quote, a list item) land on the page their block is shown on. */
    private static void nested(List<Block.Content> blocks, String href, List<AnchorIndex.Target> into) {
        String page = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        for (Block.Content block : blocks) {
            NestedHeadings.in(block).forEach(h -> into.add(new AnchorIndex.Target(h, page + "#" + h.anchor())));
        }
    }
}
