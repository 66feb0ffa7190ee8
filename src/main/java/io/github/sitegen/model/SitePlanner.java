package io.github.sitegen.model;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.dedup.DedupResult;
import io.github.sitegen.dedup.SectionKey;
import io.github.sitegen.markdown.GitHubSlugger;

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
        Placement placement = Placements.of(ordered, sources, dedup);
        Map<String, List<AnchorIndex.Target>> targets = new HashMap<>();
        for (DocumentOutline doc : ordered) {
            String path = doc.source().path();
            targets.put(path, doc.allSections().stream()
                    .map(s -> new AnchorIndex.Target(s.heading(), placement.landings().get(new SectionKey(path, s.anchor())).href()))
                    .toList());
        }
        return new SiteModel(siteTitle, description, sources, AnchorIndex.of(sources, targets), dedup, placement);
    }
}
