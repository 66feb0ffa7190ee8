package io.github.sitegen;

import io.github.sitegen.dedup.BlockAccount;
import io.github.sitegen.dedup.DedupReport;
import io.github.sitegen.dedup.DedupResult;
import io.github.sitegen.dedup.Deduplicator;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.model.Page;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SitePlanner;
import io.github.sitegen.model.SourceEntry;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.output.SiteWriter;
import io.github.sitegen.render.SiteRenderer;
import io.github.sitegen.render.Theme;
import io.github.sitegen.search.SearchFiles;
import io.github.sitegen.section.DocumentOutline;
import io.github.sitegen.section.SectionTreeBuilder;
import io.github.sitegen.source.ContentReader;
import io.github.sitegen.source.SourceDocument;
import io.github.sitegen.topic.Taxonomy;
import io.github.sitegen.topic.TopicIndex;
import io.github.sitegen.topic.TopicMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one entry point: options in, a written site and a report out. Stages run in order
 * (read, parse, sections, deduplicate, site model, render, write) and pass immutable values along.
 */
public final class SiteBuilder {
    private final BuildListener listener;
    private final MarkdownConverter markdown = new MarkdownConverter();
    private final SectionTreeBuilder sections = new SectionTreeBuilder(markdown);

    public SiteBuilder(BuildListener listener) {
        this.listener = listener;
    }

    public BuildReport build(SiteOptions options) {
        List<String> warnings = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        BuildListener recording = new BuildListener() {
            @Override
            public void info(String message) {
                listener.info(message);
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
                listener.warn(message);
            }

            @Override
            public void finding(Finding finding) {
                findings.add(finding);
                warnings.add(finding.toString());
                listener.finding(finding);
            }
        };
        List<SourceDocument> sources = new ContentReader(recording).readAll(options.contentDir());
        if (sources.isEmpty()) {
            throw new SiteBuildException(options.contentDir().toString(), 0,
                    "contains no Markdown notes (*.md): add some, or point <contentDir> (siteGen.contentDir) at them");
        }
        List<DocumentOutline> outlines = sources.stream().map(markdown::convert).map(sections::build)
                .sorted(DocumentOutline.READING_ORDER).toList();
        DedupResult dedup = new Deduplicator(options.dedup()).deduplicate(outlines);
        SiteModel site = new SitePlanner().plan(options.siteTitle(), options.siteDescription(), outlines, dedup);
        logPages(site, recording);
        TopicIndex topics = new TopicMatcher(Taxonomy.read(options.contentDir())).index(site);
        logTopics(topics, recording);

        Theme theme = new Theme(Optional.of(options.templatesDir()));
        BlockAccount account = BlockAccount.of(outlines);
        SiteRenderer renderer = new SiteRenderer(theme, options.baseUrl(), recording, account);
        List<SiteFile> files = new ArrayList<>(renderer.render(site, topics));
        for (BlockAccount.Written lost : account.lost()) {
            recording.warn(lost + ": this block of the notes is shown nowhere in the guide; please report it as a "
                    + "site-gen bug, and set siteGen.dedup.enabled=false until it is fixed");
        }
        DedupReport report = DedupReport.of(dedup, site.anchors()::placement, account);
        files.addAll(renderer.renderDedupReport(site, report));
        files.addAll(new SearchFiles().files(site));
        new SiteWriter().replace(options.outputDir(), files);
        recording.info(report.summaryLine());
        recording.info("site-gen: " + site.sources().size() + " notes, " + site.pages().size() + " pages, "
                + site.questionCount() + " questions, " + files.size() + " files written to " + options.outputDir());
        return new BuildReport(options.outputDir(), site.sources().size(), site.pages().size(), site.questionCount(),
                files.size(), warnings, report, findings);
    }

    private static void logTopics(TopicIndex topics, BuildListener listener) {
        if (topics.topics().isEmpty()) {
            return;
        }
        listener.info("topics: " + topics.topics().size() + " topics, " + topics.topicsOf().size() + " questions placed, "
                + topics.unmatched().size() + " in no topic" + (topics.unmatched().isEmpty() ? "" : " (add keywords to topics.yml):"));
        topics.unmatched().forEach(q -> listener.info("  no topic: " + q));
    }

    private static void logPages(SiteModel site, BuildListener listener) {
        for (SourceEntry source : site.sources()) {
            listener.info(source.path() + " -> " + source.pages().size() + " page(s), " + source.questionCount() + " questions");
            for (Page page : source.pages()) {
                listener.info("  " + page.url() + "  " + page.title() + " (" + page.questions().size() + " questions)");
            }
        }
    }
}
