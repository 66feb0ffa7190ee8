package io.github.sitegen;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.model.Page;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SourceEntry;
import io.github.sitegen.topic.Taxonomy;
import io.github.sitegen.topic.TopicIndex;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What a build tells the person who ran it. On success a few lines: the topics, what dedup did,
 * and one line with the notes, pages and questions, where the site went and how long it took.
 * Each note's pages and the questions no topic took are details, shown with {@code -X} or
 * {@code -DsiteGen.verbose=true}. Every line is made here, from values, so that tests read them
 * as a person would.
 */
public final class BuildLog {
    /** How to see the details, as the summary lines say it. */
    static final String DETAILS = "-DsiteGen.verbose=true";

    private BuildLog() {
    }

    /** {@code 1 note}, {@code 2 notes}, {@code 0 notes}. */
    public static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** {@code 850 ms} below a second, else {@code 2.3 s}. */
    public static String duration(Duration took) {
        long millis = took.toMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** A folder as seen from the project ({@code site-output}), or its whole path when it lies elsewhere. */
    public static String place(Path dir, Path project) {
        Path abs = dir.toAbsolutePath().normalize();
        Path base = project.toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    /** {@code 5 notes, 28 pages, 190 questions}, and the warnings when there were any. */
    static String contents(BuildReport report) {
        return count(report.sources(), "note") + ", " + count(report.pages(), "page") + ", " + count(report.questions(), "question")
                + (report.warnings().isEmpty() ? "" : ", " + count(report.warnings().size(), "warning") + " (above)");
    }

    /** The last line of a build that wrote the site. */
    static String written(BuildReport report, String where) {
        return "site-gen: " + contents(report) + ": " + count(report.files(), "file") + " written to " + where
                + " in " + duration(report.took());
    }

    /** The last line of a build the cache answered: nothing was built, so nothing is said to be written. */
    static String reused(BuildReport report, String where, boolean restored) {
        return "site-gen: " + contents(report) + ": unchanged since the last build, so " + where
                + (restored ? " was restored from the build cache in " + duration(report.took())
                        : " is up to date (checked in " + duration(report.took()) + ")")
                + "; -DsiteGen.cache=false builds it anyway";
    }

    /** The last line of the live server's first build, which wrote only what differed from the site on disk. */
    static String updated(BuildReport report, String where) {
        return "site-gen: " + contents(report) + ": " + count(report.files(), "file") + " in " + where + ", "
                + report.changed().size() + " changed, in " + duration(report.took());
    }

    /** The line of a check that found nothing to report. */
    public static String checked(BuildReport report) {
        return "site-gen:check found no problems in " + count(report.sources(), "note") + " (" + count(report.pages(), "page")
                + ", " + count(report.questions(), "question") + ", " + count(report.linkedFiles(), "linked file")
                + ") in " + duration(report.took()) + "; nothing was written";
    }

    /** Each note's pages and questions, as details. */
    static void pages(SiteModel site, String notePrefix, BuildListener listener) {
        for (SourceEntry source : site.sources()) {
            listener.detail(notePrefix + source.path() + " -> " + count(source.pages().size(), "page") + ", "
                    + count(source.questionCount(), "question"));
            for (Page page : source.pages()) {
                listener.detail("  " + page.url() + "  " + page.title() + " (" + count(page.questionCount(), "question") + ")");
            }
        }
    }

    /** How the questions fell into topics; the questions in none are details. */
    static void topics(TopicIndex topics, String notePrefix, BuildListener listener) {
        if (topics.topics().isEmpty()) {
            return;
        }
        int unmatched = topics.unmatched().size();
        listener.info("topics: " + count(topics.topics().size(), "topic") + ", " + count(topics.topicsOf().size(), "question") + " placed, "
                + unmatched + " in no topic" + (unmatched == 0 ? "" : ": add keywords to " + notePrefix + Taxonomy.FILE
                + " (" + DETAILS + " lists them)"));
        topics.unmatched().forEach(q -> listener.detail("  no topic: " + notePrefix + q));
    }
}
