package io.github.sitegen;

import io.github.sitegen.core.Finding;
import io.github.sitegen.dedup.DedupOptions;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a build needs to know, in plain Java: the Maven goal maps its parameters here.
 *
 * @param templatesDir a project's own templates, overriding the default theme file by file; may not exist
 * @param baseUrl      where the site will be published; only used for canonical and sitemap URLs
 * @param dedup        how repeated sections and questions are brought together
 * @param strict       whether defects in the notes ({@link Finding}s) fail the build instead of
 *                     being warnings
 * @param projectDir   the project the notes belong to: where paths in edit links start when the
 *                     notes are not in a git work tree
 * @param repoUrl      the repository's web address; pages link to their note's edit page there
 * @param editBranch   the branch edit links open
 * @param wholeSearchIndex whether to write the whole lunr index, store and documents as single JSON
 *                     files beside the parts the pages load: for tools and lunr.js users; no page reads them
 * @param anki         whether to write the practice cards as an Anki package ({@code .apkg}) and a text file for Anki
 */
public record SiteOptions(Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                          Optional<String> siteDescription, Optional<String> baseUrl, DedupOptions dedup,
                          boolean strict, Path projectDir, Optional<String> repoUrl, String editBranch,
                          boolean wholeSearchIndex, boolean anki) {
    public static final String DEFAULT_EDIT_BRANCH = "main";

    public SiteOptions {
        Objects.requireNonNull(dedup, "dedup");
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(siteTitle, "siteTitle");
        Objects.requireNonNull(projectDir, "projectDir");
        siteDescription = siteDescription.filter(s -> !s.isBlank());
        baseUrl = baseUrl.filter(s -> !s.isBlank());
        repoUrl = repoUrl.filter(s -> !s.isBlank());
        editBranch = editBranch == null || editBranch.isBlank() ? DEFAULT_EDIT_BRANCH : editBranch.strip();
    }

    /** Options with the Anki files. */
    public SiteOptions(Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                       Optional<String> siteDescription, Optional<String> baseUrl, DedupOptions dedup,
                       boolean strict, Path projectDir, Optional<String> repoUrl, String editBranch,
                       boolean wholeSearchIndex) {
        this(contentDir, templatesDir, outputDir, siteTitle, siteDescription, baseUrl, dedup, strict, projectDir, repoUrl,
                editBranch, wholeSearchIndex, true);
    }

    /** Options with the default deduplication, for a lenient build: findings are warnings. */
    public SiteOptions(Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                       Optional<String> siteDescription, Optional<String> baseUrl) {
        this(contentDir, templatesDir, outputDir, siteTitle, siteDescription, baseUrl, DedupOptions.DEFAULTS);
    }

    /** A lenient build without edit links, of a project laid out around {@code contentDir}. */
    public SiteOptions(Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                       Optional<String> siteDescription, Optional<String> baseUrl, DedupOptions dedup) {
        this(contentDir, templatesDir, outputDir, siteTitle, siteDescription, baseUrl, dedup, false,
                contentDir.toAbsolutePath().normalize().getParent(), Optional.empty(), DEFAULT_EDIT_BRANCH, false);
    }

    /** Defaults for a project directory laid out as the README describes. */
    public static SiteOptions forProject(Path projectDir, String siteTitle) {
        return new SiteOptions(projectDir.resolve("content"), projectDir.resolve("templates"),
                projectDir.resolve("site-output"), siteTitle, Optional.empty(), Optional.empty());
    }

    /**
     * How a note's path starts when written for a person: the content folder seen from the
     * project, e.g. {@code content/}, so that {@code content/notes.md:12} opens in an IDE's console.
     */
    public String notePathPrefix() {
        Path content = contentDir.toAbsolutePath().normalize();
        Path project = projectDir.toAbsolutePath().normalize();
        String prefix = (content.startsWith(project) ? project.relativize(content) : content).toString().replace('\\', '/');
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    public SiteOptions withStrict(boolean strict) {
        return new SiteOptions(contentDir, templatesDir, outputDir, siteTitle, siteDescription, baseUrl, dedup, strict,
                projectDir, repoUrl, editBranch, wholeSearchIndex, anki);
    }

    /** Pages link to their note on the repository's web interface, e.g. {@code https://github.com/me/guide}, on {@code branch}. */
    public SiteOptions withEditLinks(Path projectDir, Optional<String> repoUrl, String branch) {
        return new SiteOptions(contentDir, templatesDir, outputDir, siteTitle, siteDescription, baseUrl, dedup, strict,
                projectDir, repoUrl, branch, wholeSearchIndex, anki);
    }

    /** With or without search-index.json, search-store.json and search-docs.json (see {@link #wholeSearchIndex}). */
    public SiteOptions withWholeSearchIndex(boolean whole) {
        return new SiteOptions(contentDir, templatesDir, outputDir, siteTitle, siteDescription, baseUrl, dedup, strict,
                projectDir, repoUrl, editBranch, whole, anki);
    }

    /** With or without the Anki package and text file (see {@link #anki}). */
    public SiteOptions withAnki(boolean anki) {
        return new SiteOptions(contentDir, templatesDir, outputDir, siteTitle, siteDescription, baseUrl, dedup, strict,
                projectDir, repoUrl, editBranch, wholeSearchIndex, anki);
    }
}
