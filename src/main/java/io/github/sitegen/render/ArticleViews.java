package io.github.sitegen.render;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.Section;
import io.github.sitegen.dedup.GroupKind;
import io.github.sitegen.dedup.SectionRef;
import io.github.sitegen.links.Links;
import io.github.sitegen.links.LocalFiles;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.model.AnchorIndex;
import io.github.sitegen.model.Page;
import io.github.sitegen.model.PageItem;
import io.github.sitegen.model.PageLayout;
import io.github.sitegen.model.Place;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.topic.TopicIndex;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a page's layout into the view its article template renders. Heading levels follow the
 * nesting under the page's h1, not the notes' own levels, which jump (an H4 under an H2): the
 * outline stays valid, the ids stay GitHub's. Note HTML is sanitised here and its links are
 * pointed where the links stage found their targets, relative to the page.
 */
final class ArticleViews {
    /**
     * On a link a finding is about (it leads nowhere, or out of the notes): {@code note.md:12}, the
     * finding's place, which the live server's page marks with the finding's message. A strict
     * build publishes no such link; a lenient one shows it as written, with this attribute.
     */
    static final String PROBLEM_ATTRIBUTE = "data-sg-problem";

    private final TopicIndex topics;
    private final Links links;
    private final RenderCache cache;
    private final HtmlSanitizer sanitizer;
    private final Map<String, String> sourceTitles = new HashMap<>();
    private final Map<String, Page> pages = new HashMap<>();

    ArticleViews(SiteModel site, TopicIndex topics, Links links, RenderCache cache, HtmlSanitizer sanitizer) {
        this.topics = topics;
        this.links = links;
        this.cache = cache;
        this.sanitizer = sanitizer;
        site.sources().forEach(s -> sourceTitles.put(s.path(), s.title()));
        site.pages().forEach(p -> pages.putIfAbsent(p.url(), p));
    }

    /**
     * The page's article. {@code above} are the titles the page shows above it (its title, its note's and
     * the parts' it belongs to, in the breadcrumbs): headings at the top of the article that say the same
     * are kept only as ids ({@link ArticleView.Heading#repeated}), and the subsections of a chapter whose
     * heading is the page's title move up a level, under the page's h1.
     */
    ArticleView of(PageLayout layout, Set<String> above) {
        Page page = layout.page();
        Set<String> said = above.stream().map(ArticleViews::plain).collect(Collectors.toSet());
        List<ArticleView.Heading> lead = layout.lead().stream()
                .map(l -> heading(page, l.heading(), 2, l.place(), page.sourcePath(), said.contains(plain(l.heading().text()))))
                .toList();
        PageItem.Shown titled = titled(layout, page.title()).orElse(null);
        List<ArticleView.Item> items = new ArrayList<>();
        for (PageItem item : layout.items()) {
            items.add(item == titled ? section(page, titled, 2, true) : item(page, item, 2));
        }
        return new ArticleView(lead, body(page, layout.intro(), page.sourcePath()), items);
    }

    /** The page's first section when it is a chapter whose heading is the page's title. */
    static Optional<PageItem.Shown> titled(PageLayout layout, String title) {
        if (layout.items().isEmpty() || !(layout.items().get(0) instanceof PageItem.Shown first)
                || first.question() || !plain(first.section().title()).equals(plain(title))) {
            return Optional.empty();
        }
        return Optional.of(first);
    }

