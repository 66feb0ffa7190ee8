package io.github.sitegen.markdown;

import io.github.sitegen.core.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A list whose items are headings with their answers indented below them, the way large
 * interview READMEs write questions ({@code 1.  ### What is React?}): each such item is a
 * question, its heading shown with the number the list gives it, the rest of the item its answer.
 */
final class HeadingList {
    private HeadingList() {
    }

    /** Whether some item of the list opens with a heading. */
    static boolean isOne(ListBlock list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item.getFirstChild() instanceof Heading) {
                return true;
            }
        }
        return false;
    }

    static void flatten(ListBlock list, GitHubBlocks out, Map<Heading, String> ids, Function<Heading, String> inlineHtml) {
        List<Node> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items.add(item);
        }
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (Node item : items) {
            String label = list instanceof OrderedList ordered ? number + ordered.getMarkerDelimiter() + " " : "";
            int line = MarkdownConverter.line(item, out.firstLine());
            if (item.getFirstChild() instanceof Heading heading) {
                String text = MarkdownConverter.plainText(heading);
                out.heading(new Block.Heading(heading.getLevel(), label + text,
                        org.jsoup.nodes.Entities.escape(label) + inlineHtml.apply(heading), ids.get(heading),
                        MarkdownConverter.line(heading, out.firstLine())), true);
                List<Node> answer = new ArrayList<>();
                for (Node child = heading.getNext(); child != null; child = child.getNext()) {
                    answer.add(child);
                }
                for (Node child : answer) {
                    if (child instanceof Heading inner) {
                        out.part(new Block.Heading(inner.getLevel(), MarkdownConverter.plainText(inner),
                                inlineHtml.apply(inner), ids.get(inner), MarkdownConverter.line(inner, out.firstLine())), heading.getLevel());
                    } else {
                        out.content(child, MarkdownConverter.kindOf(child), MarkdownConverter.line(child, out.firstLine()));
                    }
                }
            } else {
                // an item without a heading stays a list of its own, numbered as GitHub shows it
                ListBlock alone = list instanceof OrderedList ordered ? orderedFrom(ordered, number) : bulletLike((BulletList) list);
                alone.setTight(list.isTight());
                alone.appendChild(item);
                alone.setSourceSpans(item.getSourceSpans());
                out.content(alone, Block.Kind.LIST, line);
            }
            number++;
        }
    }

    private static OrderedList orderedFrom(OrderedList like, int number) {
        OrderedList list = new OrderedList();
        list.setMarkerStartNumber(number);
        list.setMarkerDelimiter(like.getMarkerDelimiter());
        return list;
    }

    private static BulletList bulletLike(BulletList like) {
        BulletList list = new BulletList();
        list.setMarker(like.getMarker());
        return list;
    }
}
