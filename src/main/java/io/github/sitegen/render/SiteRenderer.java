package io.github.sitegen.render;

import io.github.sitegen.BuildListener;
import io.github.sitegen.markdown.Block;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.model.AnchorIndex;
import io.github.sitegen.model.Page;
import io.github.sitegen.model.SiteModel;
import io.github.sitegen.model.SourceEntry;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.section.Section;
import io.github.sitegen.topic.Topic;
import io.github.sitegen.topic.TopicIndex;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Renders the site model into files: every page through the theme's templates, plus assets. */
public final class SiteRenderer {
    private final Theme theme;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final BuildListener listener;
    private final Optional<String> baseUrl;
    private TopicIndex topics = TopicIndex.NONE;
    private PracticeCards cards = new PracticeCards();

    /** @param baseUrl where the site is published, used only for canonical and sitemap URLs */
    public SiteRenderer(Theme theme, Optional<String> baseUrl, BuildListener listener) {
        this.theme = theme;
        this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
        this.listener = listener;
    }

    public List<SiteFile> render(SiteModel site, TopicIndex topics) {
        this.topics = topics;
        this.cards = new PracticeCards();
        List<SiteFile> files = new ArrayList<>();
        List<Page> pages = site.pages();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            Page previous = i > 0 ? pages.get(i - 1) : null;
            Page next = i + 1 < pages.size() ? pages.get(i + 1) : null;
            files.add(SiteFile.text(page.url(), renderPage(site, page, previous, next)));
        }
        files.add(SiteFile.text("index.html", theme.render("index", context(site, "index.html", null))));
        for (Topic topic : topics.topics()) {
            files.add(SiteFile.text(topicUrl(topic), renderTopic(site, topic)));
        }
        files.add(SiteFile.text("practice.html", theme.render("practice", context(site, "practice.html", null))));
        files.add(SiteFile.text("practice-data.js", practiceData()));
        Map<String, Object> notFound = context(site, "404.html", null);
        // GitHub Pages serves 404.html at whatever depth the missing URL had: only absolute links work there.
        baseUrl.ifPresent(base -> notFound.put("root", base));
        files.add(SiteFile.text("404.html", theme.render("404", notFound)));
        files.add(SiteFile.text(".nojekyll", ""));
        theme.assets().forEach((path, bytes) -> files.add(new SiteFile("assets/" + path, bytes)));
        files.add(new SiteFile("assets/prism.js", PrismBundle.script()));
        baseUrl.ifPresent(base -> files.add(SiteFile.text("sitemap.xml", sitemap(base, pages))));
        return files;
    }

    private String renderPage(SiteModel site, Page page, Page previous, Page next) {
        Map<String, Object> context = context(site, page.url(), page);
        List<Views.Link> crumbs = new ArrayList<>();
        crumbs.add(new Views.Link(site.title(), RelativeUrls.between(page.url(), "index.html"), false, 0));
        SourceEntry source = site.sources().stream().filter(s -> s.path().equals(page.sourcePath())).findFirst().orElseThrow();
        crumbs.add(new Views.Link(source.title(), RelativeUrls.between(page.url(), source.pages().get(0).url()), false, 0));
        page.trail().forEach(t -> crumbs.add(new Views.Link(t, null, false, 0)));
        List<Section> questions = page.questions();
        boolean tocIsQuestions = !questions.isEmpty();
        List<Views.TocEntry> toc = (tocIsQuestions ? questions : page.allSections()).stream()
                .map(s -> new Views.TocEntry(s.title(), "#" + s.anchor(), tocIsQuestions ? 0 : Math.max(0, s.level() - minLevel(page))))
                .toList();
        Document resolved = resolveLinks(page, site.anchors(), body(page));
        cards.collect(page, source.title(), resolved, topics);
        String content = resolved.body().html();
        context.put("page", new Views.PageView(page.title(), page.documentTitle(), page.sourcePath(), crumbs, toc,
                tocIsQuestions, new SafeString(content), link(page, previous), link(page, next),
                baseUrl.map(b -> b + page.url()).orElse("")));
        return theme.render("page", context);
    }

    private static int minLevel(Page page) {
        return page.allSections().stream().mapToInt(Section::level).min().orElse(1);
    }

    private static Views.Link link(Page from, Page to) {
        return to == null ? null : new Views.Link(to.title(), RelativeUrls.between(from.url(), to.url()), false, to.questions().size());
    }

    private Map<String, Object> context(SiteModel site, String url, Page current) {
        List<Views.NavGroup> nav = new ArrayList<>();
        for (SourceEntry source : site.sources()) {
            List<Views.Link> links = source.pages().stream()
                    .map(p -> new Views.Link(p.title(), RelativeUrls.between(url, p.url()), p == current, p.questions().size(), p.url()))
                    .toList();
            boolean isCurrent = current != null && current.sourcePath().equals(source.path());
            nav.add(new Views.NavGroup(source.title(), source.path(), isCurrent, source.questionCount(), links));
        }
        Map<String, Object> context = new LinkedHashMap<>();
        List<Views.Link> topicLinks = topics.topics().stream()
                .map(t -> new Views.Link(t.name(), RelativeUrls.between(url, topicUrl(t)), url.equals(topicUrl(t)),
                        topics.questionsOf(t).size()))
                .toList();
        context.put("site", new Views.SiteView(site.title(), site.description().orElse(""), site.sources().size(),
                site.pages().size(), site.questionCount(), nav, topicLinks, baseUrl.orElse("")));
        context.put("topic", null);
        context.put("root", RelativeUrls.between(url, "index.html").replaceFirst("index\\.html$", ""));
        context.put("page", null);
        return context;
    }

    /** The page's HTML: sanitised note content inside the theme's own section markup. */
    private String body(Page page) {
        StringBuilder html = new StringBuilder();
        for (Block.Heading heading : page.lead()) {
            html.append(heading(heading, 2));
        }
        html.append(clean(page.intro()));
        for (Section section : page.sections()) {
            section(page, section, 2, html);
        }
        return html.toString();
    }

    /**
     * A question's answer (its text and subsections) is wrapped so that the page can fold it into
     * a card. Heading levels follow the nesting under the page's h1, not the note's own levels,
     * which jump (an H4 under an H2): the outline stays valid, the ids stay GitHub's.
     */
    private void section(Page page, Section section, int level, StringBuilder html) {
        html.append("<section class=\"sg-section").append(section.question() ? " sg-question" : "").append("\">");
        html.append(heading(section.heading(), level));
        if (section.question()) {
            html.append(chips(page, section));
            html.append("<div class=\"sg-answer\" id=\"sg-answer-").append(Entities.escape(section.anchor())).append("\">\n");
        }
        html.append(clean(section.body()));
        for (Section child : section.children()) {
            section(page, child, Math.min(6, level + 1), html);
        }
        if (section.question()) {
            html.append("</div>\n");
        }
        html.append("</section>\n");
    }

    private String heading(Block.Heading heading, int level) {
        String id = Entities.escape(heading.anchor());
        return "<h" + level + " id=\"" + id + "\">" + sanitizer.clean(heading.inlineHtml())
                + " <a class=\"sg-anchor\" href=\"#" + id + "\" aria-label=\"Link to this section\">#</a></h"
                + level + ">\n";
    }

    /** Blocks are cleaned together: raw HTML such as {@code <details>} opens in one block and closes in another. */
    private String clean(List<Block.Content> blocks) {
        if (blocks.isEmpty()) {
            return "";
        }
        StringBuilder raw = new StringBuilder();
        blocks.forEach(b -> raw.append(b.html()));
        return sanitizer.clean(raw.toString()) + "\n";
    }

    /** Points links written against the notes at the pages and anchors where their targets ended up. */
    private Document resolveLinks(Page page, AnchorIndex anchors, String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            String line = a.attr(MarkdownConverter.LINE_ATTRIBUTE);
            a.removeAttr(MarkdownConverter.LINE_ATTRIBUTE);
            if (!AnchorIndex.isInternal(href)) {
                continue;
            }
            Optional<String> target = anchors.resolve(page.sourcePath(), href, a.text());
            if (target.isPresent()) {
                a.attr("href", RelativeUrls.between(page.url(), target.get()));
            } else {
                listener.warn(page.sourcePath() + ":" + (line.isEmpty() ? "0" : line) + ": link '" + href
                        + "' points to no heading or note of the guide: fix the link, or the heading it should match");
            }
        }
        return doc;
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
            for (Page page : source.pages()) {
                for (Section question : page.questions()) {
                    String id = page.url() + "#" + question.anchor();
                    if (ids.contains(id)) {
                        links.add(new Views.Link(question.title(), RelativeUrls.between(url, id), false, 0));
                    }
                }
            }
            if (!links.isEmpty()) {
                groups.add(new Views.NavGroup(source.title(), source.path(), false, links.size(), links));
            }
        }
        context.put("topic", new Views.TopicView(topic.name(), ids.size(), groups));
        return theme.render("topic", context);
    }

    /** Links to the topics a question belongs to, shown under its heading. */
    private String chips(Page page, Section question) {
        List<Topic> of = topics.topicsOf(page.url() + "#" + question.anchor());
        if (of.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<p class=\"sg-chips\"><span class=\"sg-visually-hidden\">Topics: </span>");
        for (Topic topic : of) {
            html.append("<a class=\"sg-chip\" href=\"").append(Entities.escape(RelativeUrls.between(page.url(), topicUrl(topic))))
                    .append("\">").append(Entities.escape(topic.name())).append("</a> ");
        }
        return html.append("</p>\n").toString();
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

    private static String sitemap(String base, List<Page> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <url><loc>").append(Entities.escape(base)).append("</loc></url>\n");
        for (Page page : pages) {
            xml.append("  <url><loc>").append(Entities.escape(base + page.url())).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
