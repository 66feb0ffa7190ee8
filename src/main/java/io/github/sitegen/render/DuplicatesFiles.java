package io.github.sitegen.render;

import io.github.sitegen.dedup.DedupReport;
import io.github.sitegen.output.SiteFile;

import java.util.List;
import java.util.Map;

/** The emitter of what the dedup stage did: {@code duplicates.html} for readers, {@code dedup-report.json} for tools. */
final class DuplicatesFiles {
    private final Theme theme;
    private final Frame frame;

    DuplicatesFiles(Theme theme, Frame frame) {
        this.theme = theme;
        this.frame = frame;
    }

    List<SiteFile> files(DedupReport report) {
        Map<String, Object> context = frame.context(Frame.DUPLICATES, null);
        context.put("report", Views.DuplicatesView.of(report, frame.site(), href -> RelativeUrls.between(Frame.DUPLICATES, href)));
        return List.of(SiteFile.text(Frame.DUPLICATES, theme.render("duplicates", context)),
                new SiteFile("dedup-report.json", report.toJson()));
    }
}
