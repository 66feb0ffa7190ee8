package io.github.sitegen.markdown;

import org.commonmark.Extension;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admonitions of other generators, shown as GitHub shows its alerts ({@code > [!TIP]}):
 * <ul>
 *   <li>Docusaurus and VuePress: {@code :::tip Title} (or {@code :::tip[Title]}) up to a line
 *       {@code :::}; an outer box takes more colons, as there; VuePress's {@code ::: details}
 *       folds;</li>
 *   <li>MkDocs: {@code !!! tip "Title"} with its text indented by four spaces below it, and
 *       {@code ??? tip "Title"} (folded) or {@code ???+} (open) for one the reader can fold.</li>
 * </ul>
 * Their many types map onto GitHub's five (note, tip, important, warning, caution), which the
 * theme styles; the box is titled with the title written, else with the type as written.
 *
 * <p>MkDocs's content tabs ({@code === "Python"}, the tab's text indented below it) are shown
 * as a run of blocks the reader unfolds, named as the tabs are, the first one open: a page on
 * paper, or without script, cannot switch tabs, and the same code in ten languages one after
 * the other would bury the text around it.
 */
final class Admonitions implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension,
        TextContentRenderer.TextContentRendererExtension {
    /** {@code :::type}, {@code :::type Title}, {@code :::type[Title]}, {@code ::: {.type}}: colons, type, title. */
    private static final Pattern COLONS = Pattern.compile(
            "^(:{3,})[ \\t]*(?:\\{\\.?([A-Za-z][\\w-]*)[^}]*}|([A-Za-z][\\w-]*))[ \\t]*(?:\\[(.*)]|(.*?))[ \\t]*$");
    /**
     * {@code !!! type}, {@code ??? type "Title"}, {@code ???+ type inline end ""}: marker, type, title. Other
     * words after the type are not MkDocs's and would be lost: such a line is shown as written.
     */
    private static final Pattern BANGS = Pattern.compile(
            "^(!!!|\\?\\?\\?\\+?)[ \\t]+([A-Za-z][\\w-]*)(?:[ \\t]+(?:inline|end))*(?:[ \\t]+\"(.*)\")?[ \\t]*$");
    /** {@code === "Label"}, {@code ===! "Label"} (starts a new set of tabs), {@code ===+ "Label"} (the one shown). */
    private static final Pattern TAB = Pattern.compile("^===(!)?(\\+)?[ \t]+\"(.*)\"[ \t]*$");
    /** The type words of Docusaurus, VuePress and MkDocs (Material), by the GitHub alert they read as. */
    private static final Map<String, Set<String>> KINDS = kinds();

    static Extension create() {
        return new Admonitions();
    }

    private static Map<String, Set<String>> kinds() {
        Map<String, Set<String>> kinds = new LinkedHashMap<>();
        kinds.put("tip", Set.of("tip", "hint", "success", "check", "done"));
        kinds.put("important", Set.of("important"));
        kinds.put("warning", Set.of("warning", "attention", "caution", "failure", "fail", "missing", "bug"));
        kinds.put("caution", Set.of("danger", "error"));
        return kinds;
    }

    /** The GitHub alert a type reads as: note for every type not named otherwise (info, abstract, example, …). */
    static String kind(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return KINDS.entrySet().stream().filter(e -> e.getValue().contains(t)).map(Map.Entry::getKey).findFirst().orElse("note");
    }

    /** An admonition's title, Markdown as its text is: {@code !!! note "Why `x`?"} shows {@code x} as code. */
    static final class Title extends CustomNode {
    }

    /** An admonition or a tab: its classes, its title as written, and whether it folds. */
    static final class Admonition extends CustomBlock {
        /** {@code sg-alert sg-alert-tip}: the GitHub alert it reads as; {@code sg-tab} for a tab. */
        final String classes;
        final String title;
        /** Folds: a {@code <details>} block, open or not. */
        final boolean folds;
        final boolean open;
        /** A tab that starts a set of its own even right after another tab. */
        final boolean firstTab;

        Admonition(String kind, String title, boolean folds, boolean open) {
            this("sg-alert sg-alert-" + kind, title, folds, open, false);
        }

        private Admonition(String classes, String title, boolean folds, boolean open, boolean firstTab) {
            this.classes = classes;
            this.title = title;
            this.folds = folds;
            this.open = open;
            this.firstTab = firstTab;
        }

        static Admonition tab(String label, boolean shown, boolean first) {
            return new Admonition("sg-tab", label, true, shown, first);
        }

        boolean isTab() {
            return classes.equals("sg-tab");
        }

        /** Shown unfolded: as asked, or the first tab of its set (a run of tabs) when no tab of the set asks. */
        boolean shown() {
            if (!isTab() || open) {
                return open;
            }
            if (!firstTab && getPrevious() instanceof Admonition before && before.isTab()) {
                return false;
            }
            for (Node next = getNext(); next instanceof Admonition tab && tab.isTab() && !tab.firstTab; next = next.getNext()) {
                if (tab.open) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String title(String type, String written) {
        if (written != null) {
            return written.strip();
        }
        return type.substring(0, 1).toUpperCase(Locale.ROOT) + type.substring(1);
    }

    /** A box holds any blocks; its title is parsed as inline Markdown once the blocks are known. */
    private abstract static class BoxParser extends AbstractBlockParser {
        final Admonition block;

        BoxParser(Admonition block) {
            this.block = block;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block child) {
            return true;
        }

        @Override
        public void parseInlines(InlineParser inlines) {
            if (!block.title.isEmpty()) {
                Title title = new Title();
                inlines.parse(SourceLines.of(SourceLine.of(block.title, null)), title);
                block.prependChild(title);
            }
        }
    }

    /** {@code :::type} … {@code :::}: everything up to a line of at least as many colons. */
    private static final class FencedParser extends BoxParser {
        private final int colons;

        FencedParser(Admonition block, int colons) {
            super(block);
            this.colons = colons;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            // a line of colons inside a code block is code, not the end of the box
            if (state.getIndent() < 4 && !(state.getActiveBlockParser().getBlock() instanceof FencedCodeBlock)) {
                CharSequence line = state.getLine().getContent();
                String rest = line.subSequence(state.getNextNonSpaceIndex(), line.length()).toString().strip();
                if (rest.length() >= colons && rest.chars().allMatch(c -> c == ':')) {
                    return BlockContinue.finished();
                }
            }
            return BlockContinue.atIndex(state.getIndex());
        }
    }

    /** {@code !!! type}: its text is the lines indented four spaces below it (blank lines between them included). */
    private static final class IndentedParser extends BoxParser {
        IndentedParser(Admonition block) {
            super(block);
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                return BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            if (state.getIndent() >= 4) {
                return BlockContinue.atColumn(state.getColumn() + 4);
            }
            return BlockContinue.none();
        }
    }

    private static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence content = state.getLine().getContent();
            int from = state.getNextNonSpaceIndex();
            char first = from < content.length() ? content.charAt(from) : 0;
            if (first != ':' && first != '!' && first != '?' && first != '=') {
                return BlockStart.none();
            }
            String line = content.subSequence(from, content.length()).toString();
            Matcher m = COLONS.matcher(line);
            if (m.matches()) {
                String type = m.group(2) != null ? m.group(2) : m.group(3);
                String written = m.group(4) != null ? m.group(4) : m.group(5).isEmpty() ? null : m.group(5);
                boolean details = type.equalsIgnoreCase("details");
                Admonition box = new Admonition(details ? "note" : kind(type), title(type, written), details, false);
                return BlockStart.of(new FencedParser(box, m.group(1).length())).atIndex(content.length());
            }
            m = BANGS.matcher(line);
            if (m.matches()) {
                String marker = m.group(1);
                Admonition box = new Admonition(kind(m.group(2)), title(m.group(2), m.group(3)), marker.startsWith("?"),
                        marker.endsWith("+"));
                return BlockStart.of(new IndentedParser(box)).atIndex(content.length());
            }
            m = TAB.matcher(line);
            if (m.matches()) {
                Admonition tab = Admonition.tab(m.group(3).strip(), m.group(2) != null, m.group(1) != null);
                return BlockStart.of(new IndentedParser(tab)).atIndex(content.length());
            }
            return BlockStart.none();
        }
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder builder) {
        builder.nodeRendererFactory(HtmlBox::new);
    }

    @Override
    public void extend(TextContentRenderer.Builder builder) {
        builder.nodeRendererFactory(TextBox::new);
    }

    /**
     * A box as GitHub's alerts are shown ({@code <blockquote class="sg-alert sg-alert-tip">}, its
     * title first); one that folds is a {@code <details>} block with its title as the summary.
     */
    private static final class HtmlBox implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        HtmlBox(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Admonition.class);
        }

        @Override
        public void render(Node node) {
            Admonition box = (Admonition) node;
            HtmlWriter html = context.getWriter();
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("class", box.classes);
            if (box.shown()) {
                attributes.put("open", "");
            }
            String tag = box.folds ? "details" : "blockquote";
            html.line();
            html.tag(tag, context.extendAttributes(box, tag, attributes));
            html.line();
            Node first = box.getFirstChild();
            Title title = first instanceof Title t ? t : null;
            if (box.folds) {
                html.tag("summary");
                renderChildren(title);
                html.tag("/summary");
                html.line();
            } else if (title != null) {
                html.tag("p");
                html.tag("strong", Map.of("class", "sg-alert-title"));
                renderChildren(title);
                html.tag("/strong");
                html.tag("/p");
                html.line();
            }
            for (Node child = title == null ? first : title.getNext(); child != null; child = child.getNext()) {
                context.render(child);
            }
            html.line();
            html.tag("/" + tag);
            html.line();
        }

        private void renderChildren(Node parent) {
            for (Node child = parent == null ? null : parent.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
            }
        }
    }

    /** The box's title on a line of its own, then its text: what search and comparison read. */
    private static final class TextBox implements NodeRenderer {
        private final TextContentNodeRendererContext context;

        TextBox(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Admonition.class, Title.class);
        }

        @Override
        public void render(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                context.render(child);
                if (node instanceof Admonition) {
                    context.getWriter().block();
                }
            }
        }
    }
}
