package io.github.sitegen.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.nodes.Entities;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What GitHub shows beyond CommonMark and the GFM extensions Central has at our commonmark
 * version: task list items ({@code - [x] done}), alerts ({@code > [!NOTE]}) and footnotes
 * ({@code text[^1]} with {@code [^1]: the note}). Done on the parsed tree, one instance per
 * document: it rewrites the tree, then tells the renderer which attributes its nodes get.
 *
 * <p>A footnote's text is moved to just after the block of its first reference: a note is cut
 * into pages, and GitHub's place for it (the end of the document) may be another page.
 */
final class GitHubMarkdown {
    private static final Pattern TASK = Pattern.compile("^\\[([ xX])] ");
    private static final Pattern ALERT = Pattern.compile("^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]\\s]+)]:\\s*");
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([^\\]\\s]+)]");

    private final Map<Node, Map<String, String>> attributes = new IdentityHashMap<>();

    void preprocess(Document document) {
        List<ListItem> tasks = new ArrayList<>();
        List<BlockQuote> alerts = new ArrayList<>();
        Map<String, Paragraph> definitions = new LinkedHashMap<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Paragraph p && p.getFirstChild() instanceof Text t && DEFINITION.matcher(t.getLiteral()).find()) {
                Matcher m = DEFINITION.matcher(t.getLiteral());
                m.find();
                definitions.putIfAbsent(m.group(1), p);
            } else if (node instanceof LinkReferenceDefinition d && d.getLabel().startsWith("^") && d.getLabel().length() > 1) {
                // "[^1]: word" is a valid link definition to CommonMark; on GitHub it is a footnote
                Paragraph p = new Paragraph();
                p.appendChild(new Text("[" + d.getLabel() + "]: " + d.getDestination()
                        + (d.getTitle() == null || d.getTitle().isEmpty() ? "" : " " + d.getTitle())));
                p.setSourceSpans(d.getSourceSpans());
                d.insertAfter(p);
                definitions.putIfAbsent(d.getLabel().substring(1), p);
            }
        }
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                if (item.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text t && TASK.matcher(t.getLiteral()).find()) {
                    tasks.add(item);
                }
                visitChildren(item);
            }

            @Override
            public void visit(BlockQuote quote) {
                if (quote.getFirstChild() instanceof Paragraph p && p.getFirstChild() instanceof Text t
                        && ALERT.matcher(t.getLiteral().strip()).matches()
                        && (t.getNext() == null || t.getNext() instanceof SoftLineBreak)) {
                    alerts.add(quote);
                }
                visitChildren(quote);
            }
        });
        tasks.forEach(this::task);
        alerts.forEach(this::alert);
        if (!definitions.isEmpty()) {
            footnotes(document, definitions);
        }
    }

    /** The attributes GitHub's rendering gives {@code node}, added to what the renderer writes. */
    void attributes(Node node, Map<String, String> into) {
        Map<String, String> own = attributes.get(node);
        if (own != null) {
            own.forEach((k, v) -> into.merge(k, v, (a, b) -> a + " " + b));
        }
    }

    private void task(ListItem item) {
        Text text = (Text) item.getFirstChild().getFirstChild();
        boolean done = !text.getLiteral().startsWith("[ ]");
        text.setLiteral(text.getLiteral().substring(4));
        text.insertBefore(html("<span class=\"sg-task" + (done ? " sg-task-done" : "") + "\" role=\"img\" aria-label=\""
                + (done ? "done" : "not done") + "\">" + (done ? "☑" : "☐") + "</span> "));
        attributes.put(item, ordered("class", "sg-task-item"));
    }

    private void alert(BlockQuote quote) {
        Text marker = (Text) quote.getFirstChild().getFirstChild();
        String kind = ALERT.matcher(marker.getLiteral().strip()).replaceFirst("$1").toLowerCase(Locale.ROOT);
        marker.insertBefore(html("<strong class=\"sg-alert-title\">" + kind.substring(0, 1).toUpperCase(Locale.ROOT)
                + kind.substring(1) + "</strong>"));
        marker.unlink();
        attributes.put(quote, ordered("class", "sg-alert sg-alert-" + kind));
    }

    private void footnotes(Document document, Map<String, Paragraph> definitions) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Node> firstUse = new LinkedHashMap<>();
        List<Text> texts = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }

            @Override
            public void visit(Link link) {
                links.add(link);
                visitChildren(link);
            }
        });
        for (Link link : links) { // [^1] with a "[^1]: word" definition parsed as a link
            if (link.getFirstChild() instanceof Text t && t.getNext() == null && t.getLiteral().startsWith("^")
                    && definitions.containsKey(t.getLiteral().substring(1))) {
                Text plain = new Text("[" + t.getLiteral() + "]");
                link.insertBefore(plain);
                link.unlink();
                texts.add(plain);
            }
        }
        for (Text text : texts) {
            Node paragraph = text.getParent();
            if (paragraph == null || definitions.containsValue(paragraph) && text == paragraph.getFirstChild()) {
                continue;
            }
            Matcher m = REFERENCE.matcher(text.getLiteral());
            if (!m.find()) {
                continue;
            }
            String literal = text.getLiteral();
            int from = 0;
            m.reset();
            while (m.find()) {
                String label = m.group(1);
                if (!definitions.containsKey(label)) {
                    continue;
                }
                boolean first = !numbers.containsKey(label);
                int number = numbers.computeIfAbsent(label, l -> numbers.size() + 1);
                text.insertBefore(new Text(literal.substring(from, m.start())));
                text.insertBefore(html("<sup class=\"sg-fn-ref\"" + (first ? " id=\"fnref-" + Entities.escape(label) + "\"" : "")
                        + "><a class=\"sg-fn\" href=\"#fn-" + Entities.escape(label) + "\">" + number + "</a></sup>"));
                from = m.end();
                if (first) {
                    firstUse.put(label, topLevel(text));
                }
            }
            text.setLiteral(literal.substring(from));
        }
        List<String> order = new ArrayList<>(numbers.keySet()); // by number, as GitHub lists them
        definitions.keySet().stream().filter(l -> !numbers.containsKey(l)).forEach(order::add);
        for (String label : order) {
            Paragraph p = definitions.get(label);
            Text first = (Text) p.getFirstChild();
            first.setLiteral(DEFINITION.matcher(first.getLiteral()).replaceFirst(""));
            Integer number = numbers.get(label);
            if (number == null) {
                continue; // never referred to: shown where it was written, as GitHub would not show it at all
            }
            first.insertBefore(html("<sup>" + number + "</sup> "));
            p.appendChild(html(" <a class=\"sg-fn-back\" href=\"#fnref-" + Entities.escape(label)
                    + "\" aria-label=\"Back to the text\">↩</a>"));
            attributes.put(p, ordered("class", "sg-footnote", "id", "fn-" + label));
            Node after = firstUse.get(label);
            if (after != null) {
                while (after.getNext() instanceof Paragraph next && next != p && attributes.containsKey(next)
                        && "sg-footnote".equals(attributes.get(next).get("class"))) {
                    after = next; // footnotes of one block stay in the order they are numbered
                }
                if (after != p) {
                    after.insertAfter(p);
                }
            }
        }
    }

    /** Attributes in the order written: {@code Map.of} would change it from run to run. */
    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static HtmlInline html(String literal) {
        HtmlInline html = new HtmlInline();
        html.setLiteral(literal);
        return html;
    }

    private static Node topLevel(Node node) {
        while (node.getParent() != null && !(node.getParent() instanceof Document)) {
            node = node.getParent();
        }
        return node;
    }
}
