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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    public static Set<String> ofHtml(Document doc) {
        Set<String> units = new LinkedHashSet<>();
        for (Element el : doc.select("p, li, td, th")) {
            add(units, el.text());
        }
        for (Element pre : doc.select("pre")) {
            add(units, pre.wholeText());
        }
        return units;
    }

    private static void add(Set<String> units, String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
        if (!normal.isEmpty()) {
            units.add(normal);
        }
    }
}
