package io.github.sitegen;

import java.nio.file.Path;
import java.util.List;

/** What a build produced, for the log and for tests. */
public record BuildReport(Path outputDir, int sources, int pages, int questions, int files, List<String> warnings) {
    public BuildReport {
        warnings = List.copyOf(warnings);
    }
}
