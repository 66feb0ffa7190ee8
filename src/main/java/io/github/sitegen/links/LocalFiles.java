package io.github.sitegen.links;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.Block;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Section;
import io.github.sitegen.core.SourceDocument;
import org.jsoup.Jsoup;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Files that notes link or show (images, PDFs, anything relative that is not a note), copied
 * into the site under {@value #FOLDER} at their path below the content directory, so that a
 * file keeps its address from build to build and two notes showing one picture share it.
 *
 * <p>Where a link points is a function of the note and the link alone ({@link #sitePath}),
 * so pages can be rewritten without knowing what exists; {@link #collect} then looks at the
 * disk once per build, copies what is there and reports, by file and line, what is not. A
 * file outside the content directory is never copied.
 */
public final class LocalFiles {
    /** Where copies go: inside the theme's folder, which no note's pages can take. */
    public static final String FOLDER = "assets/files/";

    private LocalFiles() {
    }

    /** Whether a link or image source names a local file: relative, not a fragment, not a note. */
    public static boolean isLocalFile(String ref) {
        if (ref.isEmpty() || ref.startsWith("#") || ref.startsWith("/") || ref.startsWith("//")
                || ref.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return false;
        }
        String file = pathOf(ref);
        return !file.isEmpty() && !SourceDocument.isNote(file);
    }

    /**
     * Where the file that note {@code from} (a path below the content directory) calls
     * {@code ref} is in the site, as a URL path from the site root with the link's query and
     * fragment kept; empty when the path leaves the content directory.
     */
    public static Optional<String> sitePath(String from, String ref) {
        return relativePath(from, ref).map(path -> encode(FOLDER + path) + ref.substring(pathOf(ref).length()));
    }

    /**
     * Points an element's link to a local file ({@code href} or {@code src}) at the file's copy,
     * relative to page {@code pageUrl}; anything else is left as it is.
     */
    public static void pointAt(Element element, String attribute, String from, String pageUrl) {
        String ref = element.attr(attribute);
        if (isLocalFile(ref)) {
            sitePath(from, ref).ifPresent(path -> element.attr(attribute, relative(pageUrl, path)));
        }
    }

    /** {@code target} (a path from the site root) as seen from page {@code pageUrl}. */
    static String relative(String pageUrl, String target) {
        return "../".repeat((int) pageUrl.chars().filter(c -> c == '/').count()) + target;
    }

    /** The file's path below the content directory, decoded; empty when it leaves it. */
    static Optional<String> relativePath(String from, String ref) {
        String dir = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (dir + decode(pathOf(ref))).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    /**
     * Copies every local file the notes refer to into the site and reports each reference to a
     * file that is missing or outside the content directory as a finding at its line.
     *
     * @return the copies, ordered by their path in the site
     */
    public static List<SiteFile> collect(Path contentDir, List<DocumentOutline> notes, BuildListener listener) {
        Path root = realPath(contentDir);
        Map<String, Path> copies = new TreeMap<>();
        Set<Finding> findings = new LinkedHashSet<>();
        for (DocumentOutline note : notes) {
            String from = note.source().path();
            for (Reference ref : references(note)) {
                Optional<String> relative = relativePath(from, ref.ref());
                if (relative.isEmpty()) {
                    if (ref.link()) {
                        continue; // a link out of the notes is the links stage's finding (LeavingLinks); one is enough
                    }
                    findings.add(new Finding(from, ref.line(), "'" + ref.ref() + "' points outside the content directory, so it is "
                            + "not copied into the site: move the file into " + contentDir + " and link it from there"));
                    continue;
                }
                Path file = root.resolve(relative.get()).normalize();
                if (!Files.isRegularFile(file)) {
                    findings.add(new Finding(from, ref.line(), "'" + ref.ref() + "' names no file (looked for "
                            + relative.get() + " in the content directory): add the file, or fix the path, which is relative to this note"));
                } else if (!realPath(file).startsWith(root)) {
                    findings.add(new Finding(from, ref.line(), "'" + ref.ref() + "' leads outside the content directory through a "
                            + "link, so it is not copied: put the file itself in the content directory"));
                } else {
                    copies.putIfAbsent(FOLDER + relative.get(), file);
                }
            }
        }
        findings.forEach(listener::finding);
        List<SiteFile> files = new ArrayList<>();
        copies.forEach((path, file) -> {
            try {
                files.add(new SiteFile(path, Files.readAllBytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ", which a note links", e);
            }
        });
        return files;
    }

    /** A reference to a local file, with the 1-based line it is written on; {@code link} for a[href], else img[src]. */
    record Reference(String ref, int line, boolean link) {
    }

    static List<Reference> references(DocumentOutline note) {
        List<Reference> refs = new ArrayList<>();
        note.preamble().forEach(b -> references(b.html(), b.line(), refs));
        for (Section section : note.allSections()) {
            references(section.heading().inlineHtml(), section.heading().line(), refs);
            for (Block.Content block : section.body()) {
                references(block.html(), block.line(), refs);
            }
        }
        return refs;
    }

    private static void references(String html, int line, List<Reference> into) {
        if (!html.contains("href") && !html.contains("src")) {
            return;
        }
        for (Element el : Jsoup.parseBodyFragment(html).select("a[href], img[src]")) {
            String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
            if (isLocalFile(ref)) {
                String at = el.attr(MarkdownConverter.LINE_ATTRIBUTE);
                into.add(new Reference(ref, at.matches("\\d+") ? Integer.parseInt(at) : line, el.hasAttr("href")));
            }
        }
    }

    private static String pathOf(String ref) {
        int end = ref.length();
        for (char c : new char[] {'#', '?'}) {
            int at = ref.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return ref.substring(0, end);
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** Percent-encodes what a URL path cannot hold as it is, segment by segment. */
    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "/-._~!$&'()*+,;=:@".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
