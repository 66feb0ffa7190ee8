package io.github.sitegen.render;

import io.github.sitegen.BuildListener;
import io.github.sitegen.Finding;
import io.github.sitegen.dedup.BlockAccount;
import io.github.sitegen.dedup.DedupReport;
import io.github.sitegen.dedup.DedupResult;
import io.github.sitegen.dedup.GroupKind;
import io.github.sitegen.dedup.GroupMember;
import io.github.sitegen.dedup.SectionRef;
import io.github.sitegen.links.LocalFiles;
import io.github.sitegen.markdown.Block;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.model.AnchorIndex;
import io.github.sitegen.model.Page;
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
    /** Marks a link the theme wrote itself, which the link rewriter leaves as it is; removed after. */
    private static final String OWN_LINK = "data-sg-own";
    /** Marks another note's answer shown on a page, whose links are resolved from that note; removed after. */
    private static final String SOURCE = "data-sg-source";

    private final Theme theme;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final BuildListener listener;
    private final Optional<String> baseUrl;
    private final BlockAccount account;
    private final Map<String, Provenance> provenance;
    private final RenderCache cache;
    /** The site being rendered's question counts; every page's sidebar shows them all. */
    private Counts counts;
    private TopicIndex topics = TopicIndex.NONE;
    private PracticeCards cards = new PracticeCards();

    /**
     * @param baseUrl    where the site is published, used only for canonical and sitemap URLs
     * @param provenance each note's edit link and last change, by its path; a note not in it has neither
     * @param account    is told of every block of the notes a page shows
     */
    public SiteRenderer(Theme theme, Optional<String> baseUrl, Map<String, Provenance> provenance, BuildListener listener,
                        BlockAccount account) {
        this(theme, baseUrl, provenance, listener, account, new RenderCache());
    }

    /** @param cache what earlier builds of the same site rendered; see {@link RenderCache} */
    public SiteRenderer(Theme theme, Optional<String> baseUrl, Map<String, Provenance> provenance, BuildListener listener,
                        BlockAccount account, RenderCache cache) {
        this.theme = theme;
        this.cache = cache;
        this.baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
        this.provenance = Map.copyOf(provenance);
        this.listener = listener;
        this.account = account;
    }

    public List<SiteFile> render(SiteModel site, TopicIndex topics) {
        this.topics = topics;
        this.cards = new PracticeCards();
        cache.start(site.anchors());
        counts = Counts.of(site);
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
        List<String> gathering = new ArrayList<>(topics.topics().stream().map(SiteRenderer::topicUrl).toList());
        gathering.addAll(List.of("practice.html", DUPLICATES));
        baseUrl.ifPresent(base -> files.add(SiteFile.text("sitemap.xml", sitemap(base, pages, gathering))));
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
        String body = new PageBody(site, page).html();
        RenderCache.Linked linked = cache.links(page.sourcePath(), page.url(), body, listener, findings -> {
            Document resolved = resolveLinks(page, site.anchors(), body, findings);
            PracticeCards.nameDetails(resolved);
            return new RenderCache.Linked(resolved.body().html(), PracticeCards.answers(page, resolved));
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

    private static int minLevel(Page page) {
        return page.allSections().stream().mapToInt(Section::level).min().orElse(1);
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

    /**
     * One page's article: sanitised note content inside the theme's section markup. Heading
     * levels follow the nesting under the page's h1, not the notes' own levels, which jump (an
     * H4 under an H2): the outline stays valid, the ids stay GitHub's. A question's answer (its
     * text, subsections, and the other notes' answers) is wrapped so that the page can fold it
     * into a card. Sections shown elsewhere become a short note linking to where they are shown.
     */
    private final class PageBody {
        private final SiteModel site;
        private final DedupResult dedup;
        private final Page page;
        private final StringBuilder html = new StringBuilder();

        PageBody(SiteModel site, Page page) {
            this.site = site;
            this.dedup = site.dedup();
            this.page = page;
        }

        String html() {
            for (Block.Heading heading : page.lead()) {
                html.append(heading(heading, 2, heading.anchor(), ""));
            }
            html.append(clean(page.intro()));
            sections(page.sections(), page.sourcePath(), false, 2);
            return html.toString();
        }

        /** Sections in order; a run of sections shown elsewhere becomes one note. */
        private void sections(List<Section> sections, String source, boolean moved, int level) {
            List<Section> elsewhere = new ArrayList<>();
            for (Section section : sections) {
                if (dedup.isFolded(source, section.anchor())) {
                    elsewhere.add(section);
                    continue;
                }
                note(elsewhere, source, moved);
                section(section, source, moved, level);
            }
            note(elsewhere, source, moved);
        }

        private void section(Section section, String source, boolean moved, int level) {
            List<DedupResult.Extra> extras = dedup.extras(source, section.anchor());
            String id = id(source, section.anchor(), moved);
            html.append("<section class=\"sg-section").append(section.question() ? " sg-question" : "")
                    .append(extras.isEmpty() ? "" : " sg-answers").append("\">");
            html.append(heading(section.heading(), level, id, ""));
            if (section.question()) {
                if (!moved) {
                    html.append(chips(page, section));
                }
                html.append("<div class=\"sg-answer\" id=\"sg-answer-").append(Entities.escape(id)).append("\">\n");
            }
            if (!extras.isEmpty()) {
                html.append("<p class=\"sg-answer-source\">Answer 1 of ").append(extras.size() + 1).append(", from ")
                        .append(source(title(source), source, section.heading().line())).append("</p>\n");
            }
            html.append(clean(section.body()));
            sections(section.children(), source, moved, Math.min(6, level + 1));
            for (int i = 0; i < extras.size(); i++) {
                extra(extras.get(i), i + 2, extras.size() + 1, Math.min(6, level + 1));
            }
            if (section.question()) {
                html.append("</div>\n");
            }
            related(dedup.related(source, section.anchor()));
            html.append("</section>\n");
        }

        /** Another note's answer to the same question, one heading level below the question. */
        private void extra(DedupResult.Extra extra, int number, int total, int level) {
            SectionRef member = extra.member().section();
            Section shown = extra.shown();
            boolean additions = extra.member().role() == GroupMember.Role.ADDITIONS;
            html.append("<section class=\"sg-section sg-other-answer").append(additions ? " sg-additions" : "")
                    .append("\" ").append(SOURCE).append("=\"").append(Entities.escape(member.source())).append("\">");
            String label = additions
                    ? "<span class=\"sg-answer-label\">What " + escape(member.documentTitle()) + " adds:</span> "
                    : "<span class=\"sg-answer-label\">Answer " + number + " of " + total + ":</span> ";
            html.append(heading(shown.heading(), level, id(member.source(), member.anchor(), true), label));
            html.append("<p class=\"sg-answer-source\">From ").append(source(member.documentTitle(), member.source(), member.line()));
            if (additions) {
                html.append(", whose answer is ").append(Math.round(extra.member().answerSimilarity() * 100))
                        .append("% the same as the one above: only what it adds is shown");
            }
            html.append("</p>\n");
            if (additions && shown.body().isEmpty() && shown.children().isEmpty()) {
                html.append("<p class=\"sg-answer-source\">It adds nothing: every block of it is in the answer above.</p>\n");
            }
            html.append(clean(shown.body()));
            sections(shown.children(), member.source(), true, Math.min(6, level + 1));
            html.append("</section>\n");
        }

        /** Where sections shown elsewhere were written: a line each, with a link to where they are shown. */
        private void note(List<Section> elsewhere, String source, boolean moved) {
            if (elsewhere.isEmpty()) {
                return;
            }
            html.append("<div class=\"sg-elsewhere\" role=\"note\">");
            if (elsewhere.size() > 1) {
                html.append("<p>").append(elsewhere.size()).append(" sections written here are shown once, elsewhere in the guide:</p><ul>");
            }
            for (Section section : elsewhere) {
                DedupResult.Fold fold = dedup.fold(source, section.anchor()).orElseThrow();
                String href = site.anchors().placement(source, section.anchor()).orElse(page.url());
                html.append(elsewhere.size() > 1 ? "<li" : "<p").append(" id=\"")
                        .append(Entities.escape(id(source, section.anchor(), moved))).append("\">");
                boolean here = href.startsWith(page.url() + "#");
                html.append("“").append(escape(section.title())).append("” ")
                        .append(fold.kind() == GroupKind.IDENTICAL ? "also appears " : "is answered, with its other answers, ")
                        .append(here ? ownLink(href, "on this page") : "in " + ownLink(href, where(href))).append('.');
                html.append(elsewhere.size() > 1 ? "</li>" : "</p>");
            }
            html.append(elsewhere.size() > 1 ? "</ul>" : "").append("</div>\n");
            elsewhere.clear();
        }

        private void related(List<SectionRef> related) {
            if (related.isEmpty()) {
                return;
            }
            html.append("<p class=\"sg-related\">Related questions: ");
            for (int i = 0; i < related.size(); i++) {
                SectionRef ref = related.get(i);
                String href = site.anchors().placement(ref.source(), ref.anchor()).orElse(page.url());
                html.append(i > 0 ? " · " : "").append(ownLink(href, escape(ref.title())));
            }
            html.append("</p>\n");
        }

        /** "Django Complete Guide › Signals": the note and page a link leads to. */
        private String where(String href) {
            String url = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
            return site.pages().stream().filter(p -> p.url().equals(url)).findFirst()
                    .map(p -> escape(p.documentTitle()) + " › " + escape(p.title())).orElse(escape(url));
        }

        private String title(String source) {
            return site.sources().stream().filter(s -> s.path().equals(source)).findFirst().map(SourceEntry::title).orElse(source);
        }

        private String source(String documentTitle, String path, int line) {
            return "<cite>" + escape(documentTitle) + "</cite> <span class=\"sg-source-ref\">" + escape(path) + ":" + line + "</span>";
        }

        private String ownLink(String href, String text) {
            return "<a " + OWN_LINK + " href=\"" + Entities.escape(RelativeUrls.between(page.url(), href)) + "\">" + text + "</a>";
        }

        private String heading(Block.Heading heading, int level, String id, String label) {
            String escaped = Entities.escape(id);
            return "<h" + level + " id=\"" + escaped + "\">" + label + cache.clean(heading.inlineHtml(), sanitizer::clean)
                    + " <a class=\"sg-anchor\" href=\"#" + escaped + "\" aria-label=\"Link to this section\">#</a></h"
                    + level + ">\n";
        }

        /** Blocks are cleaned together: raw HTML such as {@code <details>} opens in one block and closes in another. */
        private String clean(List<Block.Content> blocks) {
            if (blocks.isEmpty()) {
                return "";
            }
            StringBuilder raw = new StringBuilder();
            blocks.forEach(b -> {
                raw.append(b.html());
                account.shown(b);
            });
            return cache.clean(raw.toString(), sanitizer::clean) + "\n";
        }
    }

    private static String id(String source, String anchor, boolean moved) {
        return moved ? AnchorIndex.movedAnchor(source, anchor) : anchor;
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }

    /** Points links written against the notes at the pages and anchors where their targets ended up. */
    private static Document resolveLinks(Page page, AnchorIndex anchors, String html, BuildListener listener) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            String line = a.attr(MarkdownConverter.LINE_ATTRIBUTE);
            a.removeAttr(MarkdownConverter.LINE_ATTRIBUTE);
            if (a.hasAttr(OWN_LINK)) {
                a.removeAttr(OWN_LINK);
                continue;
            }
            // a link inside another note's answer was written against that note
            Element shownFrom = a.closest("[" + SOURCE + "]");
            String from = shownFrom == null ? page.sourcePath() : shownFrom.attr(SOURCE);
            if (!AnchorIndex.isInternal(href)) {
                localFile(a, "href", page, from);
                continue;
            }
            if (a.hasClass("sg-anchor") || a.hasClass("sg-fn") || a.hasClass("sg-fn-back")) {
                continue; // the theme's permalink of the heading it sits in; a footnote and its way back, on this page
            }
            Optional<String> target = anchors.resolve(from, href, a.text());
            if (target.isPresent()) {
                a.attr("href", RelativeUrls.between(page.url(), target.get()));
            } else {
                listener.finding(new Finding(from, line.isEmpty() ? 0 : Integer.parseInt(line),
                        anchors.hasNote(from, href)
                                ? "link '" + href + "' points to no heading of the note: fix the #fragment, or the heading it should match"
                                : "link '" + href + "' points to a note that is not part of the guide: fix the path, which is relative to this note"));
            }
        }
        for (Element img : doc.select("img[src]")) {
            img.removeAttr(MarkdownConverter.LINE_ATTRIBUTE);
            Element shownFrom = img.closest("[" + SOURCE + "]");
            localFile(img, "src", page, shownFrom == null ? page.sourcePath() : shownFrom.attr(SOURCE));
        }
        doc.select("[" + SOURCE + "]").removeAttr(SOURCE);
        doc.select("[" + MarkdownConverter.LINE_ATTRIBUTE + "]").removeAttr(MarkdownConverter.LINE_ATTRIBUTE); // on a link the sanitiser emptied
        return doc;
    }

    /** A link to a file beside the notes goes to its copy in the site; {@link LocalFiles#collect} reports missing ones. */
    private static void localFile(Element element, String attribute, Page page, String from) {
        String ref = element.attr(attribute);
        if (LocalFiles.isLocalFile(ref)) {
            LocalFiles.sitePath(from, ref).ifPresent(path -> element.attr(attribute, RelativeUrls.between(page.url(), path)));
        }
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
        context.put("meta", new Views.Meta(topic.name(), ids.size() + " questions on " + topic.name()
                + ", gathered from every note of " + site.title(), baseUrl.map(b -> b + url).orElse("")));
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

    /** @param others the pages that gather questions (topics, practice, duplicates), after the notes' pages */
    private static String sitemap(String base, List<Page> pages, List<String> others) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        xml.append("  <url><loc>").append(Entities.escape(base)).append("</loc></url>\n");
        for (Page page : pages) {
            xml.append("  <url><loc>").append(Entities.escape(base + page.url())).append("</loc></url>\n");
        }
        for (String url : others) {
            xml.append("  <url><loc>").append(Entities.escape(base + url)).append("</loc></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
