package io.github.sitegen.section;

import io.github.sitegen.core.Block;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note's own table of contents: a section whose text is a list or table of links, nearly
 * all of them fragments of the note itself ({@code #models}), several naming its headings exactly. READMEs put one at the top with the questions
 * following it at the same or a deeper heading level, so that the questions nest under it;
 * they are its siblings in fact, and are promoted to them. The section stays where it is and
 * becomes the note's index, its links resolved to wherever each heading lands.
 */
final class OwnIndex {
    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"");
    /** Fewer links than this are a "see also", not a table of contents. */
    static final int MIN_LINKS = 3;

    private OwnIndex() {
    }

    /** Finds the index sections among {@code roots} (and below), promotes their children, returns their ids. */
    static Set<String> promote(List<SectionTreeBuilder.Draft> roots, List<Block> blocks) {
        Set<String> anchors = new HashSet<>();
        blocks.stream().filter(b -> b instanceof Block.Heading).forEach(b -> anchors.add(((Block.Heading) b).anchor()));
        Set<String> found = new HashSet<>();
        promote(roots, anchors, found);
        return found;
    }

    private static void promote(List<SectionTreeBuilder.Draft> drafts, Set<String> anchors, Set<String> found) {
        for (int i = 0; i < drafts.size(); i++) {
            SectionTreeBuilder.Draft draft = drafts.get(i);
            if (found.isEmpty() && isIndex(draft, anchors)) {
                found.add(draft.heading.anchor());
                drafts.addAll(i + 1, draft.children);
                draft.children.clear();
            } else {
                promote(draft.children, anchors, found);
            }
        }
    }

    static boolean isIndex(SectionTreeBuilder.Draft draft, Set<String> anchors) {
        if (draft.body.isEmpty() || Questions.isQuestion(draft.heading.text())) {
            return false;
        }
        int own = 0;
        int fragments = 0;
        int links = 0;
        for (Block.Content block : draft.body) {
            boolean listing = block.kind() == Block.Kind.LIST || block.kind() == Block.Kind.TABLE;
            Matcher m = HREF.matcher(block.html());
            int inBlock = 0;
            while (m.find()) {
                inBlock++;
                String href = m.group(1);
                if (href.startsWith("#")) {
                    fragments++; // hand-written contents often shorten ids ("#urls" for "URLs & Routing")
                    own += anchors.contains(decode(href.substring(1))) ? 1 : 0;
                }
            }
            if (!listing && inBlock == 0 && block.text().length() > 200) {
                return false; // prose of its own: a chapter that happens to link
            }
            links += inBlock;
        }
        return own >= MIN_LINKS && fragments * 10 >= links * 8;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