    /** A title as a reader compares two of them: case and runs of spaces aside. */
    private static String plain(String title) {
        return title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private List<ArticleView.Item> items(Page page, List<PageItem> items, int level) {
        return items.stream().map(item -> item(page, item, level)).toList();
    }

    private ArticleView.Item item(Page page, PageItem item, int level) {
        if (item instanceof PageItem.Shown shown) {
            return section(page, shown, level, false);
        }
        PageItem.Elsewhere elsewhere = (PageItem.Elsewhere) item;
        return new ArticleView.Elsewhere(elsewhere.copies().stream().map(c -> copy(page, c)).toList());
    }

    private ArticleView.Section section(Page page, PageItem.Shown shown, int level, boolean titled) {
        Section section = shown.section();
        int below = titled ? level : Math.min(6, level + 1);
        List<Views.Link> chips = !section.question() || shown.moved() ? List.of() : topics.topicsOf(shown.place().href()).stream()
                .map(t -> new Views.Link(t.name(), RelativeUrls.between(page.url(), Frame.topicUrl(t)), false, 0)).toList();
        List<Views.Link> alsoAsked = shown.related().stream().filter(PageItem.Related::alsoAsked)
                .map(r -> new Views.Link(r.ref().title(), RelativeUrls.between(page.url(), r.target().href()), false, 0,
                        r.ref().documentTitle())).toList();
        List<Views.Link> related = shown.related().stream().filter(r -> !r.alsoAsked())
                .map(r -> new Views.Link(r.ref().title(), RelativeUrls.between(page.url(), r.target().href()), false, 0)).toList();
        ArticleView.Source source = new ArticleView.Source(sourceTitles.getOrDefault(shown.source(), shown.source()),
                shown.source(), section.heading().line());
        boolean unanswered = section.question() && shown.answers().isEmpty()
                && section.flatten().stream().flatMap(s -> s.body().stream()).noneMatch(ArticleViews::hasText);
        return new ArticleView.Section(heading(page, section.heading(), level, shown.place(), shown.source(), titled), section.question(),
                unanswered, source, chips, body(page, section.body(), shown.source()), items(page, shown.children(), below),
                shown.answers().stream().map(a -> answer(page, a, below)).toList(), alsoAsked, related);
    }

    /** Words or a picture: a rule alone says nothing. */
    private static boolean hasText(Block.Content block) {
        return block.kind() != Block.Kind.RULE && (!block.text().isBlank() || block.html().contains("<img"));
    }

    private ArticleView.Answer answer(Page page, PageItem.Answer answer, int level) {
        SectionRef member = answer.member().section();
        Section shown = answer.shown();
        boolean additions = answer.additions();
        return new ArticleView.Answer(heading(page, shown.heading(), level, answer.place(), member.source(), false),
                answer.number(), answer.total(), new ArticleView.Source(member.documentTitle(), member.source(), member.line()),
                additions, Math.round(answer.member().answerSimilarity() * 100),
                additions && shown.body().isEmpty() && shown.children().isEmpty(),
                body(page, shown.body(), member.source()), items(page, answer.children(), Math.min(6, level + 1)));
    }

    private ArticleView.Copy copy(Page page, PageItem.Copy copy) {
        Place target = copy.target();
        Page shownOn = pages.get(target.page());
        String where = shownOn == null ? target.page() : shownOn.documentTitle() + " › " + shownOn.title();
        return new ArticleView.Copy(copy.place().id(), copy.section().title(), copy.kind() == GroupKind.IDENTICAL,
                target.page().equals(page.url()) && !target.id().isEmpty(), RelativeUrls.between(page.url(), target.href()), where);
    }

    private ArticleView.Heading heading(Page page, Block.Heading heading, int level, Place place, String from, boolean repeated) {
        return new ArticleView.Heading(level, place.id(), new SafeString(linked(page, from, cache.clean(heading.inlineHtml(), sanitizer::clean))),
                repeated);
    }

    /** Blocks are cleaned together: raw HTML such as {@code <details>} opens in one block and closes in another. */
    private SafeString body(Page page, List<Block.Content> blocks, String from) {
        if (blocks.isEmpty()) {
            return new SafeString("");
        }
        StringBuilder raw = new StringBuilder();
        blocks.forEach(b -> raw.append(b.html()));
        return new SafeString(linked(page, from, cache.clean(raw.toString(), html -> Highlighting.classes(sanitizer.clean(html)))) + "\n");
    }

    /** Sanitised HTML written in note {@code from}, its links pointed where the links stage found their targets. */
    private String linked(Page page, String from, String html) {
        if (!html.contains("href") && !html.contains("src=") && !html.contains(MarkdownConverter.LINE_ATTRIBUTE)) {
            return html;
        }
        return cache.links(from, page.url(), html, () -> {
            Document doc = Jsoup.parseBodyFragment(html);
            doc.outputSettings().prettyPrint(false);
            for (Element a : doc.select("a[href]")) {
                String href = a.attr("href");
                String line = a.attr(MarkdownConverter.LINE_ATTRIBUTE);
                a.removeAttr(MarkdownConverter.LINE_ATTRIBUTE);
                if (links.isBroken(from, href, a.text())) {
                    // where a finding is about: the live server's page marks it with the finding's message
                    a.attr(PROBLEM_ATTRIBUTE, from + ":" + line);
                }
                if (AnchorIndex.isInternal(href)) {
                    // a link that leads nowhere stays as written: the links stage reported it
                    links.target(from, href, a.text()).ifPresent(t -> a.attr("href", RelativeUrls.between(page.url(), t)));
                } else {
                    LocalFiles.pointAt(a, "href", from, page.url());
                }
            }
            for (Element img : doc.select("img[src]")) {
                LocalFiles.pointAt(img, "src", from, page.url());
            }
            doc.select("[" + MarkdownConverter.LINE_ATTRIBUTE + "]").removeAttr(MarkdownConverter.LINE_ATTRIBUTE);
            return doc.body().html();
        });
    }
}
