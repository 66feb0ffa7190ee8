package io.github.sitegen.search;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.Section;
import io.github.sitegen.model.Page;
import io.github.sitegen.model.PageItem;
import io.github.sitegen.model.PageLayout;
import io.github.sitegen.model.SiteModel;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the guide offers to search: every section (questions first among equals, by their
 * boosted titles), the other notes' answers shown under a question, and every page's
 * introduction, each with what the results list shows.
 */
public final class SearchCatalog {
    /**
     * The question a reader looks for is named in its title, so titles weigh most; identifier
     * parts let "select related" find {@code select_related}; the note and chapter names help
     * a topic word ("DRF") rank that note's sections higher.
     */
    public static final List<SearchField> FIELDS = List.of(
            new SearchField("title", 10), new SearchField("parts", 3), new SearchField("topic", 2), SearchField.of("body"));

    /** A question outranks a topic heading that shares its words: the question is what readers look for. */
    static final double QUESTION_BOOST = 1.5;
    private static final int EXCERPT = 180;
    /**
     * One searchable place.
     *
     * @param url     page and anchor, relative to the site root
     * @param trail   where it is: note › page, shown above its results
     * @param excerpt the first words of its text, for the results list
     */
    public record Entry(SearchDocument document, String title, String url, String page, String trail, String excerpt) {
        /** The same entry with only its ref and boost left of the document: what a result shows, without the indexed text. */
        Entry shown() {
            return new Entry(new SearchDocument(document.ref(), Map.of(), document.boost()), title, url, page, trail, excerpt);
        }
    }

    private SearchCatalog() {
    }

    public static List<Entry> of(SiteModel site) {
        List<Entry> entries = new ArrayList<>();
        for (PageLayout layout : site.placement().pages()) {
            Page page = layout.page();
            String trail = page.documentTitle() + " › " + page.title();
            String topic = String.join(" ", page.documentTitle(), String.join(" ", page.trail()), page.title());
            if (hasText(page.intro())) {
                String body = text(page.intro());
                entries.add(entry(entries.size(), page.title(), page.url(), page.title(), trail, topic, body, 1));
            }
            for (PageItem.Shown shown : layout.own()) {
                Section section = shown.section();
                entries.add(entry(entries.size(), section.title(), shown.place().href(),
                        page.title(), trail, topic, text(section.body()), section.question() ? QUESTION_BOOST : 1));
                // the other notes' answers shown under this question are found where they are shown
                for (PageItem.Answer answer : shown.answers()) {
                    entries.add(entry(entries.size(), answer.shown().title(), answer.place().href(),
                            page.title(), trail, topic, text(answer.shown().body()), 1));
                    moved(entries, answer.children(), page, trail, topic);
                }
            }
        }
        return List.copyOf(entries);
    }

    /** What an answer shown here brings along; what is shown elsewhere is indexed where it is written out. */
    private static void moved(List<Entry> entries, List<PageItem> items, Page page, String trail, String topic) {
        for (PageItem item : items) {
            if (item instanceof PageItem.Shown shown) {
                entries.add(entry(entries.size(), shown.section().title(), shown.place().href(),
                        page.title(), trail, topic, text(shown.section().body()), 1));
                moved(entries, shown.children(), page, trail, topic);
            }
        }
    }

    private static Entry entry(int number, String title, String url, String page, String trail, String topic, String body,
                               double boost) {
        // Short refs keep the index small: every posting repeats them.
        String ref = Integer.toString(number, 36);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("parts", parts(title + " " + body));
        fields.put("topic", topic);
        fields.put("body", body);
        return new Entry(new SearchDocument(ref, fields, boost), title, url, page, trail, excerpt(body));
    }

