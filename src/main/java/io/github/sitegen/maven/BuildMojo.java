package io.github.sitegen.maven;

import io.github.sitegen.BuildListener;
import io.github.sitegen.SiteBuildException;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Renders the Markdown notes of {@code contentDir} into a static study guide in
 * {@code outputDir}. The previous site is replaced only when the whole build succeeded.
 */
@Mojo(name = "build", requiresProject = false, threadSafe = true)
public class BuildMojo extends AbstractMojo {

    /** Folder of Markdown notes ({@code *.md}, searched recursively) the guide is built from. */
    @Parameter(property = "siteGen.contentDir", defaultValue = "${basedir}/content")
    private File contentDir;

    /**
     * Folder of the project's own Pebble templates and assets. A file here replaces the
     * default theme's file of the same name; anything not here comes from the default theme.
     */
    @Parameter(property = "siteGen.templatesDir", defaultValue = "${basedir}/templates")
    private File templatesDir;

    /** Folder the site is written to. Its previous content is replaced as a whole. */
    @Parameter(property = "siteGen.outputDir", defaultValue = "${basedir}/site-output")
    private File outputDir;

    /** Title shown in every page's header and on the home page. */
    @Parameter(property = "siteGen.siteTitle", defaultValue = "Study Guide")
    private String siteTitle;

    /** One or two sentences on the home page saying what the guide is; optional. */
    @Parameter(property = "siteGen.siteDescription")
    private String siteDescription;

    /**
     * Public URL the site is published at, e.g. {@code https://user.github.io/repo/}. Only used
     * for canonical links, sitemap.xml and 404.html; links inside the site always stay relative.
     */
    @Parameter(property = "siteGen.baseUrl")
    private String baseUrl;

    /** Skip the build entirely. */
    @Parameter(property = "siteGen.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        Log log = getLog();
        if (skip) {
            log.info("site-gen: skipped because siteGen.skip is true");
            return;
        }
        SiteOptions options = new SiteOptions(contentDir.toPath(), templatesDir.toPath(), outputDir.toPath(),
                siteTitle, Optional.ofNullable(siteDescription), Optional.ofNullable(baseUrl));
        try {
            new SiteBuilder(mavenLog(log)).build(options);
        } catch (SiteBuildException e) {
            throw new MojoFailureException(e.getMessage() + System.lineSeparator()
                    + "The previous site in " + outputDir + " was left as it was.");
        } catch (UncheckedIOException e) {
            throw new MojoFailureException("site-gen: " + e.getMessage(), e);
        }
    }

    static BuildListener mavenLog(Log log) {
        return new BuildListener() {
            @Override
            public void info(String message) {
                log.info(message);
            }

            @Override
            public void warn(String message) {
                log.warn(message);
            }
        };
    }
}
