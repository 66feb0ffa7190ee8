package io.github.sitegen.render;

import io.github.sitegen.markdown.MarkdownConverter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The policy for HTML written inside notes: what study notes use (details/summary, kbd,
 * sup, images, tables) passes; scripts, event handlers, styles and {@code javascript:}
 * URLs do not. Relative links survive so that the link rewriter can point them at pages.
 */
public final class HtmlSanitizer {
    /** Only the scheme of this base matters: it lets relative URLs be checked and kept as written. */
    private static final String BASE = "https://site-gen.invalid/";
    private final Safelist safelist;
    private final Document.OutputSettings output;

    public HtmlSanitizer() {
        this.safelist = Safelist.relaxed()
                .addTags("details", "summary", "kbd", "mark", "del", "s", "ins", "hr", "abbr", "samp", "var")
                .addAttributes("details", "open")
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
                .addProtocols("a", "href", "#")
                .preserveRelativeLinks(true);
        this.output = new Document.OutputSettings().prettyPrint(false);
    }

    public String clean(String html) {
        return Jsoup.clean(html, BASE, safelist, output);
    }
}
