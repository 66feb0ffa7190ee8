package io.github.sitegen.dedup;

import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.support.Blocks;
import io.github.sitegen.support.SiteCrawler;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's promise, checked from the outside: build the notes with deduplication on, then
 * find every distinct paragraph, list item, table cell and code block of every note (parsed
 * here with commonmark, as the pipeline does, but by the test's own parser) in the text of
 * the generated pages. What is missing is reported as {@code file:line: text}.
 */
class NothingLostTest {
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();
    /** Marks each block's element with the 0-based line it starts on. */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (!node.getSourceSpans().isEmpty()) {
                    attributes.put("data-line", Integer.toString(node.getSourceSpans().get(0).getLineIndex()));
                }
            })
            .build();

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"content", "src/test/resources/dedup/sample"})
    void everyParagraphListItemTableCellAndCodeBlockOfTheNotesIsInTheGuide(String corpus) throws IOException {
        Path notes = Path.of(corpus);
        Path site = work.resolve("site");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(notes, work.resolve("no-templates"), site, "Guide",
                Optional.empty(), Optional.empty()));
        SiteCrawler crawler = new SiteCrawler(site);
        Set<String> published = new HashSet<>();
        Set<String> headings = new HashSet<>();
        for (String page : crawler.htmlFiles().stream().filter(p -> p.contains("/")).toList()) {
            published.addAll(Blocks.ofHtml(crawler.page(page)));
            headings.addAll(Blocks.headingsOfHtml(crawler.page(page)));
        }

        List<String> missing = new ArrayList<>();
        int checked = 0;
        List<Path> files;
        try (Stream<Path> list = Files.walk(notes)) {
            files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            String markdown = Files.readString(file);
            Map<String, List<String>> pieces = Blocks.piecesOfMarkdown(markdown);
            for (Map.Entry<String, Integer> unit : units(markdown).entrySet()) {
                checked++;
                if (!Blocks.isPublished(unit.getKey(), pieces.get(unit.getKey()), published, headings)) {
                    missing.add(notes.relativize(file) + ":" + (unit.getValue() + 1) + ": " + unit.getKey());
                }
            }
        }
        assertThat(missing).as("blocks of " + corpus + " that the guide does not show").isEmpty();
        assertThat(checked).isGreaterThan(corpus.equals("content") ? 1500 : 25);
    }

    /** Distinct units of a note, normalised as {@link Blocks} does, with the 0-based line each is first written on. */
    private static Map<String, Integer> units(String markdown) {
        Document doc = Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)));
        Map<String, Integer> units = new LinkedHashMap<>();
        for (Element el : doc.select("p, li, td, th, pre")) {
            String text = el.tagName().equals("pre") ? el.wholeText() : el.text();
            String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
            Element marked = el.hasAttr("data-line") ? el : el.closest("[data-line]");
            if (!normal.isEmpty()) {
                units.putIfAbsent(normal, marked == null ? 0 : Integer.parseInt(marked.attr("data-line")));
            }
        }
        return units;
    }
}
