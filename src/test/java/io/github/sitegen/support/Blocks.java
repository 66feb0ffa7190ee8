package io.github.sitegen.support;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The units a reader must find again in the guide: paragraphs, list items, table cells and
 * code blocks, as normalised text. Notes are parsed here with a parser of the test's own, so
 * that whatever the pipeline does between parsing and writing is what is checked.
 */
public final class Blocks {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private Blocks() {
    }

    public static Set<String> ofMarkdown(String markdown) {
        return ofHtml(Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown))));
    }

    public static Set<String> ofHtml(Document page) {
        Document doc = page.clone();
        // what GitHub adds to the text it shows: task boxes, alert titles, footnote numbers and ways back
        doc.select(".sg-task, .sg-alert-title, sup.sg-fn-ref, .sg-fn-back, .sg-footnote > sup").remove();
        Set<String> units = new LinkedHashSet<>();
        for (Element el : doc.select("p, li, td, th")) {
            add(units, el.text());
        }
        for (Element pre : doc.select("pre")) {
            add(units, pre.wholeText());
        }
        return units;
    }

    /** Text of every heading, without the permalink sign the theme adds. */
    public static Set<String> headingsOfHtml(Document doc) {
        Set<String> headings = new LinkedHashSet<>();
        for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
            Element copy = heading.clone();
            copy.select("a.sg-anchor").remove();
            add(headings, copy.text());
        }
        return headings;
    }

    /**
     * The pieces of each paragraph and list item of a note: its lines, cut again at the
     * markers of "question -> answer" notes (a leading {@code *} or {@code **}, and
     * {@code ->}), keyed by the unit's normalised text.
     */
    public static Map<String, List<String>> piecesOfMarkdown(String markdown) {
        Document doc = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)));
        Map<String, List<String>> pieces = new LinkedHashMap<>();
        for (Element el : doc.select("p, li")) {
            List<String> list = new ArrayList<>();
            for (String line : el.wholeText().split("\n")) {
                for (String piece : QUESTION_ANSWER_MARKER.split(line)) {
                    String normal = normalise(piece);
                    if (!normal.isEmpty()) {
                        list.add(normal);
                    }
                }
            }
            pieces.putIfAbsent(normalise(el.text()), list);
        }
        return pieces;
    }

    /**
     * Whether a unit of the notes is in the guide: as a unit of its own, or, for a paragraph
     * of "question -> answer" notes that the guide turned into question sections, piece by
     * piece ({@link #piecesOfMarkdown}), each piece found inside one published unit or
     * heading. Only units written in that format (with its markers, or opening with a line
     * that asks something) may be found piece by piece.
     */
    public static boolean isPublished(String unit, List<String> pieces, Set<String> published, Set<String> headings) {
        if (published.contains(unit)) {
            return true;
        }
        boolean questionAnswerFormat = QUESTION_ANSWER_MARKER.matcher(unit).find()
                || (pieces != null && !pieces.isEmpty() && pieces.get(0).endsWith("?"));
        if (pieces == null || !questionAnswerFormat) {
            return false;
        }
        for (String piece : pieces) {
            if (published.stream().noneMatch(u -> u.contains(piece)) && headings.stream().noneMatch(h -> h.contains(piece))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern GITHUB_MARKERS = Pattern.compile(
            "^\\[[ xX]] |^\\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)]|^\\[\\^[^\\]\\s]+]:|\\[\\^[^\\]\\s]+]");

    /** A unit of a note as GitHub shows its words: without task, alert and footnote markers. */
    public static String withoutGitHubMarkers(String text) {
        return GITHUB_MARKERS.matcher(text.strip()).replaceAll("");
    }

    private static final Pattern QUESTION_ANSWER_MARKER = Pattern.compile("(?:^|\\s)\\*{1,2}|->");

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    private static void add(Set<String> units, String text) {
        String normal = normalise(text);
        if (!normal.isEmpty()) {
            units.add(normal);
        }
    }
}
