package io.github.sitegen.render;

import io.github.sitegen.dedup.DedupReport;
import io.github.sitegen.dedup.DedupResult;
import io.github.sitegen.dedup.GroupKind;
import io.github.sitegen.dedup.GroupMember;
import io.github.sitegen.dedup.SectionRef;
import io.github.sitegen.links.Links;
import io.github.sitegen.markdown.Block;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.model.AnchorIndex;
import io.github.sitegen.model.Page;
import io.github.sitegen.model.PageItem;
import io.github.sitegen.model.PageLayout;
import io.github.sitegen.model.Place;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SourceEntry;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.provenance.Provenance;
import io.github.sitegen.section.Section;
import io.github.sitegen.topic.Topic;
import io.github.sitegen.topic.TopicIndex;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Renders the site model into files: every page through the theme's templates, plus assets. */
public final class SiteRenderer {
    /** Search engines show about this much of a description. */
    static final int DESCRIPTION_LENGTH = 160;

    private final Theme theme;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final Optional<String> baseUrl;
    private final Map<String, Provenance> provenance;
    private final RenderCache cache;
    /** The site being rendered's question counts; every page's sidebar shows them all. */
    private Counts counts;
    private TopicIndex topics = TopicIndex.NONE;
    private PracticeCards cards = new PracticeCards();
    private ArticleViews articles;

    /**
     * @param baseUrl    where the site is published, used only for canonical and sitemap URLs
     * @param provenance each note's edit link and last change, by its path; a note not in it has neither
     */
    public SiteRenderer(Theme theme, Optional<String> baseUrl, Map<String, Provenance> provenance) {
        this(theme, baseUrl, provenance, new RenderCache());
    }

    /** @param cache what earlier builds of the same site rendered; see {@link RenderCache} */
    public SiteRenderer(Theme theme, Optional<String> baseUrl, Map<String, Provenance> provenance, RenderCache cache) {
        this.theme = theme;
        this.cache = cache;
        this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
        this.provenance = Map.copyOf(provenance);
    }

    /** @param links where each link of the notes leads, from the links stage */
    public List<SiteFile> render(SiteModel site, Links links, TopicIndex topics) {
        this.topics = topics;
        this.cards = new PracticeCards();
        cache.start(site.anchors());
        articles = new ArticleViews(site, topics, links, cache, sanitizer);
        counts = Counts.of(site);
        List<SiteFile> files = new ArrayList<>();
        List<PageLayout> pages = site.placement().pages();
        for (int i = 0; i < pages.size(); i++) {
            PageLayout layout = pages.get(i);
            Page previous = i > 0 ? pages.get(i - 1).page() : null;
            Page next = i + 1 < pages.size() ? pages.get(i + 1).page() : null;
            files.add(SiteFile.text(layout.page().url(), renderPage(site, links, layout, previous, next)));
        }
        files.add(SiteFile.text("index.html", theme.render("index", context(site, "index.html", null))));
        for (Topic topic : topics.topics()) {
            files.add(SiteFile.text(topicUrl(topic), renderTopic(site, topic)));
        }
        Map<String, Object> practice = context(site, "practice.html", null);
        practice.put("meta", new Views.Meta("Practice", "Flashcards from every question of " + site.title()
                + ": reveal, mark what you knew, review the rest.", baseUrl.map(b -> b + "practice.html").orElse("")));
        files.add(SiteFile.text("practice.html", theme.render("practice", practice)));
        files.add(SiteFile.text("practice-data.js", practiceData()));
        Map<String, Object> notFound = context(site, "404.html", null);
        // GitHub Pages serves 404.html at whatever depth the missing URL had: only absolute links work there.
        baseUrl.ifPresent(base -> notFound.put("root", base));
        files.add(SiteFile.text("404.html", theme.render("404", notFound)));
        files.add(SiteFile.text(".nojekyll", ""));
        files.add(SiteFile.text("robots.txt", "User-agent: *\nAllow: /\n" + baseUrl.map(b -> "Sitemap: " + b + "sitemap.xml\n").orElse("")));
        theme.assets().forEach((path, bytes) -> files.add(new SiteFile("assets/" + path, bytes)));
        files.add(new SiteFile("assets/prism.js", PrismBundle.script()));
        baseUrl.ifPresent(base -> files.add(SiteFile.text("sitemap.xml", sitemap(base, pages))));
        cache.finish();
        return files;
    }

