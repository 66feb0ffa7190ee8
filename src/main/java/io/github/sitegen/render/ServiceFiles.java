package io.github.sitegen.render;

import io.github.sitegen.model.PageLayout;
import io.github.sitegen.output.SiteFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The emitter of what hosts and crawlers read: {@code 404.html}, {@code .nojekyll}, {@code robots.txt}, {@code sitemap.xml}. */
final class ServiceFiles {
    private final Theme theme;
    private final Frame frame;

    ServiceFiles(Theme theme, Frame frame) {
        this.theme = theme;
        this.frame = frame;
    }

    /** The files before the assets, in the order the site has always listed them. */
    List<SiteFile> files() {
        List<SiteFile> files = new ArrayList<>();
        Map<String, Object> notFound = frame.context("404.html", null);
        // GitHub Pages serves 404.html at whatever depth the missing URL had: only absolute links work there.
        frame.baseUrl().ifPresent(base -> notFound.put("root", base));
        files.add(SiteFile.text("404.html", theme.render("404", notFound)));
        files.add(SiteFile.text(".nojekyll", ""));
        files.add(SiteFile.text("robots.txt", "User-agent: *\nAllow: /\n"
                + frame.baseUrl().map(b -> "Sitemap: " + b + "sitemap.xml\n").orElse("")));
        return files;
    }

    /** {@code sitemap.xml}, only for a site that knows its public address: the home page, then every page in reading order. */
    List<SiteFile> sitemap() {
        return frame.baseUrl().map(base -> {
            List<String> urls = new ArrayList<>();
            urls.add(base);
            frame.site().placement().pages().stream().map(PageLayout::page).forEach(p -> urls.add(base + p.url()));
            return List.of(SiteFile.text("sitemap.xml", theme.render("sitemap", Map.of("urls", urls))));
        }).orElse(List.of());
    }
}
