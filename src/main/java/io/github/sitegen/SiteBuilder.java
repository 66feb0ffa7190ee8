package io.github.sitegen;

import io.github.sitegen.cache.BuildCache;
import io.github.sitegen.check.NearDuplicateQuestions;
import io.github.sitegen.check.NoteChecks;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.CheckFailedException;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.MarkdownDocument;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.dedup.BlockAccount;
import io.github.sitegen.dedup.DedupReport;
import io.github.sitegen.dedup.DedupResult;
import io.github.sitegen.dedup.Deduplicator;
import io.github.sitegen.dedup.Repeats;
import io.github.sitegen.dedup.SectionMemo;
import io.github.sitegen.links.LinkResolver;
import io.github.sitegen.links.Links;
import io.github.sitegen.links.LocalFiles;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.model.Place;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SitePlanner;
import io.github.sitegen.output.OutputGuard;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.output.SiteWriter;
import io.github.sitegen.provenance.Provenance;
import io.github.sitegen.provenance.ProvenanceResolver;
import io.github.sitegen.render.Highlighting;
import io.github.sitegen.render.RenderCache;
import io.github.sitegen.render.SiteRenderer;
import io.github.sitegen.render.Theme;
import io.github.sitegen.search.SearchFiles;
import io.github.sitegen.section.SectionTreeBuilder;
import io.github.sitegen.source.ContentReader;
import io.github.sitegen.topic.Taxonomy;
import io.github.sitegen.topic.TopicIndex;
import io.github.sitegen.topic.TopicMatcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one entry point: options in, a written site and a report out. Stages run in order
 * (read, parse, sections, checks, deduplicate, site model and placement, links, render, write) and pass
 * immutable values along.
 *
 * <p>An instance remembers what its previous build parsed (each note by its content) and
 * rendered (see {@link RenderCache}), so building the same site again after an edit, as the
 * live server does, redoes only the notes and pages the edit touched; the result is the same
 * as a fresh build's. One build at a time per instance.
 */
public final class SiteBuilder {
    private final BuildListener listener;
    private final MarkdownConverter markdown = new MarkdownConverter();
    private final SectionTreeBuilder sections = new SectionTreeBuilder(markdown);
    private final NoteChecks noteChecks = new NoteChecks();
    private final NearDuplicateQuestions nearDuplicates = new NearDuplicateQuestions();
    private final RenderCache renderCache = new RenderCache();
    /** What dedup worked out from each section of the previous build, by the section's identity. */
    private final SectionMemo sectionMemo = SectionMemo.betweenBuilds();
    /** Where {@link #build} remembers sites, or null: no build cache. */
    private Path cacheDir;
    /** The previous build's notes, keyed by their whole content: an equal source parses to an equal note. */
    private Map<SourceDocument, ParsedNote> parsed = Map.of();
    /** The search files {@link #updateSearch} last wrote. */
    private List<SiteFile> searchFiles = List.of();
    /** The site of the latest {@link #update}, while its search files are not written yet. */
    private SiteModel searchPending;

    public SiteBuilder(BuildListener listener) {
        this.listener = listener;
    }

    /**
     * Builds the site and replaces {@code outputDir} with it. Defects in the notes are warnings,
     * or, with {@link SiteOptions#strict()}, a {@link CheckFailedException} before anything is written;
     * a fatal one (see {@link Finding#fatal()}) is that exception in every build.
     */
    public synchronized BuildReport build(SiteOptions options) {
        long start = System.nanoTime();
        OutputGuard.check(options.outputDir(), options.contentDir(), options.templatesDir(), options.projectDir());
        Optional<String> key = cacheDir == null ? Optional.empty() : BuildInputs.key(cache(), options);
        Optional<BuildReport> reused = key.flatMap(k -> BuildInputs.reuse(cache(), k, options, listener, start));
        if (reused.isPresent()) {
            return reused.get();
        }
        // the search files need only the site model: they are made beside the later stages and
        // the notes' pages, and written after those pages
        SearchFiles search = new SearchFiles(options.wholeSearchIndex());
        AtomicReference<Background<Stream<SiteFile>>> searchFiles = new AtomicReference<>();
        // a one-off build keeps nothing for a next one: memory goes to the pages in flight
        Run run = runStrictly(options, log -> read(options, log), false,
                site -> searchFiles.set(Background.start("site-gen search", () -> search.stream(site))));
        run.start = start;
        // each page is written to staging as it is rendered and then dropped
        BuildCache.Ledger written = new BuildCache.Ledger(key.isPresent());
        Iterator<SiteFile> rendered = run.rendering.apply(Deferred.stream(() -> searchFiles.get().get().iterator()).iterator());
        Stream<SiteFile> site = Stream.concat(Deferred.ordered(rendered), run.files.stream()).peek(written::add);
        new SiteWriter().replace(options.outputDir(), site::iterator);
        run.fileCount = written.paths().size();
        BuildReport report = run.report(options, written.paths().stream().sorted().toList());
        listener.info(BuildLog.written(report, BuildLog.place(options.outputDir(), options.projectDir())));
        key.ifPresent(k -> BuildInputs.store(cache(), k, options, written, report, run.infos));
        return report;
    }

