package io.github.sitegen.dedup;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.Section;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section whose text is a table of contents: lists or tables of links, nearly all of them to
 * places in the note itself. Two such sections under the same heading ("Hide/Show table of
 * contents" over each half of a README) list different questions: they are not answers, and
 * are never compared as questions.
 */
final class Contents {
    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]*)\"");
    /** Fewer links than this are a "see also", not a table of contents. */
    private static final int MIN_LINKS = 3;

    private Contents() {
    }

    static boolean isTableOfContents(Section section) {
        int links = 0;
        int fragments = 0;
        for (Block.Content block : section.body()) {
            if (block.kind() != Block.Kind.LIST && block.kind() != Block.Kind.TABLE) {
                if (block.text().length() > 200) {
                    return false; // prose of its own
                }
                continue;
            }
            Matcher m = HREF.matcher(block.html());
            while (m.find()) {
                links++;
                fragments += m.group(1).startsWith("#") ? 1 : 0;
            }
        }
        return fragments >= MIN_LINKS && fragments * 10 >= links * 8;
    }
}