    /**
     * The duplicates page and {@code dedup-report.json}: rendered after {@link #render}, so that
     * the report can say what the pages showed of the notes.
     */
    public List<SiteFile> renderDedupReport(SiteModel site, DedupReport report) {
        Map<String, Object> context = context(site, DUPLICATES, null);
        context.put("report", Views.DuplicatesView.of(report, site, href -> RelativeUrls.between(DUPLICATES, href)));
        return List.of(SiteFile.text(DUPLICATES, theme.render("duplicates", context)),
                SiteFile.text("dedup-report.json", report.toJson()));
    }

    static final String DUPLICATES = "duplicates.html";

    private String renderPage(SiteModel site, Links links, PageLayout layout, Page previous, Page next) {
        Page page = layout.page();
        Map<String, Object> context = context(site, page.url(), page);
        List<Views.Link> crumbs = new ArrayList<>();
        crumbs.add(new Views.Link(site.title(), RelativeUrls.between(page.url(), "index.html"), false, 0));
        SourceEntry source = site.sources().stream().filter(s -> s.path().equals(page.sourcePath())).findFirst().orElseThrow();
        crumbs.add(new Views.Link(source.title(), RelativeUrls.between(page.url(), source.pages().get(0).url()), false, 0));
        page.trail().forEach(t -> crumbs.add(new Views.Link(t, null, false, 0)));
        List<PageItem.Shown> questions = layout.questions();
        boolean tocIsQuestions = !questions.isEmpty();
        int minLevel = layout.own().stream().mapToInt(s -> s.section().level()).min().orElse(1);
        List<Views.TocEntry> toc = (tocIsQuestions ? questions : layout.own()).stream()
                .map(s -> new Views.TocEntry(s.section().title(), "#" + s.place().id(),
                        tocIsQuestions ? 0 : Math.max(0, s.section().level() - minLevel)))
                .toList();
        String body = theme.render("article", Map.of("article", articles.of(layout)));
        RenderCache.Linked linked = cache.article(page.sourcePath(), page.url(), body, () -> {
            Document article = Jsoup.parseBodyFragment(body);
            article.outputSettings().prettyPrint(false);
            PracticeCards.nameDetails(article);
            return new RenderCache.Linked(article.body().html(), PracticeCards.answers(layout, article));
        });
        cards.collect(page, source.title(), linked.answers(), topics);
        String content = linked.html();
        Provenance origin = provenance.getOrDefault(page.sourcePath(), Provenance.NONE);
        context.put("page", new Views.PageView(page.title(), page.documentTitle(), page.sourcePath(), crumbs, toc,
                tocIsQuestions, new SafeString(content), link(page, previous), link(page, next),
                origin.editUrl().orElse(""), origin.lastUpdated().map(Views.Date::of).orElse(null)));
        context.put("meta", new Views.Meta(page.title(), description(site, source, page),
                baseUrl.map(b -> b + page.url()).orElse("")));
        return theme.render("page", context);
    }

    /** Questions per page (by identity: pages are records, and equal pages may sit in two places) and per note. */
    private record Counts(Map<Page, Integer> pages, Map<String, Integer> sources, int total) {
        static Counts of(SiteModel site) {
            Map<Page, Integer> pages = new IdentityHashMap<>();
            Map<String, Integer> sources = new HashMap<>();
            int total = 0;
            for (SourceEntry source : site.sources()) {
                int questions = 0;
                for (Page page : source.pages()) {
                    int n = page.questions().size();
                    pages.put(page, n);
                    questions += n;
                }
                sources.put(source.path(), questions);
                total += questions;
            }
            return new Counts(pages, sources, total);
        }

        int of(Page page) {
            return pages.get(page);
        }
    }

    private Views.Link link(Page from, Page to) {
        return to == null ? null : new Views.Link(to.title(), RelativeUrls.between(from.url(), to.url()), false, counts.of(to));
    }

