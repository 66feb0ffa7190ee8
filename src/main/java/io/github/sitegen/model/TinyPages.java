package io.github.sitegen.model;

import io.github.sitegen.core.Section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A page a reader would not make: a chapter of a few words ("# 5. Functional programming" with
 * nothing under it but a link back to the top), or one whose every section is shown elsewhere,
 * so that it holds nothing but pointers. Such a page joins its neighbour in the same part of the
 * note: the page before it (its sections follow that page's), or, for the first page, the page
 * after it (its sections come first there). A note that is that short as a whole keeps its page.
 */
final class TinyPages {
    /** Fewer words than this are not a page of their own: a heading and a sentence at most. */
    static final int MIN_WORDS = 30;

    private TinyPages() {
    }

    static List<Page> merged(List<Page> pages) {
        if (pages.size() < 2 || pages.stream().mapToInt(Page::words).sum() < MIN_WORDS) {
            return List.copyOf(pages);
        }
        List<Page> out = new ArrayList<>(pages);
        for (int i = 0; i < out.size() && out.size() > 1; ) {
            Page page = out.get(i);
            if (page.words() >= MIN_WORDS) {
                i++;
                continue;
            }
            if (i > 0 && page.lead().isEmpty() && page.intro().isEmpty() && page.trail().equals(out.get(i - 1).trail())) {
                out.set(i - 1, append(out.get(i - 1), page));
                out.remove(i);
            } else if (i + 1 < out.size() && page.trail().equals(out.get(i + 1).trail())
                    && (page.sections().isEmpty() || out.get(i + 1).lead().isEmpty() && out.get(i + 1).intro().isEmpty())) {
                out.set(i, prepend(page, out.get(i + 1)));
                out.remove(i + 1);
            } else {
                i++;
            }
        }
        return List.copyOf(out);
    }

    /** The page before, with the tiny page's sections after its own. */
    private static Page append(Page host, Page tiny) {
        return new Page(host.url(), host.title(), host.sourcePath(), host.documentTitle(), host.trail(), host.lead(), host.intro(),
                concat(host.sections(), tiny.sections()), union(host.folded(), tiny.folded()));
    }

    /** The page after, under its own name and address, with what the tiny page held first. */
    private static Page prepend(Page tiny, Page host) {
        List<io.github.sitegen.core.Block.Heading> lead = new ArrayList<>(tiny.lead());
        lead.addAll(host.lead());
        List<io.github.sitegen.core.Block.Content> intro = new ArrayList<>(tiny.intro());
        intro.addAll(host.intro());
        return new Page(host.url(), host.title(), host.sourcePath(), host.documentTitle(), host.trail(), lead, intro,
                concat(tiny.sections(), host.sections()), union(tiny.folded(), host.folded()));
    }

    private static List<Section> concat(List<Section> a, List<Section> b) {
        List<Section> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
