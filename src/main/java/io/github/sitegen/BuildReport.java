package io.github.sitegen;

import io.github.sitegen.dedup.DedupReport;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build produced, for the log and for tests.
 *
 * @param questions distinct questions in the guide: a question answered in several places counts once
 * @param dedup     what the notes repeated and where the guide shows it
 */
public record BuildReport(Path outputDir, int sources, int pages, int questions, int files, List<String> warnings,
                          DedupReport dedup) {
    public BuildReport {
        warnings = List.copyOf(warnings);
    }
}
