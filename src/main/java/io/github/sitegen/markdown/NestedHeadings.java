package io.github.sitegen.markdown;

import io.github.sitegen.core.Block;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings GitHub shows inside a block (a quote, a list item that is no question): they have
 * ids on GitHub, so links to them must land where their block is shown.
 */
public final class NestedHeadings {
    private static final Pattern HEADING = Pattern.compile("(?s)<h([1-6]) id=\"([^\"]+)\">(.*?)</h\\1>");

    private NestedHeadings() {
    }

    /** The headings inside {@code block}, each with the block's line. */
    public static List<Block.Heading> in(Block.Content block) {
        if (!block.html().contains("<h")) {
            return List.of();
        }
        List<Block.Heading> headings = new ArrayList<>();
        Matcher m = HEADING.matcher(block.html());
        while (m.find()) {
            headings.add(new Block.Heading(Integer.parseInt(m.group(1)), Jsoup.parseBodyFragment(m.group(3)).text(), m.group(3),
                    m.group(2), block.line()));
        }
        return headings;
    }
}