    /**
     * {@code select_related} and {@code prefetchRelated} as the words a reader types: the pieces of
     * every identifier, in the order first seen, lower-cased. An identifier is the first of these
     * that starts at a place (tried left to right, each from where the last one ended):
     * letters or digits joined by runs of {@code _ . = / :} (at least one join, starting where no
     * letter or digit is just before); lower-case letters followed by upper-case-then-lower words
     * (at least one, starting where no lower-case letter is just before); or two or more
     * upper-case-then-lower words. Its pieces are cut at the joins and where a lower-case letter
     * meets an upper-case one. All ASCII, as {@code \p{Alnum}}, {@code \p{Lower}} and
     * {@code \p{Upper}}: a hand-written scan in one pass, because the regular expression that
     * said the same took a tenth of a 10× build's CPU samples with C1 only (CompoundPartsTest
     * compares the two on every short string).
     */
    static String parts(String text) {
        Set<String> parts = new LinkedHashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = joined(text, i);
            if (end < 0) {
                end = camel(text, i);
            }
            if (end < 0) {
                i++;
                continue;
            }
            addPieces(text, i, end, parts);
            i = end;
        }
        return String.join(" ", parts);
    }

    /** End of letters and digits joined by {@code _ . = / :} from {@code i}, or -1. */
    private static int joined(String text, int i) {
        if (!alnum(text, i) || alnum(text, i - 1)) {
            return -1;
        }
        int end = run(text, i, SearchCatalog::isAlnum);
        boolean found = false;
        while (true) {
            int next = run(text, end, SearchCatalog::isJoin);
            if (next == end || !alnum(text, next)) {
                return found ? end : -1;
            }
            end = run(text, next, SearchCatalog::isAlnum);
            found = true;
        }
    }

    /** End of {@code prefetchRelated} (not after a lower-case letter) or {@code PrefetchRelated} from {@code i}, or -1. */
    private static int camel(String text, int i) {
        int n = text.length();
        int words = 0;
        int end = i;
        if (isLower(text.charAt(i))) {
            if (i > 0 && isLower(text.charAt(i - 1))) {
                return -1;
            }
            end = run(text, i, SearchCatalog::isLower);
            words = 1;
        }
        while (end + 1 < n && isUpper(text.charAt(end)) && isLower(text.charAt(end + 1))) {
            end = run(text, end + 1, SearchCatalog::isLower);
            words++;
        }
        return words >= 2 ? end : -1;
    }

    private static void addPieces(String text, int from, int to, Set<String> parts) {
        int start = from;
        for (int k = from; k <= to; k++) {
            boolean cut = k == to || isJoin(text.charAt(k))
                    || k > from && isLower(text.charAt(k - 1)) && isUpper(text.charAt(k));
            if (cut) {
                if (k > start) {
                    parts.add(text.substring(start, k).toLowerCase(java.util.Locale.ROOT));
                }
                start = k < to && isJoin(text.charAt(k)) ? k + 1 : k;
            }
        }
    }

    private static int run(String text, int i, CharTest test) {
        int n = text.length();
        while (i < n && test.is(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private interface CharTest {
        boolean is(char c);
    }

    private static boolean alnum(String text, int i) {
        return i >= 0 && i < text.length() && isAlnum(text.charAt(i));
    }

    private static boolean isAlnum(char c) {
        return isLower(c) || isUpper(c) || c >= '0' && c <= '9';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isJoin(char c) {
        return c == '_' || c == '.' || c == '=' || c == '/' || c == ':';
    }

    private static boolean hasText(List<Block.Content> blocks) {
        return blocks.stream().anyMatch(b -> b.kind() != Block.Kind.RULE && !b.text().isBlank());
    }

    /** The text a reader sees, from the rendered HTML rather than Markdown source. */
    private static String text(List<Block.Content> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block.Content block : blocks) {
            String t = block.kind() == Block.Kind.CODE ? Jsoup.parse(block.html()).wholeText() : Jsoup.parse(block.html()).text();
            if (!t.isBlank()) {
                text.append(t.strip()).append('\n');
            }
        }
        return text.toString().strip();
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        if (flat.length() <= EXCERPT) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', EXCERPT);
        return flat.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT) + "…";
    }
}
