package io.github.sitegen.support;

import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The real notes of content/ built once per test run with the default theme, into
 * target/built-guide/ (left there for a reviewer to open), and served on loopback under a
 * GitHub Pages-like sub-path. Browser tests share it: each would otherwise build the same site.
 */
public final class BuiltGuide {
    public static final String TITLE = "Django Study Guide";
    private static Path site;
    private static StaticServer server;

    private BuiltGuide() {
    }

    public static synchronized Path site() {
        if (site == null) {
            Path output = Path.of("target", "built-guide").toAbsolutePath();
            // with the whole-index files, which no page loads, so that the browser's results can be compared with lunr.js's
            new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(Path.of("content"), Path.of("templates"), output,
                    TITLE, Optional.empty(), Optional.empty()).withWholeSearchIndex(true));
            site = output;
        }
        return site;
    }

    /** A page's file:// address. */
    public static String file(String page) {
        return site().resolve(page).toUri().toString();
    }

    /** The site's http:// address under /django-guide/, served until the test JVM ends. */
    public static synchronized String http() {
        if (server == null) {
            server = new StaticServer(site(), "/django-guide/");
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server.url();
    }
}
