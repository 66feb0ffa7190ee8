package io.github.sitegen.maven;

import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.CheckFailedException;
import io.github.sitegen.core.Finding;
import io.github.sitegen.dedup.DedupOptions;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;
import java.util.Optional;

/**
 * The parameters every goal shares, and their mapping to {@link SiteOptions}. Goals keep no
 * state between executions and share none, so they are safe in parallel builds.
 */
abstract class AbstractSiteMojo extends AbstractMojo {

    /** Folder of Markdown notes ({@code *.md}, {@code *.markdown}, {@code *.mdx}; searched recursively) the guide is built from. */
    @Parameter(property = "siteGen.contentDir", defaultValue = "${basedir}/content")
    protected File contentDir;

    /**
     * Folder of the project's own Pebble templates and assets. A file here replaces the
     * default theme's file of the same name; anything not here comes from the default theme.
     */
    @Parameter(property = "siteGen.templatesDir", defaultValue = "${basedir}/templates")
    protected File templatesDir;

    /** Title shown in every page's header and on the home page. */
    @Parameter(property = "siteGen.siteTitle", defaultValue = "Study Guide")
    protected String siteTitle;

    /** One or two sentences on the home page saying what the guide is; optional. */
    @Parameter(property = "siteGen.siteDescription")
    protected String siteDescription;

    /**
     * Public URL the site is published at, e.g. {@code https://user.github.io/repo/}. Only used
     * for canonical links, sitemap.xml and 404.html; links inside the site always stay relative.
     */
    @Parameter(property = "siteGen.baseUrl")
    protected String baseUrl;

    /**
     * Whether to deduplicate: show identical sections once, gather the answers to one question
     * from all notes in one place, link questions that may be the same and related questions.
     * Off, every section is shown where it was written. What the author says in
     * {@code repeats.yml} beside the notes overrules what dedup decides.
     */
    @Parameter(property = "siteGen.dedup.enabled", defaultValue = "true")
    protected boolean dedupEnabled;

    /**
     * How alike two questions' titles must be (0 to 1) to match: the similarity of their topic
     * words, each weighted by how few of the guide's titles use it, after numbering, emphasis and
     * question words ("how do you", "what is the use of") are set aside. A word in a fifth of the
     * titles or more is the guide's subject and weighs nothing; no list of subjects is used.
     * Matching titles fold one question into the other only when their answers agree
     * ({@code dedupAnswerSimilarity}); otherwise they are linked ("Also asked in …").
     */
    @Parameter(property = "siteGen.dedup.titleSimilarity", defaultValue = "0.6")
    protected double dedupTitleSimilarity;

    /**
     * How much two answers must agree (0 to 1) for questions with matching titles to be folded
     * into one: the share of the shorter answer's words the other uses too, each word weighted
     * by how few of the guide's answers use it, so that shared rare words, identifiers and code
     * count most. The more words one title has that the other lacks, the more is asked beyond
     * this. Titles that ask the same in the same words need no agreeing answers, except in one
     * list of one note.
     */
    @Parameter(property = "siteGen.dedup.answerSimilarity", defaultValue = "0.35")
    protected double dedupAnswerSimilarity;

    /**
     * How alike two different questions' topic words must be (Jaccard, 0 to 1, the guide's
     * subject words left out) to be linked as related questions. At most
     * {@code dedupTitleSimilarity}.
     */
    @Parameter(property = "siteGen.dedup.relatedSimilarity", defaultValue = "0.3")
    protected double dedupRelatedSimilarity;

    /**
     * How alike two answers' texts must be to count as one answer with something added or
     * changed: the Jaccard similarity (0 to 1) of their word shingles. Then one is shown, and
     * of the other only the blocks it adds.
     */
    @Parameter(property = "siteGen.dedup.nearSimilarity", defaultValue = "0.5")
    protected double dedupNearSimilarity;

    /** Words per shingle when answers are compared. */
    @Parameter(property = "siteGen.dedup.shingleSize", defaultValue = "3")
    protected int dedupShingleSize;

    /**
     * MinHash functions per answer signature. With {@code b} LSH bands of {@code r} rows
     * ({@code r} = this / bands), two answers of similarity {@code s} are compared with
     * probability {@code 1 - (1 - s^r)^b}; the defaults (120, 40 bands of 3) find pairs of 0.5
     * 995 times in 1000, pairs of 0.3 two times in three, and pairs of 0.1 (unrelated text)
     * four times in a hundred.
     */
    @Parameter(property = "siteGen.dedup.minHashFunctions", defaultValue = "120")
    protected int dedupMinHashFunctions;

    /** LSH bands the MinHash signature is cut into; must divide {@code dedupMinHashFunctions}. */
    @Parameter(property = "siteGen.dedup.lshBands", defaultValue = "40")
    protected int dedupLshBands;

    /**
     * Words a section needs (subsections included) before it is folded as an identical copy or
     * compared as a near-identical answer: below it, a note about the copy would be longer
     * than the copy.
     */
    @Parameter(property = "siteGen.dedup.minWords", defaultValue = "8")
    protected int dedupMinWords;