    private Map<String, Object> context(SiteModel site, String url, Page current) {
        List<Views.NavGroup> nav = new ArrayList<>();
        for (SourceEntry source : site.sources()) {
            List<Views.Link> links = source.pages().stream()
                    .map(p -> new Views.Link(p.title(), RelativeUrls.between(url, p.url()), p == current, counts.of(p), p.url()))
                    .toList();
            boolean isCurrent = current != null && current.sourcePath().equals(source.path());
            nav.add(new Views.NavGroup(source.title(), source.path(), isCurrent, counts.sources().get(source.path()), links));
        }
        Map<String, Object> context = new LinkedHashMap<>();
        List<Views.Link> topicLinks = topics.topics().stream()
                .map(t -> new Views.Link(t.name(), RelativeUrls.between(url, topicUrl(t)), url.equals(topicUrl(t)),
                        topics.questionsOf(t).size()))
                .toList();
        context.put("site", new Views.SiteView(site.title(), site.description().orElse(""), site.sources().size(),
                counts.pages().size(), counts.total(), nav, topicLinks, baseUrl.orElse("")));
        context.put("topic", null);
        context.put("root", RelativeUrls.between(url, "index.html").replaceFirst("index\\.html$", ""));
        context.put("page", null);
        DedupResult.Stats stats = site.dedup().stats();
        context.put("dedup", new Views.DedupSummary(stats.identicalCopies(), stats.variantGroups(), stats.nearGroups(),
                stats.relatedLinks(), RelativeUrls.between(url, DUPLICATES)));
        context.put("meta", new Views.Meta(site.title(), site.description().orElseGet(() -> summary(site)),
                url.equals("index.html") ? baseUrl.orElse("") : ""));
        return context;
    }

    /** What the home page says of the guide, for search results and link previews when the site has no description. */
    private String summary(SiteModel site) {
        return "A study guide of " + count(counts.total(), "interview question") + " gathered from "
                + count(site.sources().size(), "set") + " of notes.";
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /**
     * A page's description for search results and link previews: its first paragraph, else its
     * note's description, else the site's. At most {@value #DESCRIPTION_LENGTH} characters.
     */
    private String description(SiteModel site, SourceEntry source, Page page) {
        Optional<String> paragraph = Stream.concat(page.intro().stream(), page.allSections().stream().flatMap(s -> s.body().stream()))
                .filter(b -> b.kind() == Block.Kind.PARAGRAPH && !b.text().isBlank())
                .map(b -> b.text().replaceAll("\\s+", " ").strip())
                .findFirst();
        String text = paragraph.or(source::description).or(site::description).orElseGet(() -> summary(site));
        if (text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH - 1) + "…";
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    static String topicUrl(Topic topic) {
        return "topics/" + topic.slug() + ".html";
    }

    private String renderTopic(SiteModel site, Topic topic) {
        String url = topicUrl(topic);
        Map<String, Object> context = context(site, url, null);
        List<String> ids = topics.questionsOf(topic);
        List<Views.NavGroup> groups = new ArrayList<>();
        for (SourceEntry source : site.sources()) {
            List<Views.Link> links = new ArrayList<>();
            for (PageLayout layout : site.placement().pages()) {
                if (!layout.page().sourcePath().equals(source.path())) {
                    continue;
                }
                for (PageItem.Shown question : layout.questions()) {
                    String id = question.place().href();
                    if (ids.contains(id)) {
                        links.add(new Views.Link(question.section().title(), RelativeUrls.between(url, id), false, 0));
                    }
                }
            }
            if (!links.isEmpty()) {
                groups.add(new Views.NavGroup(source.title(), source.path(), false, links.size(), links));
            }
        }
        context.put("topic", new Views.TopicView(topic.name(), ids.size(), groups));
        context.put("meta", new Views.Meta(topic.name(), ids.size() + " questions on " + topic.name()
                + ", gathered from every note of " + site.title(), baseUrl.map(b -> b + url).orElse("")));
        return theme.render("topic", context);
    }

    /** The practice page's cards as a script, so that practice works from disk as well as online. */
    private String practiceData() {
        Map<String, Object> data = new LinkedHashMap<>();
        // ordered maps throughout: Map.of iterates in an order that changes from run to run
        data.put("topics", topics.topics().stream().map(t -> {
            Map<String, String> topic = new LinkedHashMap<>();
            topic.put("slug", t.slug());
            topic.put("name", t.name());
            return topic;
        }).toList());
        data.put("cards", cards.cards().stream().map(c -> {
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("id", c.id());
            card.put("q", c.question());
            card.put("a", c.answer());
            card.put("s", c.source());
            card.put("p", c.page());
            card.put("t", c.topics());
            return card;
        }).toList());
        try {
            return "window.siteGenPractice = " + JSON.writeValueAsString(data) + ";\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sitemap(String base, List<PageLayout> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <url><loc>").append(Entities.escape(base)).append("</loc></url>\n");
        for (PageLayout page : pages) {
            xml.append("  <url><loc>").append(Entities.escape(base + page.page().url())).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