    /**
     * Remembers each build's site in {@code dir} (e.g. {@code target/site-gen-cache}), so that
     * {@link #build} of unchanged notes, templates and options reuses it instead of building again.
     */
    public SiteBuilder cachingIn(Path dir) {
        this.cacheDir = dir;
        return this;
    }

    private BuildCache cache() {
        return new BuildCache(cacheDir, listener);
    }

    /**
     * Notes in, site files out: builds the site from {@code notes} (path relative to the content
     * directory, and text) without reading the content directory or writing anything, so that
     * tests and tools need no disk. The project's templates are read if {@code templatesDir}
     * exists; {@code topics.yml}, {@code repeats.yml} and git history are not read (no topics, no
     * author's word on repeats, no dates).
     */
    public synchronized BuiltSite build(SiteOptions options, Map<String, String> notes) {
        Run run = runStrictly(options, log -> new Inputs(notes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new ContentReader(log).read(e.getKey(), e.getValue().getBytes(StandardCharsets.UTF_8))).toList(),
                Taxonomy.NONE, Repeats.NONE, false));
        run.drain();
        run.files.addAll(new SearchFiles(options.wholeSearchIndex()).files(run.site));
        return BuiltSite.of(run.report(options, List.of()), run.files);
    }

    /**
     * Builds the site like {@link #build} but writes only the files whose bytes changed, and
     * deletes those no longer part of it: for the live server, which reloads what changed.
     *
     * <p>The search index is left as the previous update wrote it: it holds every word of every
     * page, so any edit of text changes it, building it takes about as long as the rest of a
     * rebuild, and no page needs it to be shown. {@link #updateSearch} brings it up to date afterwards.
     */
    public synchronized BuildReport update(SiteOptions options) {
        OutputGuard.check(options.outputDir(), options.contentDir(), options.templatesDir(), options.projectDir());
        Run run = runStrictly(options);
        run.drain();
        List<SiteFile> files = new ArrayList<>(run.files);
        files.addAll(searchFiles);
        List<String> changed = new SiteWriter().update(options.outputDir(), files);
        searchPending = run.site;
        BuildReport report = run.report(options, changed);
        listener.info(BuildLog.updated(report, BuildLog.place(options.outputDir(), options.projectDir())));
        return report;
    }

    /**
     * Writes the search files of the latest {@link #update}, if they changed; after it, the
     * site on disk is what {@link #build} writes.
     *
     * @return the search files written
     */
    public synchronized List<String> updateSearch(SiteOptions options) {
        if (searchPending == null) {
            return List.of();
        }
        searchFiles = List.copyOf(new SearchFiles(options.wholeSearchIndex()).files(searchPending));
        searchPending = null;
        return new SiteWriter().write(options.outputDir(), searchFiles);
    }

    /**
     * The stages of a build up to the links, rendering and writing nothing: the report's findings
     * are what a strict build would fail on, fatal ones included. Nothing is logged as a warning;
     * the caller decides what the findings mean (see {@link BuildLog#checked}).
     */
    public synchronized BuildReport check(SiteOptions options) {
        return run(options, log -> read(options, log), false, false).report(options, List.of());
    }

    private Run runStrictly(SiteOptions options) {
        return runStrictly(options, log -> read(options, log));
    }

    private Run runStrictly(SiteOptions options, Function<BuildListener, Inputs> inputs) {
        return runStrictly(options, inputs, true, site -> { });
    }

    /** @param remember whether to keep what this build parsed and rendered for the next build of this instance */
    private Run runStrictly(SiteOptions options, Function<BuildListener, Inputs> inputs, boolean remember,
                            Consumer<SiteModel> planned) {
        Run run = run(options, inputs, !options.strict(), true, remember, planned);
        List<Finding> failing = options.strict() ? run.findings : run.findings.stream().filter(Finding::fatal).toList();
        if (!failing.isEmpty()) {
            throw new CheckFailedException(failing);
        }
        return run;
    }

    /**
     * What a build reads besides its options: the notes, the topics, what the author says about
     * repeated questions, and whether they come from the content directory (whose git history
     * then dates the pages).
     */
    private record Inputs(List<SourceDocument> sources, Taxonomy taxonomy, Repeats repeats, boolean fromDisk) {
    }

    private static Inputs read(SiteOptions options, BuildListener listener) {
        List<SourceDocument> sources = new ContentReader(listener).readAll(options.contentDir());
        if (sources.isEmpty()) {
            throw new SiteBuildException(options.contentDir().toString(), 0,
                    "contains no Markdown notes (*.md, *.markdown, *.mdx): add some, or point <contentDir> (siteGen.contentDir) at them");
        }
        return new Inputs(sources, topics(options, listener), repeats(options, listener), true);
    }

    /** The guide's topics; a topics.yml that cannot be read is a fatal finding, so the notes are still checked. */
    private static Taxonomy topics(SiteOptions options, BuildListener listener) {
        try {
            return Taxonomy.read(options.contentDir());
        } catch (SiteBuildException e) {
            if (!e.file().filter(Taxonomy.FILE::equals).isPresent()) {
                throw e;
            }
            listener.finding(Finding.fatal(Taxonomy.FILE, e.line(), e.reason()));
            return Taxonomy.NONE;
        }
    }

    /** What the author says about repeated questions; a repeats.yml that cannot be read is a fatal finding, like topics.yml. */
    private static Repeats repeats(SiteOptions options, BuildListener listener) {
        try {
            return Repeats.read(options.contentDir());
        } catch (SiteBuildException e) {
            if (!e.file().filter(Repeats.FILE::equals).isPresent()) {
                throw e;
            }
            listener.finding(Finding.fatal(Repeats.FILE, e.line(), e.reason()));
            return Repeats.NONE;
        }
    }

    /** A note after parsing: what later stages need, what the note-level checks found, its questions to compare. */
    private record ParsedNote(DocumentOutline outline, List<Finding> findings, List<NearDuplicateQuestions.Question> questions) {
    }

    private final class Run {
        final List<String> warnings = new ArrayList<>();
        final List<String> infos = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        final BuildListener recording = BuildListener.of(message -> {
            infos.add(message);
            listener.info(message);
        }, listener::detail, message -> {
            warnings.add(message);
            listener.warn(message);
        }, findings::add);
        SiteModel site;
        DedupReport dedup;
        final List<SiteFile> files = new ArrayList<>();
        /**
         * The rendered site, given what to write after the notes' pages, each file rendered when
         * taken; {@link #drain} puts all of it into {@link #files}. Take it once.
         */
        Function<Iterator<SiteFile>, Iterator<SiteFile>> rendering = between -> between;
        /** Files written, when they were streamed rather than kept in {@link #files}. */
        int fileCount = -1;
        /** Files beside the notes that they link, copied into the site. */
        int linkedFiles;
        /** When the build started, by {@link System#nanoTime()}. */
        long start = System.nanoTime();

        void drain() {
            rendering.apply(Collections.emptyIterator()).forEachRemaining(files::add);
        }

        BuildReport report(SiteOptions options, List<String> changed) {
            return new BuildReport(options.outputDir(), site.sources().size(), site.pages().size(), site.questionCount(),
                    fileCount >= 0 ? fileCount : files.size(), warnings, dedup, findings, changed, linkedFiles,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Runs every stage but writing, or with {@code render} false only those up to the links stage;
     * with {@code warnFindings}, findings are also logged as warnings, by file and line.
     */
    private Run run(SiteOptions options, Function<BuildListener, Inputs> read, boolean warnFindings, boolean render) {
        return run(options, read, warnFindings, render, true, site -> { });
    }

    /** @param planned told of the site model as soon as it is planned, for work that needs nothing else */
    private Run run(SiteOptions options, Function<BuildListener, Inputs> read, boolean warnFindings, boolean render,
                    boolean remember, Consumer<SiteModel> planned) {
        Run run = new Run();
        Inputs inputs = read.apply(run.recording);
        List<SourceDocument> sources = inputs.sources().stream().filter(source -> !source.frontMatter().draft()).toList();
        inputs.sources().stream().filter(source -> source.frontMatter().draft()).forEach(draft -> run.recording.info(
                "draft: " + draft.path() + " is left out of the guide (its front matter says draft: true or published: false)"));
        // notes parse independently: on every core, kept in the order they were read
        Map<SourceDocument, ParsedNote> previous = parsed;
        List<Object> parsedOrFailed = sources.parallelStream().map(source -> {
            try {
                return previous.containsKey(source) ? previous.get(source) : (Object) parse(source);
            } catch (RuntimeException e) {
                return e;
            }
        }).toList();
        Map<SourceDocument, ParsedNote> reused = new HashMap<>();
        List<ParsedNote> notes = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            // the first note that fails, as a one-core build would have failed on it
            if (parsedOrFailed.get(i) instanceof RuntimeException e) {
                throw e;
            }
            notes.add((ParsedNote) parsedOrFailed.get(i));
            reused.put(sources.get(i), notes.get(i));
        }
        notes.sort(Comparator.comparing(ParsedNote::outline, DocumentOutline.READING_ORDER));
        List<DocumentOutline> outlines = notes.stream().map(ParsedNote::outline).toList();
        notes.forEach(note -> note.findings().forEach(run.recording::finding));
        // stages that only read what earlier ones made run beside each other; findings are sorted at the end
        List<List<NearDuplicateQuestions.Question>> questions = notes.stream().map(ParsedNote::questions).toList();
        Background<List<Finding>> nearFindings = Background.start("site-gen near-duplicates", () -> nearDuplicates.compare(questions));
        DedupResult dedup = new Deduplicator(options.dedup()).deduplicate(outlines, remember ? sectionMemo : SectionMemo.none(),
                inputs.repeats());
        dedup.findings().forEach(run.recording::finding);
        nearFindings.get().forEach(run.recording::finding);
        run.site = new SitePlanner().plan(options.siteTitle(), options.siteDescription(), outlines, dedup);
        BuildLog.pages(run.site, options.notePathPrefix(), run.recording);
        SiteModel site = run.site;
        planned.accept(site);
        Background<TopicIndex> matched = Background.start("site-gen topics", () -> new TopicMatcher(inputs.taxonomy(), tags(outlines)).index(site));
        Links links = new LinkResolver().resolve(outlines, run.site.anchors());
        links.findings().forEach(run.recording::finding);
        List<SiteFile> localFiles = inputs.fromDisk() ? LocalFiles.collect(options.contentDir(), outlines, run.recording) : List.of();
        run.linkedFiles = localFiles.size();
        BlockAccount account = BlockAccount.of(outlines,
                run.site.placement().pages().stream().flatMap(page -> page.blocks().stream()).toList());
        TopicIndex topics = matched.get();
        BuildLog.topics(topics, options.notePathPrefix(), run.recording);
        for (BlockAccount.Written lost : account.lost()) {
            run.recording.warn(lost + ": this block of the notes is shown nowhere in the guide; please report it as a "
                    + "site-gen bug, and set siteGen.dedup.enabled=false until it is fixed");
        }
        run.dedup = DedupReport.of(dedup, (note, anchor) -> run.site.placement().landing(note, anchor).map(Place::href), account);
        if (render) { // site-gen:check stops after the links: what it reports is known by now
            Map<String, Provenance> provenance = !inputs.fromDisk() ? Map.of() : new ProvenanceResolver(run.recording).resolve(
                    options.contentDir(), options.projectDir(), sources.stream().map(SourceDocument::path).toList(),
                    options.repoUrl(), options.editBranch());
            SiteRenderer plain = new SiteRenderer(new Theme(Optional.of(options.templatesDir())), options.baseUrl(),
                    provenance, remember ? renderCache : RenderCache.forgetful());
            SiteRenderer renderer = options.anki() ? plain.withAnki(localFiles) : plain;
            Highlighting highlighting = Highlighting.of(outlines);
            highlighting.note().ifPresent(run.recording::info);
            run.rendering = between -> renderer.stream(run.site, links, topics, run.dedup, highlighting, between);
            run.files.addAll(localFiles); // copied files are not rendered: they wait beside the pages
        }
        run.recording.info(run.dedup.summaryLine());
        parsed = remember ? Map.copyOf(reused) : Map.of();

        run.findings.sort(null);
        if (warnFindings) { // a fatal finding is not a warning: the build fails on it
            for (Finding finding : run.findings.stream().filter(f -> !f.fatal()).toList()) {
                run.warnings.add(finding.toString());
                listener.finding(finding);
            }
        }
        return run;
    }

    /** Each tagged note's tags, by its path. */
    private static Map<String, List<String>> tags(List<DocumentOutline> notes) {
        Map<String, List<String>> tags = new HashMap<>();
        notes.stream().map(DocumentOutline::source).filter(s -> !s.frontMatter().tags().isEmpty())
                .forEach(s -> tags.put(s.path(), s.frontMatter().tags()));
        return tags;
    }

    private ParsedNote parse(SourceDocument source) {
        MarkdownDocument document = markdown.convert(source);
        DocumentOutline outline = sections.build(document);
        DocumentOutline parsedOnly = new DocumentOutline(source.withoutBody(), outline.title(), outline.preamble(),
                outline.sections(), outline.indexes());
        return new ParsedNote(parsedOnly, noteChecks.check(document, outline), nearDuplicates.questionsOf(outline));
    }
}
