package io.github.sitegen.links;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.Section;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.model.AnchorIndex;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The links stage: resolves every link of every note against the site model's
 * {@link AnchorIndex}, between planning and rendering, so that {@code site-gen:check} can
 * stop here and render nothing. Links that leave the guide are not resolved.
 */
public final class LinkResolver {

    public Links resolve(List<DocumentOutline> notes, AnchorIndex anchors) {
        Map<Links.Key, String> targets = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        Set<Links.Key> broken = new HashSet<>();
        for (DocumentOutline note : notes) {
            String from = note.source().path();
            note.preamble().forEach(b -> links(from, b.html(), anchors, targets, findings, broken));
            for (Section section : note.allSections()) {
                links(from, section.heading().inlineHtml(), anchors, targets, findings, broken);
                for (Block.Content block : section.body()) {
                    links(from, block.html(), anchors, targets, findings, broken);
                }
            }
        }
        return new Links(targets, findings, broken);
    }

    private static void links(String from, String html, AnchorIndex anchors, Map<Links.Key, String> targets,
                              List<Finding> findings, Set<Links.Key> broken) {
        if (!html.contains("href")) {
            return; // most blocks link nowhere: not worth parsing
        }
        for (Element a : Jsoup.parseBodyFragment(html).select("a[href]")) {
            String href = a.attr("href");
            String written = a.attr(MarkdownConverter.LINE_ATTRIBUTE);
            Optional<String> leaving = LeavingLinks.problem(from, href);
            if (leaving.isPresent()) { // one finding: that it points to no note as well goes without saying
                findings.add(new Finding(from, written.isEmpty() ? 0 : Integer.parseInt(written), leaving.get()));
                broken.add(new Links.Key(from, href, a.text()));
                continue;
            }
            if (!AnchorIndex.isInternal(href) || a.hasClass("sg-fn") || a.hasClass("sg-fn-back")) {
                continue; // leaves the guide; a footnote and its way back, beside each other on one page
            }
            String text = a.text();
            Optional<String> target = anchors.resolve(from, href, text);
            if (target.isPresent()) {
                targets.put(new Links.Key(from, href, text), target.get());
                continue;
            }
            broken.add(new Links.Key(from, href, text));
            findings.add(new Finding(from, written.isEmpty() ? 0 : Integer.parseInt(written),
                    anchors.hasNote(from, href)
                            ? "link '" + href + "' points to no heading of the note: fix the #fragment, or the heading it should match"
                            : "link '" + href + "' points to a note that is not part of the guide: fix the path, which is relative to this note"));
        }
    }
}
