package io.github.sitegen.render;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Section;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The code highlighting a guide needs: the Prism languages its code blocks are written in, so
 * that its pages load those and no others, and the blocks whose language Prism does not know,
 * which stay plain text and are named in one build note.
 *
 * @param languages Prism ids of the languages used, sorted
 * @param unknown   each language word Prism does not know, with where its blocks are ({@code file:line})
 */
public record Highlighting(Set<String> languages, Map<String, List<String>> unknown) {
    /** A code element's class attribute, and the code up to its end. */
    private static final Pattern CODE = Pattern.compile("(?s)<code\\b([^>]*?)\\bclass\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')([^>]*)>(.*?)</code>");
    /** The class word Prism takes the language from. */
    private static final Pattern LANGUAGE = Pattern.compile("(?<![\\w-])lang(?:uage)?-(\\S+)");
    /** HTML with template tags: {@code {% … %}} or {@code {{ … }}} (Django, Jinja, Liquid, Vue, Angular). */
    private static final Pattern TEMPLATE_TAGS = Pattern.compile("\\{%|\\{\\{");
    /** Places named per unknown language in the build note. */
    private static final int PLACES_NAMED = 3;

    public Highlighting {
        languages = Collections.unmodifiableSortedSet(new TreeSet<>(languages));
        Map<String, List<String>> copy = new TreeMap<>();
        unknown.forEach((word, places) -> copy.put(word, List.copyOf(places)));
        unknown = Collections.unmodifiableMap(copy);
    }

    /** What the code blocks of {@code notes} need, every block of every note. */
    public static Highlighting of(List<DocumentOutline> notes) {
        PrismLanguages prism = PrismLanguages.bundled();
        Set<String> languages = new TreeSet<>();
        Map<String, List<String>> unknown = new TreeMap<>();
        for (DocumentOutline note : notes) {
            List<Block.Content> blocks = new ArrayList<>(note.preamble());
            note.allSections().stream().map(Section::body).forEach(blocks::addAll);
            for (Block.Content block : blocks) {
                if (!block.html().contains("<code")) {
                    continue;
                }
                Matcher m = CODE.matcher(block.html());
                while (m.find()) {
                    Optional<String> word = word(m);
                    if (word.isEmpty() || prism.plain(word.get())) {
                        continue;
                    }
                    Optional<String> language = language(prism, word.get(), m.group(5));
                    if (language.isPresent()) {
                        languages.add(language.get());
                    } else {
                        unknown.computeIfAbsent(word.get(), w -> new ArrayList<>()).add(note.source().path() + ":" + block.line());
                    }
                }
            }
        }
        return new Highlighting(languages, unknown);
    }

    /**
     * The Prism language of a block written as {@code word}: HTML that holds template tags is
     * highlighted as a template (Prism's Django/Jinja2 grammar marks the tags and the HTML around them).
     */
    private static Optional<String> language(PrismLanguages prism, String word, String code) {
        return prism.language(word).map(id -> id.equals("markup") && TEMPLATE_TAGS.matcher(code).find() ? "django" : id);
    }

    private static Optional<String> word(Matcher code) {
        String classes = code.group(2) != null ? code.group(2) : code.group(3);
        Matcher m = LANGUAGE.matcher(classes);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * {@code html} (sanitised) with each code block's class naming its language as Prism reads it:
     * a name only GitHub knows ({@code c++}, {@code golang}) becomes Prism's ({@code cpp}, {@code go}),
     * HTML with template tags becomes {@code django}; Prism's own names and unknown ones stay as written.
     */
    static String classes(String html) {
        if (!html.contains("<code")) {
            return html;
        }
        PrismLanguages prism = PrismLanguages.bundled();
        Matcher m = CODE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<String> word = word(m);
            Optional<String> language = word.filter(w -> !prism.plain(w)).flatMap(w -> language(prism, w, m.group(5)));
            if (language.isEmpty() || prism.prismName(word.get()) && language.equals(prism.language(word.get()))) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String classes = m.group(2) != null ? m.group(2) : m.group(3);
            String renamed = LANGUAGE.matcher(classes).replaceFirst(Matcher.quoteReplacement("language-" + language.get()));
            m.appendReplacement(out, Matcher.quoteReplacement("<code" + m.group(1) + "class=\"" + renamed + "\"" + m.group(4) + ">"
                    + m.group(5) + "</code>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Prism's core and the languages used, as the script every page loads. */
    byte[] script() {
        return PrismLanguages.bundled().script(languages);
    }

    /** The build note on blocks shown as plain text, if there are any. */
    public Optional<String> note() {
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        int blocks = unknown.values().stream().mapToInt(List::size).sum();
        return Optional.of("code highlighting: Prism knows no language " + unknown.entrySet().stream().map(e -> {
            List<String> places = e.getValue();
            return "'" + e.getKey() + "' (" + count(places.size(), "block") + ": "
                    + String.join(", ", places.subList(0, Math.min(PLACES_NAMED, places.size())))
                    + (places.size() > PLACES_NAMED ? ", …" : "") + ")";
        }).collect(Collectors.joining(", ")) + ", so " + (blocks == 1 ? "that block is" : "those blocks are")
                + " shown as plain text (Prism's languages: https://prismjs.com/#supported-languages)");
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
