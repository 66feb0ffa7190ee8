package io.github.sitegen.markdown;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.MarkdownDocument;
import io.github.sitegen.core.SourceDocument;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a note with commonmark-java and turns it into a flat list of rendered blocks. This
 * class and the render stage are the only places that see the mutable commonmark tree.
 * Immutable and thread-safe once built.
 */
public final class MarkdownConverter {
    /** Marks each link with its source line so that the link checker can name it; removed after. */
    public static final String LINE_ATTRIBUTE = "data-sg-line";

    private final Parser parser;
    private final HtmlRenderer htmlRenderer;
    /** For notes written line by line, where each line break is meant as one. */
    private final HtmlRenderer lineBreakRenderer;
    private final TextContentRenderer textRenderer;

    public MarkdownConverter() {
        List<Extension> extensions = List.of(
                TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());
        this.parser = Parser.builder()
                .extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        this.htmlRenderer = htmlRenderer(extensions).build();
        this.lineBreakRenderer = htmlRenderer(extensions).softbreak("<br>\n").build();
        this.textRenderer = TextContentRenderer.builder().extensions(extensions).build();
    }

    private static HtmlRenderer.Builder htmlRenderer(List<Extension> extensions) {
        return HtmlRenderer.builder()
                .extensions(extensions)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Link && !node.getSourceSpans().isEmpty()) {
                        attributes.put(LINE_ATTRIBUTE, Integer.toString(node.getSourceSpans().get(0).getLineIndex()));
                    }
                });
    }

    public MarkdownDocument convert(SourceDocument source) {
        Node document = parser.parse(source.body());
        return new MarkdownDocument(source, blocks(document, source.firstLine(), new GitHubSlugger(), false),
                unclosedFences(document, source.firstLine()));
    }

    /**
     * Converts a piece of a note that starts on file line {@code firstLine}. Headings take their
     * ids from {@code slugger}, so that pieces of one note share its id space.
     *
     * @param lineBreaks whether a line break inside a paragraph is shown as one, as notes
     *                   written line by line (one fact per line) mean it
     */
    public List<Block> convertFragment(String markdown, int firstLine, GitHubSlugger slugger, boolean lineBreaks) {
        return blocks(parser.parse(markdown), firstLine, slugger, lineBreaks);
    }

    private List<Block> blocks(Node document, int firstLine, GitHubSlugger slugger, boolean lineBreaks) {
        List<Block> blocks = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            int line = firstLine + (node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex());
            if (node instanceof Heading heading) {
                String text = plainText(heading);
                blocks.add(new Block.Heading(heading.getLevel(), text, inlineHtml(heading, firstLine),
                        slugger.unique(text), line));
            } else {
                String html = withFileLines((lineBreaks ? lineBreakRenderer : htmlRenderer).render(node), firstLine);
                blocks.add(new Block.Content(kindOf(node), html, textRenderer.render(node).strip(), line));
            }
        }
        return blocks;
    }

    /** commonmark closes a fence left open at the end of its container; GitHub does the same, silently. */
    private static List<MarkdownDocument.CodeFence> unclosedFences(Node document, int firstLine) {
        List<MarkdownDocument.CodeFence> open = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if (block.getClosingFenceLength() == null && !block.getSourceSpans().isEmpty()) {
                    open.add(new MarkdownDocument.CodeFence(firstLine + block.getSourceSpans().get(0).getLineIndex(),
                            block.getFenceCharacter().repeat(block.getOpeningFenceLength())));
                }
            }
        });
        return open;
    }

    private String inlineHtml(Heading heading, int firstLine) {
        StringBuilder html = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            html.append(htmlRenderer.render(child));
        }
        return withFileLines(html.toString(), firstLine);
    }

    /** Source spans count lines of the body from 0; the attribute must name the file's 1-based line. */
    private static String withFileLines(String html, int firstLine) {
        if (!html.contains(LINE_ATTRIBUTE)) {
            return html;
        }
        var matcher = java.util.regex.Pattern.compile(LINE_ATTRIBUTE + "=\"(\\d+)\"").matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, LINE_ATTRIBUTE + "=\"" + (Integer.parseInt(matcher.group(1)) + firstLine) + "\"");
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The text GitHub derives a heading's id from: its inline content without markup. */
    static String plainText(Node heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HtmlInline node) {
                // tags carry no text
            }
        });
        return text.toString().strip();
    }

    private static Block.Kind kindOf(Node node) {
        if (node instanceof Paragraph) {
            return Block.Kind.PARAGRAPH;
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            return Block.Kind.LIST;
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return Block.Kind.CODE;
        } else if (node instanceof TableBlock) {
            return Block.Kind.TABLE;
        } else if (node instanceof BlockQuote) {
            return Block.Kind.QUOTE;
        } else if (node instanceof HtmlBlock) {
            return Block.Kind.HTML;
        } else if (node instanceof ThematicBreak) {
            return Block.Kind.RULE;
        }
        return Block.Kind.OTHER;
    }
}
