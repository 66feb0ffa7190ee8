package io.github.sitegen;

import io.github.sitegen.cache.BuildCache;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.output.SiteWriter;
import io.github.sitegen.provenance.ProvenanceResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a build's output depends on, as the {@link BuildCache}'s key, and the translation between
 * a {@link BuildReport} and what the cache remembers of it.
 */
final class BuildInputs {
    private BuildInputs() {
    }

    /**
     * Every option (as the record writes itself), the notes' git dates (a commit changes "last
     * updated" without changing a file), and every file of the notes and the templates.
     */
    static Optional<String> key(BuildCache cache, SiteOptions options) {
        List<String> notes;
        try (Stream<Path> walk = Files.walk(options.contentDir())) {
            notes = walk.filter(Files::isRegularFile).map(p -> options.contentDir().relativize(p).toString().replace('\\', '/'))
                    .filter(SourceDocument::isNote).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        BuildListener silent = BuildListener.of(info -> { }, warning -> { }, finding -> { });
        String dates = new TreeMap<>(new ProvenanceResolver(silent).resolve(options.contentDir(), options.projectDir(),
                notes, options.repoUrl(), options.editBranch())).toString();
        return cache.key(List.of(options.contentDir(), options.templatesDir()), options + "\n" + dates);
    }

    /** The remembered site brought back, with the log of the build that made it, or empty. */
    static Optional<BuildReport> reuse(BuildCache cache, String key, SiteOptions options, BuildListener listener, long start) {
        return cache.reuse(key, options.outputDir(), (dir, files) -> new SiteWriter().replace(dir, files)).map(reused -> {
            BuildCache.Outcome o = reused.outcome();
            o.info().forEach(listener::info);
            o.warnings().forEach(listener::warn);
            o.findings().forEach(listener::finding);
            List<String> warnings = new java.util.ArrayList<>(o.warnings());
            o.findings().forEach(f -> warnings.add(f.toString()));
            // what deduplication did is in the log lines above; the report of a reused build has none
            BuildReport report = new BuildReport(options.outputDir(), o.sources(), o.pages(), o.questions(), reused.files().size(),
                    warnings, null, o.findings(), reused.written() ? reused.files() : List.of(), 0,
                    Duration.ofNanos(System.nanoTime() - start));
            listener.info(BuildLog.reused(report, BuildLog.place(options.outputDir(), options.projectDir()), reused.written()));
            return report;
        });
    }

    static void store(BuildCache cache, String key, SiteOptions options, BuildCache.Ledger files, BuildReport report,
                      List<String> infos) {
        List<String> plain = report.warnings().subList(0, report.warnings().size() - report.findings().size());
        cache.store(key, options.outputDir(), files, new BuildCache.Outcome(report.sources(), report.pages(),
                report.questions(), infos, plain, report.findings()));
    }
}
