package io.github.sitegen.maven;

import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.serve.DevServer;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.UncheckedIOException;

/**
 * Builds the guide into {@code outputDir}, serves it on {@code http://localhost:port/} (the
 * loopback interface only), watches {@code contentDir} and {@code templatesDir}, rebuilds what
 * a change affects and reloads the open pages. A build error shows in the browser, with its file
 * and line, and the server keeps running. Stop it with Ctrl+C.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractSiteMojo {

    /** Folder the site is written to and served from; it holds exactly what {@code site-gen:build} writes. */
    @Parameter(property = "siteGen.outputDir", defaultValue = "${basedir}/site-output")
    private File outputDir;

    /** Port on localhost the preview is served on. */
    @Parameter(property = "siteGen.port", defaultValue = "8000")
    private int port;

    @Override
    public void execute() throws MojoFailureException {
        if (skipped("serve")) {
            return;
        }
        SiteOptions options = options(outputDir);
        try (DevServer server = DevServer.start(options, port, mavenLog(options))) {
            getLog().info("site-gen: serving " + outputDir + " on " + server.address()
                    + " and watching " + contentDir + " and " + templatesDir + "; press Ctrl+C to stop");
            server.awaitClose();
        } catch (SiteBuildException e) {
            throw new MojoFailureException("site-gen: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoFailureException("site-gen: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw OutOfMemory.failure(e, "The previous site in " + outputDir + " was left as it was.");
        } catch (RuntimeException | StackOverflowError e) {
            throw unexpected(e, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
