package io.github.sitegen.model;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.GitHubSlugger;
import io.github.sitegen.section.Questions;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Where each heading of each note was placed, so that links written against the notes
 * ({@code #anchor}, {@code other.md}, {@code other.md#anchor}) can be pointed at pages. A
 * heading shown elsewhere (an identical copy, another answer of a question answered
 * elsewhere) is placed where its text is shown, so that links to it still land on it.
 */
public final class AnchorIndex {
    /** A heading as a link target, in document order; {@code href} is the page and id where it is shown. */
    record Target(String anchor, String title, int level, int line, String href) {
        Target(Block.Heading heading, String href) {
            this(heading.anchor(), Questions.normalise(heading.text()), heading.level(), heading.line(), href);
        }
    }

    private final Map<String, String> firstPage = new HashMap<>();
    private final Map<String, List<Target>> targets = new HashMap<>();
    private final Map<String, Map<String, String>> byAnchor = new HashMap<>();

    /** Two indexes are equal when every link resolves the same way in both: same notes, pages and headings. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AnchorIndex index && firstPage.equals(index.firstPage) && targets.equals(index.targets);
    }

    @Override
    public int hashCode() {
        return firstPage.hashCode() * 31 + targets.hashCode();
    }

    /** @param targets per note, every heading of it with the place it is shown */
    static AnchorIndex of(List<SourceEntry> sources, Map<String, List<Target>> targets) {
        AnchorIndex index = new AnchorIndex();
        for (SourceEntry source : sources) {
            if (!source.pages().isEmpty()) {
                index.firstPage.put(source.path(), source.pages().get(0).url());
            }
            List<Target> list = new ArrayList<>(targets.getOrDefault(source.path(), List.of()));
            list.sort(Comparator.comparingInt(Target::line));
            index.targets.put(source.path(), List.copyOf(list));
            Map<String, String> anchors = new HashMap<>();
            list.forEach(t -> anchors.putIfAbsent(t.anchor(), t.href()));
            index.byAnchor.put(source.path(), anchors);
        }
        return index;
    }

    /**
     * The id a section gets when it is shown on another note's page (as another answer to a
     * question): the note's path and the section's own id, joined by a dot, which no heading
     * id contains, so that it never clashes with the ids of the page it is shown on.
     */
    public static String movedAnchor(String source, String anchor) {
        String path = source.replaceFirst("\\.(md|markdown|mdx)$", "");
        return GitHubSlugger.slug(path.replace('/', '-')) + "." + anchor;
    }

    /** Where the heading {@code anchor} of note {@code source} is shown: page and id, as a path from the site root. */
    public Optional<String> placement(String source, String anchor) {
        return Optional.ofNullable(byAnchor.getOrDefault(source, Map.of()).get(anchor));
    }

    /**
     * The target of a link found in note {@code from}, as a path from the site root with an
     * optional fragment; empty when the link points into the notes but nowhere that exists.
     * The caller checks {@link #isInternal(String)} first: links that leave the guide are not
     * this index's business.
     *
     * <p>A fragment that is no heading's id still resolves the way a reader would expect of a
     * hand-written table of contents: to the heading the link's text names, else to the
     * first, highest heading whose id or title starts with the fragment or the text
     * ({@code [URLs](#urls)} finds "URLs &amp; Routing").
     */
    public Optional<String> resolve(String from, String href, String linkText) {
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : decode(href.substring(hash + 1));
        String target = file.isEmpty() ? from : resolvePath(from, decode(file));
        if (!firstPage.containsKey(target)) {
            return Optional.empty();
        }
        if (fragment.isEmpty()) {
            return Optional.of(firstPage.get(target));
        }
        List<Target> headings = targets.get(target);
        String text = Questions.normalise(linkText);
        String fragmentWords = Questions.normalise(fragment.replace('-', ' '));
        // an exact id, nearly every link, by lookup: scanning the note's headings per link grows with its square
        return Optional.ofNullable(byAnchor.get(target).get(fragment))
                .or(() -> find(headings, t -> !text.isEmpty() && t.title().equals(text))
                        .or(() -> find(headings, t -> t.title().equals(fragmentWords)))
                        .or(() -> highest(headings, t -> t.anchor().startsWith(fragment + "-")
                                || (!text.isEmpty() && t.title().startsWith(text + " "))))
                        .map(Target::href));
    }

    /**
     * Whether the note a link names (or the note it is written in, for a bare {@code #fragment})
     * is part of the guide: tells a link to a missing note from one to a missing heading.
     */
    public boolean hasNote(String from, String href) {
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        return file.isEmpty() || firstPage.containsKey(resolvePath(from, decode(file)));
    }

    private static Optional<Target> find(List<Target> headings, Predicate<Target> test) {
        return headings.stream().filter(test).findFirst();
    }

    private static Optional<Target> highest(List<Target> headings, Predicate<Target> test) {
        return headings.stream().filter(test).min(Comparator.comparingInt(Target::level));
    }

    /** Whether a link is meant to stay inside the guide: a fragment or a relative {@code .md} path. */
    public static boolean isInternal(String href) {
        if (href.startsWith("#")) {
            return true;
        }
        if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || href.startsWith("//") || href.startsWith("/")) {
            return false;
        }
        String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
        file = file.contains("?") ? file.substring(0, file.indexOf('?')) : file;
        return SourceDocument.isNote(file);
    }

    private static String resolvePath(String from, String relative) {
        String dir = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (dir + relative).split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
