package io.github.sitegen.render;

import io.github.sitegen.core.Block;
import io.github.sitegen.links.Links;
import io.github.sitegen.model.Page;
import io.github.sitegen.model.PageItem;
import io.github.sitegen.model.PageLayout;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SourceEntry;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.provenance.Provenance;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The emitter of the notes' pages: each page from its layout, one at a time (view records,
 * then {@code article.peb} and {@code page.peb}), and the practice cards its questions make.
 */
final class NotePages {
    /** Search engines show about this much of a description. */
    static final int DESCRIPTION_LENGTH = 160;

    /** A page's file, and the practice cards of its questions. */
    record Rendered(SiteFile file, List<PracticeCards.Card> cards) {
        Rendered {
            cards = List.copyOf(cards);
        }
    }

    private final Theme theme;
    private final Frame frame;
    private final Map<String, Provenance> provenance;
    private final RenderCache cache;
    private final ArticleViews articles;
    private final Map<String, SourceEntry> sources = new HashMap<>();

    NotePages(Theme theme, Frame frame, Links links, Map<String, Provenance> provenance, RenderCache cache,
              HtmlSanitizer sanitizer) {
        this.theme = theme;
        this.frame = frame;
        this.provenance = provenance;
        this.cache = cache;
        this.articles = new ArticleViews(frame.site(), frame.topics(), links, cache, sanitizer);
        frame.site().sources().forEach(s -> sources.put(s.path(), s));
    }

    /**
     * Every page in reading order. Each needs only its neighbours' titles, so pages are rendered
     * on every core; the list keeps reading order, so the output does not depend on which core
     * finished first.
     */
    List<Rendered> all() {
        return range(0, count());
    }

    int count() {
        return frame.site().placement().pages().size();
    }

    /** Pages {@code from} (inclusive) to {@code to} (exclusive) of the reading order, on every core. */
    List<Rendered> range(int from, int to) {
        List<PageLayout> pages = frame.site().placement().pages();
        return IntStream.range(from, to).parallel()
                .mapToObj(i -> page(pages.get(i), i > 0 ? pages.get(i - 1).page() : null,
                        i + 1 < pages.size() ? pages.get(i + 1).page() : null))
                .toList();
    }

    Rendered page(PageLayout layout, Page previous, Page next) {
        Page page = layout.page();
        SiteModel site = frame.site();
        Map<String, Object> context = frame.context(page.url(), page);
        SourceEntry source = sources.get(page.sourcePath());
        // where the page is, above its title: the guide, the note (unless it is the page's title too) and the parts
        List<Views.Link> crumbs = new ArrayList<>();
        crumbs.add(new Views.Link(site.title(), RelativeUrls.between(page.url(), "index.html"), false, 0));
        if (!source.title().strip().equalsIgnoreCase(page.title().strip())) {
            crumbs.add(new Views.Link(source.title(), RelativeUrls.between(page.url(), source.pages().get(0).url()), false, 0));
        }
        page.trail().forEach(t -> crumbs.add(new Views.Link(t, null, false, 0)));
        // a name said twice in a row ("Closures › Closures", the guide's title and a note of the same name) says it once
        for (int i = crumbs.size() - 1; i > 0; i--) {
            String after = i + 1 < crumbs.size() ? crumbs.get(i + 1).title() : page.title();
            if (crumbs.get(i).title().equals(after) || crumbs.get(i).title().equals(crumbs.get(i - 1).title())) {
                crumbs.remove(i);
            }
        }
        Set<String> above = new HashSet<>(page.trail());
        above.add(page.title());
        above.add(source.title());
        List<PageItem.Shown> sections = new ArrayList<>();
        contents(layout.items(), ArticleViews.titled(layout, page.title()).orElse(null), sections);
        boolean tocIsQuestions = !sections.isEmpty() && sections.stream().allMatch(PageItem.Shown::question);
        int minLevel = sections.stream().mapToInt(s -> s.section().level()).min().orElse(1);
        List<Views.TocEntry> toc = sections.stream()
                .map(s -> new Views.TocEntry(s.section().title(), "#" + s.place().id(), Math.max(0, s.section().level() - minLevel)))
                .toList();
        String body = theme.render("article", Map.of("article", articles.of(layout, above)));
        RenderCache.Linked article = cache.article(page.sourcePath(), page.url(), body, () -> {
            Document doc = Jsoup.parseBodyFragment(body);
            doc.outputSettings().prettyPrint(false);
            PracticeCards.nameDetails(doc);
            return new RenderCache.Linked(doc.body().html(), PracticeCards.answers(layout, doc));
        });
        Provenance origin = provenance.getOrDefault(page.sourcePath(), Provenance.NONE);
        context.put("page", new Views.PageView(page.title(), page.documentTitle(), page.sourcePath(), crumbs, toc,
                tocIsQuestions, new SafeString(article.html()), frame.link(page, previous), frame.link(page, next),
                origin.editUrl().orElse(""), origin.lastUpdated().map(Views.Date::of).orElse(null)));
        context.put("meta", new Views.Meta(page.title(), description(source, layout), frame.canonical(page.url())));
        return new Rendered(SiteFile.text(page.url(), theme.render("page", context)),
                PracticeCards.cards(page, source.title(), article.answers(), frame.topics()));
    }

    /**
     * What the page's contents list: its own questions and the sections around them, in reading order, but
     * not the parts of an answer, nor a chapter whose heading is the page's title (it is the page).
     */
    private static void contents(List<PageItem> items, PageItem.Shown titled, List<PageItem.Shown> into) {
        for (PageItem item : items) {
            if (item instanceof PageItem.Shown shown && !shown.moved()) {
                if (shown != titled) {
                    into.add(shown);
                }
                if (!shown.question()) {
                    contents(shown.children(), titled, into);
                }
            }
        }
    }

    /**
     * A page's description for search results and link previews: its first paragraph, else its
     * note's description, else the site's. At most {@value #DESCRIPTION_LENGTH} characters.
     */
    private String description(SourceEntry source, PageLayout layout) {
        Optional<String> paragraph = Stream.concat(layout.intro().stream(), layout.own().stream().flatMap(s -> s.section().body().stream()))
                .filter(b -> b.kind() == Block.Kind.PARAGRAPH && !b.text().isBlank())
                .map(b -> b.text().replaceAll("\\s+", " ").strip())
                .findFirst();
        String text = paragraph.or(source::description).or(frame.site()::description).orElseGet(frame::summary);
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }
}
