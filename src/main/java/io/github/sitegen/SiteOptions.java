package io.github.sitegen;

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
 */
public record SiteOptions(Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                          Optional<String> siteDescription, Optional<String> baseUrl, DedupOptions dedup,
                          boolean strict) {
    public SiteOptions {
        Objects.requireNonNull(dedup, "dedup");
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(templatesDir, "templatesDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(siteTitle, "siteTitle");
        siteDescription = siteDescription.filter(s -> !s.isBlank());
        baseUrl = baseUrl.filter(s -> !s.isBlank());
    }

    /** Options with the default deduplication, for a lenient build: findings are warnings. */
    public SiteOptions(Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                       Optional<String> siteDescription, Optional<String> baseUrl) {
        this(contentDir, templatesDir, outputDir, siteTitle, siteDescription, baseUrl, DedupOptions.DEFAULTS);
    }

    /** A lenient build: findings are warnings. */
    public SiteOptions(Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                       Optional<String> siteDescription, Optional<String> baseUrl, DedupOptions dedup) {
        this(contentDir, templatesDir, outputDir, siteTitle, siteDescription, baseUrl, dedup, false);
    }

    /** Defaults for a project directory laid out as the README describes. */
    public static SiteOptions forProject(Path projectDir, String siteTitle) {
        return new SiteOptions(projectDir.resolve("content"), projectDir.resolve("templates"),
                projectDir.resolve("site-output"), siteTitle, Optional.empty(), Optional.empty());
    }

    public SiteOptions withStrict(boolean strict) {
        return new SiteOptions(contentDir, templatesDir, outputDir, siteTitle, siteDescription, baseUrl, dedup, strict);
    }
}
