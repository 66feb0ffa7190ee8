package io.github.sitegen.render;

import io.github.sitegen.dedup.DedupReport;
import io.github.sitegen.model.Page;
import io.github.sitegen.model.Place;
import io.github.sitegen.model.SiteModel;
import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What templates see: plain values with every link already relative to the page, and HTML
 * only as {@link SafeString}s that the sanitizer produced, so auto-escaping can stay on.
 */
public final class Views {
    private Views() {
    }

    /** @param page the target page's path from the site root, which keys the reader's progress; may be empty */
    public record Link(String title, String href, boolean current, int questions, String page) {
        public Link(String title, String href, boolean current, int questions) {
            this(title, href, current, questions, "");
        }
    }

    /**
     * A note in the navigation.
     *
     * @param href  the note's first page, relative to the page shown
     * @param pages the note's pages; empty in the sidebar of another note's page, which links each
     *              other note once so that a page does not carry the whole site
     */
    public record NavGroup(String title, String path, boolean current, int questions, List<Link> pages, String href) {
        public NavGroup {
            pages = List.copyOf(pages);
        }

        public NavGroup(String title, String path, boolean current, int questions, List<Link> pages) {
            this(title, path, current, questions, pages, "");
        }
    }

    public record SiteView(String title, String description, int sources, int pages, int questions,
                           List<NavGroup> nav, List<Link> topics, String canonicalBase) {
        public SiteView {
            nav = List.copyOf(nav);
            topics = List.copyOf(topics);
        }
    }

    /** A topic's page: its questions from every note, grouped by note. */
    public record TopicView(String name, int questions, List<NavGroup> groups) {
        public TopicView {
            groups = List.copyOf(groups);
        }
    }

    public record TocEntry(String title, String href, int depth) {
    }

    /**
     * @param editUrl     the note's edit page in the repository, or empty
     * @param lastUpdated when git last saw the note change, or null outside a git work tree
     */
    public record PageView(String title, String documentTitle, String sourcePath, List<Link> breadcrumbs,
                           List<TocEntry> toc, boolean tocIsQuestions, SafeString content, Link previous, Link next,
                           String editUrl, Date lastUpdated) {
        public PageView {
            breadcrumbs = List.copyOf(breadcrumbs);
            toc = List.copyOf(toc);
        }
    }

    /** What the home page says about repeated notes, and the link to the duplicates page. */
    public record DedupSummary(int identicalCopies, int variantGroups, int nearGroups, int linkedPairs, int relatedLinks,
                               String href) {
        public boolean any() {
            return identicalCopies + variantGroups + nearGroups + linkedPairs + relatedLinks > 0;
        }

        /** Questions that show the answers of several places together. */
        public int gathered() {
            return variantGroups + nearGroups;
        }
    }

    /** The duplicates page: the report's groups by kind, each member linked to where it is shown. */
    public record DuplicatesView(DedupReport.Summary summary, List<KindView> kinds) {
        public DuplicatesView {
            kinds = List.copyOf(kinds);
        }

        static DuplicatesView of(DedupReport report, SiteModel site, Function<String, String> relative) {
            Map<String, Page> pages = site.pages().stream().collect(Collectors.toMap(Page::url, p -> p));
            List<KindView> kinds = List.of(
                    kind(report, "identical", "Identical sections",
                            "The same heading and text, subsections included. Shown once, at the first place; the others show a note that links to it.",
                            pages, relative),
                    kind(report, "variant", "One question, several answers",
                            "The same question, asked in (nearly) the same words, or in matching words with answers that agree. "
                                    + "All answers are shown together at the first place, each labelled with its note; each says why it was moved.",
                            pages, relative),
                    kind(report, "near", "Near-identical answers",
                            "The same answer with a sentence added or changed. One is shown, and of the others only what they add.",
                            pages, relative),
                    kind(report, "linked", "Perhaps the same question",
                            "Questions that may be the same, on evidence that would not convince a reader. Not merged: "
                                    + "each stays where it was written and says it is also asked in the other. "
                                    + "If they are the same, or not, say so in repeats.yml.",
                            pages, relative),
                    kind(report, "related", "Related questions",
                            "Different questions on the same topic. Not merged: each links to the other.",
                            pages, relative));
            return new DuplicatesView(report.summary(), kinds);
        }

        private static KindView kind(DedupReport report, String kind, String title, String explanation,
                                     Map<String, Page> pages, Function<String, String> relative) {
            List<GroupView> groups = report.groups().stream().filter(g -> g.kind().equals(kind))
                    .map(g -> new GroupView(g.id(), g.kind(), String.format(java.util.Locale.ROOT, "%.2f", g.similarity()),
                            g.members().stream().map(m -> {
                                Page page = pages.get(m.page());
                                String where = page == null ? m.page() : page.documentTitle() + " › " + page.title();
                                return new MemberView(m.role(), m.title(), m.source(), m.line(),
                                        relative.apply(new Place(m.page(), m.anchor()).href()), where, m.evidence());
                            }).toList()))
                    .toList();
            return new KindView(kind, title, explanation, groups);
        }
    }

    public record KindView(String id, String title, String explanation, List<GroupView> groups) {
        public KindView {
            groups = List.copyOf(groups);
        }
    }

    public record GroupView(int id, String kind, String similarity, List<MemberView> members) {
        public GroupView {
            members = List.copyOf(members);
        }
    }

    /**
     * @param where    the note and page the member is shown on
     * @param evidence why it is in the group, in words; empty for the first member
     */
    public record MemberView(String role, String title, String source, int line, String href, String where, String evidence) {
    }
    /**
     * What a page says about itself to search engines and link previews (Open Graph).
     *
     * @param canonical the page's public address, or empty when the site has no {@code baseUrl}
     */
    public record Meta(String title, String description, String canonical) {
    }

    /**
     * A moment as pages show it: the day, and the exact time for {@code <time datetime>}, both
     * in UTC so that the page does not depend on where it was built.
     *
     * @param iso  e.g. {@code 2025-03-14T09:26:53Z}
     * @param date e.g. {@code 2025-03-14}
     */
    public record Date(String iso, String date) {
        static Date of(Instant instant) {
            Instant seconds = instant.truncatedTo(ChronoUnit.SECONDS);
            return new Date(DateTimeFormatter.ISO_INSTANT.format(seconds), DateTimeFormatter.ISO_LOCAL_DATE.format(seconds.atOffset(ZoneOffset.UTC)));
        }
    }
}
