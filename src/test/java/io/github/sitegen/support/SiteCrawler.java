package io.github.sitegen.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads a generated site from disk the way a browser would follow it: links, anchors, assets. */
public final class SiteCrawler {
    private final Path root;
    private final Map<String, Document> pages = new HashMap<>();

    public SiteCrawler(Path root) {
        this.root = root;
    }

    /** Every HTML file of the site, as paths relative to its root. */
    public List<String> htmlFiles() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Document page(String path) {
        return pages.computeIfAbsent(path, p -> {
            try {
                return Jsoup.parse(root.resolve(p).toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Pages reachable from {@code start} through links inside the site. */
    public Set<String> reachableFrom(String start) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String path = todo.poll();
            if (!seen.add(path)) {
                continue;
            }
            for (Element a : page(path).select("a[href]")) {
                String target = target(path, a.attr("href"));
                if (target != null && target.endsWith(".html") && Files.isRegularFile(root.resolve(target))) {
                    todo.add(target);
                }
            }
        }
        return seen;
    }

    /** Every link, stylesheet and script of {@code path} that points nowhere, as readable problems. */
    public List<String> brokenReferences(String path) {
        List<String> problems = new ArrayList<>();
        Document doc = page(path);
        for (Element el : doc.select("a[href], link[href], script[src], img[src]")) {
            String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
            if (ref.startsWith("/")) {
                problems.add(path + ": root-absolute link " + ref);
                continue;
            }
            if (ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue; // leaves the site
            }
            String target = target(path, ref);
            if (target == null || !Files.isRegularFile(root.resolve(target))) {
                problems.add(path + ": " + ref + " -> no such file");
                continue;
            }
            int hash = ref.indexOf('#');
            if (hash >= 0 && hash < ref.length() - 1 && target.endsWith(".html")) { // a bare '#' is the page's top
                String id = URLDecoder.decode(ref.substring(hash + 1), StandardCharsets.UTF_8);
                if (page(target).getElementById(id) == null) {
                    problems.add(path + ": " + ref + " -> no element with id '" + id + "' in " + target);
                }
            }
        }
        return problems;
    }

    /** The site path a reference on page {@code from} leads to, without fragment; null if it leaves the site. */
    public static String target(String from, String ref) {
        if (ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || ref.startsWith("//")) {
            return null;
        }
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        file = URLDecoder.decode(file.replace("+", "%2B"), StandardCharsets.UTF_8); // as a browser asks for it
        if (file.isEmpty()) {
            return from;
        }
        Path base = Path.of(from).getParent();
        Path resolved = (base == null ? Path.of(file) : base.resolve(file)).normalize();
        return resolved.toString().replace('\\', '/');
    }
}
