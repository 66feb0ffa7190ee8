package io.github.sitegen.maven;

import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.init.NewGuide;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts a guide of your own in the current folder: a pom that uses this plugin, example notes
 * that show every kind of question, content/topics.yml, .gitignore, the GitHub workflows that
 * publish the guide and check pull requests, a README and .mvn/jvm.config. Needs no project:
 * run it in an empty folder as mvn io.github.sitegen:site-gen-maven-plugin:VERSION:init. It
 * never overwrites a file: if any of them exists, it names them and writes nothing.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** Title of the new guide; by default made from the folder's name ({@code django-notes}: "Django Notes"). */
    @Parameter(property = "siteGen.siteTitle")
    private String siteTitle;

    /**
     * The GitHub repository ({@code owner/name}) of site-gen's source, which the new guide's workflows
     * build the plugin from while it is not on Maven Central.
     */
    @Parameter(property = "siteGen.init.siteGenRepository", defaultValue = "sitegen/site-gen")
    private String siteGenRepository;

    /**
     * The commit or tag of site-gen the new guide's workflows build. By default, for a snapshot of
     * the plugin the commit it was built from; for a release none, since Maven then takes the
     * plugin from Maven Central.
     */
    @Parameter(property = "siteGen.init.siteGenRef")
    private String siteGenRef;

    /** The folder the guide is written into: where mvn runs. */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File basedir;

    /** This plugin's coordinates, which the new pom uses. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoFailureException {
        Log log = getLog();
        Path dir = basedir.toPath().toAbsolutePath().normalize();
        String folder = dir.getFileName() == null ? "" : dir.getFileName().toString();
        boolean snapshot = plugin.getVersion().endsWith("-SNAPSHOT");
        String ref = siteGenRef != null ? siteGenRef.strip() : snapshot ? NewGuide.builtFromCommit().orElse("") : "";
        if (snapshot && ref.isEmpty()) {
            ref = "main";
            log.warn("site-gen:init: this plugin does not know the commit it was built from, so the workflows build site-gen's"
                    + " main branch; pin a commit or tag with -DsiteGen.init.siteGenRef=..., or edit SITE_GEN_REF in both workflows");
        }
        List<String> written;
        try {
            written = NewGuide.write(dir, new NewGuide.Settings(
                    siteTitle == null || siteTitle.isBlank() ? NewGuide.titleOf(folder) : siteTitle.strip(),
                    NewGuide.artifactIdOf(folder), plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion(),
                    siteGenRepository.strip(), ref));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("site-gen:init: " + e.getMessage()
                    + ": check -DsiteGen.init.siteGenRepository and -DsiteGen.init.siteGenRef");
        } catch (SiteBuildException e) {
            throw new MojoFailureException("site-gen:init: " + e.getMessage());
        }
        log.info("site-gen:init wrote a new guide in " + dir + ":");
        written.forEach(path -> log.info("  " + path));
        log.info(ref.isEmpty() ? "Its workflows take the plugin from Maven Central."
                : "Its workflows build the plugin from " + siteGenRepository.strip() + " at " + ref + " (SITE_GEN_REF).");
        log.info("Next: mvn site-gen:serve to see it on http://localhost:8000/ as you write; README.md says how to publish it.");
    }
}
