package io.github.sitegen.maven;

import io.github.sitegen.BuildLog;
import io.github.sitegen.BuildReport;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.SiteBuildException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.File;
import java.io.UncheckedIOException;

/**
 * Checks the notes as a reviewer would and fails on any problem, each reported as
 * {@code file:line: message}: links to headings or notes that do not exist, questions without
 * an answer, empty sections, code fences never closed, copies of a question that differ only
 * by a typo, unknown front matter fields. Builds everything a real build would, writes nothing.
 */
@Mojo(name = "check", requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractSiteMojo {

    @Override
    public void execute() throws MojoFailureException {
        if (skipped("check")) {
            return;
        }
        // the output folder is never written: any path will do
        SiteOptions options = options(new File(basedir, "site-output"));
        BuildReport report;
        try {
            report = new SiteBuilder(mavenLog(options)).check(options);
        } catch (SiteBuildException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (UncheckedIOException e) {
            throw new MojoFailureException("site-gen: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw OutOfMemory.failure(e, "Nothing was written.");
        } catch (RuntimeException | StackOverflowError e) {
            throw unexpected(e, "");
        }
        if (!report.findings().isEmpty()) {
            throw failure(options, report.findings(), "Fix each as its message says, then run site-gen:check again.");
        }
        getLog().info(BuildLog.checked(report));
    }
}
