package io.github.sitegen;

import io.github.sitegen.output.SiteFile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site built in memory by {@link SiteBuilder#build(SiteOptions, Map)}: its report, and every
 * file it would write, by path.
 */
public record BuiltSite(BuildReport report, Map<String, SiteFile> files) {
    public BuiltSite {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    static BuiltSite of(BuildReport report, List<SiteFile> files) {
        Map<String, SiteFile> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        return new BuiltSite(report, byPath);
    }

    /** The text of the file at {@code path}; fails naming the files there are if there is none. */
    public String text(String path) {
        SiteFile file = files.get(path);
        if (file == null) {
            throw new IllegalArgumentException("no file " + path + " in the site: " + files.keySet());
        }
        return new String(file.content(), StandardCharsets.UTF_8);
    }
}
