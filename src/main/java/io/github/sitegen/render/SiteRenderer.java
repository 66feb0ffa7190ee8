package io.github.sitegen.render;

import io.github.sitegen.dedup.DedupReport;
import io.github.sitegen.links.Links;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.provenance.Provenance;
import io.github.sitegen.topic.TopicIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The render stage: hands the site model to one emitter per output (the notes' pages, the home
 * and topic pages, practice, 404/robots/sitemap, assets, the duplicates page and report) and
 * returns their files. It keeps only its settings and the {@link RenderCache} between builds;
 * what a build needs it passes to emitters made for that build.
 */
public final class SiteRenderer {
    private final Theme theme;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Optional<String> baseUrl;
    private final Map<String, Provenance> provenance;
    private final RenderCache cache;

    /**
     * @param baseUrl    where the site is published, used only for canonical and sitemap URLs
     * @param provenance each note's edit link and last change, by its path; a note not in it has neither
     */
    public SiteRenderer(Theme theme, Optional<String> baseUrl, Map<String, Provenance> provenance) {
        this(theme, baseUrl, provenance, new RenderCache());
    }

    /** @param cache what earlier builds of the same site rendered; see {@link RenderCache} */
    public SiteRenderer(Theme theme, Optional<String> baseUrl, Map<String, Provenance> provenance, RenderCache cache) {
        this.theme = theme;
        this.cache = cache;
        this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
        this.provenance = Map.copyOf(provenance);
    }

    /**
     * @param links  where each link of the notes leads, from the links stage
     * @param report what the dedup stage did, for the duplicates page and {@code dedup-report.json}
     */
    public List<SiteFile> render(SiteModel site, Links links, TopicIndex topics, DedupReport report) {
        cache.start(site.anchors());
        Frame frame = new Frame(site, topics, baseUrl);
        List<SiteFile> files = new ArrayList<>();
        List<PracticeCards.Card> cards = new ArrayList<>();
        for (NotePages.Rendered page : new NotePages(theme, frame, links, provenance, cache, sanitizer).all()) {
            files.add(page.file());
            cards.addAll(page.cards());
        }
        files.addAll(new IndexPages(theme, frame).files());
        files.addAll(new PracticeFiles(theme, frame).files(cards));
        ServiceFiles service = new ServiceFiles(theme, frame);
        files.addAll(service.files());
        files.addAll(AssetFiles.files(theme));
        files.addAll(service.sitemap());
        files.addAll(new DuplicatesFiles(theme, frame).files(report));
        cache.finish();
        return files;
    }
}