    /** Questions linked from one question at most: as possibly the same ("Also asked in"), and as related, each. */
    @Parameter(property = "siteGen.dedup.maxRelated", defaultValue = "5")
    protected int dedupMaxRelated;

    /** Seed of the MinHash functions. Any fixed value gives repeatable builds. */
    @Parameter(property = "siteGen.dedup.seed", defaultValue = "20240917")
    protected long dedupSeed;

    /**
     * Web address of the repository that holds the notes, e.g. {@code https://github.com/me/guide}.
     * When set, every page links to its note's edit page there ({@code repoUrl/edit/editBranch/path}),
     * so that a reader can propose a fix in a pull request. No edit links when unset.
     */
    @Parameter(property = "siteGen.repoUrl")
    protected String repoUrl;

    /** Branch the "Edit this page" links open; used only with {@code repoUrl}. */
    @Parameter(property = "siteGen.editBranch", defaultValue = "main")
    protected String editBranch;

    /**
     * Whether to also write the whole lunr index ({@code search-index.json}, loadable with
     * {@code lunr.Index.load}), its result store ({@code search-store.json}) and the documents as
     * indexed ({@code search-docs.json}), for tools and lunr.js users. The pages never load them:
     * their search reads the parts under {@code search/}. Off by default, since they are about half
     * of the search files' bytes and held whole in memory while written.
     */
    @Parameter(property = "siteGen.search.wholeIndex", defaultValue = "false")
    protected boolean searchWholeIndex;

    /**
     * List each note's pages and the questions in no topic as the build goes ({@code -X} shows them
     * too); otherwise a successful build says what it made in a few lines.
     */
    @Parameter(property = "siteGen.verbose", defaultValue = "false")
    protected boolean verbose;

    /**
     * Whether to also write the practice cards for Anki: {@code <site title>.apkg}, an Anki package
     * (a deck per note, tags per topic, images as media, code highlighted, a link back to each
     * question), and {@code <site title>.tsv} for Anki's text import, both linked from the practice
     * page. Importing a newer one updates the notes instead of adding copies.
     */
    @Parameter(property = "siteGen.anki", defaultValue = "true")
    protected boolean anki = true;

    /** Skip this goal; the log says so. */
    @Parameter(property = "siteGen.skip", defaultValue = "false")
    protected boolean skip;

    /** The project directory, against which paths in messages are written. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    protected File basedir;

    /** Whether the goal is skipped; if so, the log says why. */
    protected boolean skipped(String goal) {
        if (skip) {
            getLog().info("site-gen:" + goal + " skipped because siteGen.skip is true (the <skip> parameter)");
        }
        return skip;
    }

    protected SiteOptions options(File outputDir) throws MojoFailureException {
        DedupOptions dedup;
        try {
            dedup = new DedupOptions(dedupEnabled, dedupTitleSimilarity, dedupAnswerSimilarity, dedupRelatedSimilarity, dedupNearSimilarity,
                    dedupShingleSize, dedupMinHashFunctions, dedupLshBands, dedupMinWords, dedupMaxRelated, dedupSeed);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("site-gen: the siteGen.dedup.* parameters do not fit together: " + e.getMessage());
        }
        return new SiteOptions(contentDir.toPath(), templatesDir.toPath(), outputDir.toPath(), siteTitle,
                Optional.ofNullable(siteDescription), Optional.ofNullable(baseUrl), dedup)
                .withEditLinks(basedir.toPath(), Optional.ofNullable(repoUrl), editBranch)
                .withWholeSearchIndex(searchWholeIndex)
                .withAnki(anki);
    }

    /**
     * Forwards the core's progress and problems to Maven's log, notes' paths written as {@code options}
     * says; details only with {@code verbose} or at debug level ({@code -X}).
     */
    protected BuildListener mavenLog(SiteOptions options) {
        Log log = getLog();
        String prefix = options.notePathPrefix();
        return BuildListener.of(log::info, verbose ? log::info : log::debug, log::warn, finding -> log.warn(finding.describe(prefix)));
    }

    /**
     * A failure the core did not foresee: one line saying so, never a bare stack trace (Maven
     * shows the trace with {@code -e}, which the line asks for in a report).
     */
    protected MojoFailureException unexpected(Throwable e, String afterwards) {
        String what = e instanceof StackOverflowError ? "the build recursed without end (StackOverflowError)" : e.toString();
        return new MojoFailureException("site-gen: unexpected error: " + what + ". " + afterwards
                + (afterwards.isEmpty() ? "" : " ") + "Please report it as a site-gen bug, with the output of mvn -e.", e);
    }

    /**
     * Lists each finding as an error line, the way a compiler does, and returns the failure
     * that sums them up.
     */
    protected MojoFailureException failure(SiteOptions options, List<Finding> findings, String hint) {
        String prefix = options.notePathPrefix();
        findings.forEach(f -> getLog().error(f.describe(prefix)));
        return new MojoFailureException(CheckFailedException.summary(findings) + ", listed above as file:line: message. " + hint);
    }
}
