package io.github.sitegen.render;

import io.github.sitegen.dedup.DedupReport;
import io.github.sitegen.links.Links;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.provenance.Provenance;
import io.github.sitegen.topic.TopicIndex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

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
    /** The files notes show by their path in the site, for the Anki package's media; empty: no Anki files. */
    private final Optional<Map<String, byte[]>> anki;
    /** Enough pages to keep both cores busy; few enough that memory is bounded by them, not by the site. */
    static final int PAGES_IN_FLIGHT = 32;

    /**
     * @param baseUrl    where the site is published, used only for canonical and sitemap URLs
     * @param provenance each note's edit link and last change, by its path; a note not in it has neither
     */
    public SiteRenderer(Theme theme, Optional<String> baseUrl, Map<String, Provenance> provenance) {
        this(theme, baseUrl, provenance, new RenderCache());
    }

    /** @param cache what earlier builds of the same site rendered; see {@link RenderCache} */
    public SiteRenderer(Theme theme, Optional<String> baseUrl, Map<String, Provenance> provenance, RenderCache cache) {
        this(theme, baseUrl.map(u -> u.endsWith("/") ? u : u + "/"), Map.copyOf(provenance), cache, Optional.empty());
    }

    private SiteRenderer(Theme theme, Optional<String> baseUrl, Map<String, Provenance> provenance, RenderCache cache,
                         Optional<Map<String, byte[]>> anki) {
        this.theme = theme;
        this.cache = cache;
        this.baseUrl = baseUrl;
        this.provenance = provenance;
        this.anki = anki;
    }

    /**
     * The same renderer, which also writes the practice cards as an Anki package and a text file
     * for Anki, linked from the practice page.
     *
     * @param localFiles the files the notes show (copied beside the pages), which the package carries as media
     */
    public SiteRenderer withAnki(List<SiteFile> localFiles) {
        Map<String, byte[]> media = new HashMap<>();
        localFiles.forEach(f -> media.put(f.path(), f.content()));
        return new SiteRenderer(theme, baseUrl, provenance, cache, Optional.of(Map.copyOf(media)));
    }

    /**
     * The site's files, each rendered when it is asked for: the notes' pages {@value #PAGES_IN_FLIGHT}
     * at a time on every core, then {@code between}, then the pages that need all of them (practice)
     * and the rest. {@code between} are files made elsewhere meanwhile (the search files): they are
     * written, and dropped, before the practice file and the dedup report, the largest single files
     * of a big guide, are made. A writer that writes each file as it comes holds only the pages in
     * flight, not the site. Use it once.
     *
     * @param links        where each link of the notes leads, from the links stage
     * @param report       what the dedup stage did, for the duplicates page and {@code dedup-report.json}
     * @param highlighting the languages the notes' code is written in, for the Prism script
     */
    public Iterator<SiteFile> stream(SiteModel site, Links links, TopicIndex topics, DedupReport report,
                                     Highlighting highlighting, Iterator<SiteFile> between) {
        cache.start(site.anchors());
        Frame frame = new Frame(site, topics, baseUrl);
        NotePages notes = new NotePages(theme, frame, links, provenance, cache, sanitizer);
        List<PracticeCards.Card> cards = new ArrayList<>();
        Deque<SiteFile> ready = new ArrayDeque<>();
        return new Iterator<>() {
            private int next;
            private boolean rest;
            private boolean ankiMade;

            @Override
            public boolean hasNext() {
                while (ready.isEmpty()) {
                    if (next < notes.count()) {
                        int to = Math.min(notes.count(), next + PAGES_IN_FLIGHT);
                        for (NotePages.Rendered page : notes.range(next, to)) {
                            ready.add(page.file());
                            cards.addAll(page.cards());
                        }
                        next = to;
                    } else if (!rest && between.hasNext()) {
                        ready.add(between.next());
                    } else if (!rest) {
                        rest = true;
                        // independent emitters, on every core (at 100× the notes the topic pages,
                        // the practice cards and the dedup report are seconds each), in this order
                        ServiceFiles service = new ServiceFiles(theme, frame);
                        List<Supplier<List<SiteFile>>> emitters = List.of(
                                () -> new IndexPages(theme, frame).files(),
                                () -> new PracticeFiles(theme, frame).files(cards,
                                        anki.map(media -> AnkiFiles.names(site.title())).orElse(null)),
                                service::files,
                                () -> AssetFiles.files(theme, highlighting),
                                service::sitemap,
                                () -> new DuplicatesFiles(theme, frame).files(report));
                        emitters.parallelStream().map(Supplier::get).toList().forEach(ready::addAll);
                        cache.finish();
                    } else if (!ankiMade) {
                        ankiMade = true;
                        // last and alone: at 100× the notes the package and its text file are made once
                        // the other files are written and dropped, or a 1 GiB heap does not hold them all
                        anki.ifPresent(media -> ready.addAll(new AnkiFiles(theme, frame, provenance, media).files(cards, highlighting)));
                    } else {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public SiteFile next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ready.poll();
            }
        };
    }
}
