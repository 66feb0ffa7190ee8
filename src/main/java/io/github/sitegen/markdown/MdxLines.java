package io.github.sitegen.markdown;

import org.commonmark.node.Document;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What MDX (Docusaurus) notes hold besides Markdown. Their {@code import} lines are instructions to
 * the MDX compiler, and a {@code <head>} block the page's metadata (its browser title, link
 * previews), which a reader of the published page never sees: they are not shown. A
 * component imported from another note ({@code import Courses from './_courses.md'}, then
 * {@code <Courses />}) shows that note's text there; here that note is a page of the guide of its
 * own, so the tag becomes a link to it. Other components (React code) cannot run in a static guide
 * and are left out as GitHub leaves them out; text written between their tags is shown.
 */
final class MdxLines {
    /** One ES module import statement: {@code import X from './x'}, {@code import {a, b} from "y";}, {@code import './z';}. */
    private static final Pattern IMPORT = Pattern.compile("\\s*import\\s+(?:([A-Za-z_$][\\w$]*)\\s*(?:,\\s*\\{[^}]*})?\\s+from\\s+"
            + "|(?:\\{[^}]*}|\\*\\s+as\\s+[\\w$]+)\\s+from\\s+)?(['\"])([^'\"]+)\\2\\s*;?");
    private static final Pattern COMPONENT = Pattern.compile("<([A-Z][\\w$]*)\\s*/>");
    private static final Pattern MARKDOWN = Pattern.compile("(?i).*\\.(md|mdx|markdown)$");
    private static final Pattern HEAD = Pattern.compile("(?is)<head>.*</head>");

    private MdxLines() {
    }

    static void preprocess(Document document) {
        Map<String, String> notes = new HashMap<>();
        for (Node node = document.getFirstChild(); node != null; ) {
            Node next = node.getNext();
            if (node instanceof Paragraph p && imports(p, notes)
                    || node instanceof HtmlBlock html && HEAD.matcher(html.getLiteral().strip()).matches()) {
                node.unlink();
            }
            node = next;
        }
        if (notes.isEmpty()) {
            return;
        }
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlBlock html) {
                Matcher m = COMPONENT.matcher(html.getLiteral().strip());
                if (m.matches() && notes.containsKey(m.group(1))) {
                    Paragraph link = new Paragraph();
                    Link to = new Link(notes.get(m.group(1)), null);
                    to.appendChild(new Text(words(m.group(1))));
                    link.appendChild(to);
                    link.setSourceSpans(html.getSourceSpans());
                    to.setSourceSpans(html.getSourceSpans());
                    html.insertAfter(link);
                    html.unlink();
                    node = link;
                }
            }
        }
    }

    /** Whether every line of {@code p} is import statements; notes imported by name go into {@code notes}. */
    private static boolean imports(Paragraph p, Map<String, String> notes) {
        if (!(p.getFirstChild() instanceof Text first) || !first.getLiteral().startsWith("import")) {
            return false;
        }
        StringBuilder lines = new StringBuilder();
        for (Node child = p.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                lines.append(t.getLiteral());
            } else if (child instanceof SoftLineBreak) {
                lines.append('\n');
            } else {
                return false; // emphasis, a link, code: prose, not an import
            }
        }
        Map<String, String> named = new HashMap<>();
        for (String line : lines.toString().split("\n")) {
            Matcher m = IMPORT.matcher(line);
            int at = 0;
            while (m.find(at) && m.start() == at) {
                if (m.group(1) != null && MARKDOWN.matcher(m.group(3)).matches()) {
                    named.put(m.group(1), m.group(3));
                }
                at = m.end();
            }
            if (at == 0 || !line.substring(at).isBlank()) {
                return false;
            }
        }
        notes.putAll(named);
        return true;
    }

    /** {@code AlgorithmCourses} as words: "Algorithm courses". */
    private static String words(String name) {
        String spaced = name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
        return spaced.charAt(0) + spaced.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
