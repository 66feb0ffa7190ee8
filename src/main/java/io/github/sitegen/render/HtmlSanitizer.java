package io.github.sitegen.render;

import io.github.sitegen.markdown.MarkdownConverter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.util.Locale;
import java.util.Set;

/**
 * The policy for HTML written inside notes: what study notes use (details/summary, kbd,
 * sup, images, tables, {@code align} on blocks and images) passes; scripts, event handlers,
 * styles and {@code javascript:} URLs do not. Relative links survive so that the link rewriter
 * can point them at pages.
 */
public final class HtmlSanitizer {
    /** Only the scheme of this base matters: it lets relative URLs be checked and kept as written. */
    private static final String BASE = "https://site-gen.invalid/";
    /** What {@code align} may say: horizontally, and for images also vertically (the theme styles each). */
    private static final Set<String> ALIGNMENTS = Set.of("left", "center", "right", "justify", "top", "middle", "bottom");
    private final Safelist safelist;
    private final Document.OutputSettings output;

    public HtmlSanitizer() {
        this.safelist = Safelist.relaxed()
                .addTags("details", "summary", "kbd", "mark", "del", "s", "ins", "hr", "abbr", "samp", "var")
                .addAttributes("details", "open", "class")
                .addAttributes("abbr", "title")
                .addAttributes("a", MarkdownConverter.LINE_ATTRIBUTE)
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("code", "class")
                .addAttributes("pre", "class")
                .addAttributes("img", MarkdownConverter.LINE_ATTRIBUTE)
                // what GitHub's headings in list items and quotes, task lists, alerts and footnotes need
                .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
                .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
                .addAttributes("span", "class", "role", "aria-label")
                .addAttributes("li", "class")
                .addAttributes("blockquote", "class")
                .addAttributes("strong", "class")
                .addAttributes("p", "class", "id")
                .addAttributes("sup", "class", "id")
                .addAttributes("a", "class", "aria-label")
                // align on blocks and images, kept as GitHub keeps it (as a class: the attribute is obsolete HTML)
                .addAttributes("p", "align").addAttributes("div", "align").addAttributes("img", "align")
                .addAttributes("table", "align")
                .addAttributes("h1", "align").addAttributes("h2", "align").addAttributes("h3", "align")
                .addAttributes("h4", "align").addAttributes("h5", "align").addAttributes("h6", "align")
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
        this.output = new Document.OutputSettings().prettyPrint(false);
    }

    public String clean(String html) {
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, BASE));
        if (html.contains("align")) {
            for (Element aligned : clean.select("[align]")) {
                String value = aligned.attr("align").strip().toLowerCase(Locale.ROOT);
                if (!aligned.nameIs("td") && !aligned.nameIs("th")) { // a table's cells keep GitHub's own attribute
                    aligned.removeAttr("align");
                    if (ALIGNMENTS.contains(value)) {
                        aligned.addClass("sg-align-" + value);
                    }
                }
            }
        }
        clean.outputSettings(output);
        return clean.body().html();
    }
}
