package io.github.sitegen;

import io.github.sitegen.core.Finding;
import io.github.sitegen.dedup.DedupReport;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a build produced, for the log and for tests.
 *
 * @param questions   distinct questions in the guide: a question answered in several places counts once
 * @param files       files of the site: written, or for a build the cache answered, already there
 * @param warnings    every warning of the build as logged; findings are among them when the build was lenient
 * @param dedup       what the notes repeated and where the guide shows it
 * @param findings    the defects in the notes that a strict build or {@code site-gen:check} rejects,
 *                    by file and line
 * @param changed     the files of the site that were written or deleted, relative to {@code outputDir}
 * @param linkedFiles the files beside the notes that they link or show (images, PDFs...), copied into the site
 * @param took        how long the build took, from reading the notes to the last file written
 */
public record BuildReport(Path outputDir, int sources, int pages, int questions, int files, List<String> warnings,
                          DedupReport dedup, List<Finding> findings, List<String> changed, int linkedFiles, Duration took) {
    public BuildReport {
        warnings = List.copyOf(warnings);
        findings = findings.stream().sorted().toList();
        changed = List.copyOf(changed);
    }
}
