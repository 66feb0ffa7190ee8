package io.github.sitegen.render;

import io.github.sitegen.output.SiteFile;

import java.util.ArrayList;
import java.util.List;

/** The emitter of {@code assets/}: the theme's files (the project's own first) and Prism from its WebJar, with the languages the notes use. */
final class AssetFiles {
    private AssetFiles() {
    }

    static List<SiteFile> files(Theme theme, Highlighting highlighting) {
        List<SiteFile> files = new ArrayList<>();
        theme.assets().forEach((path, bytes) -> files.add(new SiteFile("assets/" + path, bytes)));
        files.add(new SiteFile("assets/prism.js", highlighting.script()));
        return files;
    }
}
