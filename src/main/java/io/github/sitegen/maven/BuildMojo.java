package io.github.sitegen.maven;

import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.CheckFailedException;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.output.OutputGuard;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Renders the Markdown notes of {@code contentDir} into a static study guide in
 * {@code outputDir}. The previous site is replaced only when the whole build succeeded.
 */
@Mojo(name = "build", requiresProject = false, threadSafe = true)
public class BuildMojo extends AbstractSiteMojo {

    /** Folder the site is written to. Its previous content is replaced as a whole. */
    @Parameter(property = "siteGen.outputDir", defaultValue = "${basedir}/site-output")
    private File outputDir;

    /**
     * Fail the build on every problem {@code site-gen:check} reports (broken links, unanswered
     * questions, empty sections, unclosed code fences, copies of a question that differ by a
     * typo) instead of warning about it. Nothing is written when the build fails.
     */
    @Parameter(property = "siteGen.strict", defaultValue = "false")
    private boolean strict;

    /**
     * Remember each built site (hard links, so no second copy) with the key of everything it was
     * built from, so that building unchanged notes again only checks them. A cache that does not
     * match its own checksums is ignored, never trusted.
     */
    @Parameter(property = "siteGen.cache", defaultValue = "true")
    private boolean cache;

    /** Where the build cache lives. */
    @Parameter(property = "siteGen.cacheDir", defaultValue = "${project.build.directory}/site-gen-cache")
    private File cacheDir;

    /**
     * Where the cache lives. Run without a pom, Maven's stand-in project leaves its build directory
     * as {@code ${project.basedir}/target}, which would become a folder of that name: then {@code target/}.
     */
    Path cacheDir() {
        return cacheDir.getPath().contains("${") ? basedir.toPath().resolve("target/site-gen-cache") : cacheDir.toPath();
    }

    @Override
    public void execute() throws MojoFailureException {
        if (skipped("build")) {
            return;
        }
        SiteOptions options = options(outputDir).withStrict(strict);
        try {
            SiteBuilder builder = new SiteBuilder(mavenLog(options));
            (cache ? builder.cachingIn(cacheDir()) : builder).build(options);
        } catch (CheckFailedException e) {
            throw failure(options, e.findings(), (strict ? "A strict build (siteGen.strict) fails on them"
                    : "A note that cannot be read as written fails every build") + "; the previous site in "
                    + outputDir + " was left as it was.");
        } catch (OutputGuard.OutputRefusedException e) {
            throw new MojoFailureException("site-gen: " + e.getMessage());
        } catch (SiteBuildException e) {
            throw new MojoFailureException(e.getMessage() + System.lineSeparator()
                    + "The previous site in " + outputDir + " was left as it was.");
        } catch (UncheckedIOException e) {
            throw new MojoFailureException("site-gen: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw OutOfMemory.failure(e, "The previous site in " + outputDir + " was left as it was.");
        } catch (RuntimeException | StackOverflowError e) {
            throw unexpected(e, "The previous site in " + outputDir + " was left as it was.");
        }
    }
}
