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
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
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
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;

/**
 * Parses a note with commonmark-java and turns it into a flat list of rendered blocks. This
 * class and the render stage are the only places that see the mutable commonmark tree.
 * Immutable and thread-safe once built.
 */
public final class MarkdownConverter {
    /** Marks each link with its source line so that the link checker can name it; removed after. */
    public static final String LINE_ATTRIBUTE = "data-sg-line";
    /** Compiled once: every block with a link passes through {@link #withFileLines}. */
    private static final java.util.regex.Pattern LINE_NUMBER = java.util.regex.Pattern.compile(LINE_ATTRIBUTE + "=\"(\\d+)\"");

    private final Parser parser;
    private final List<Extension> extensions;
    private final TextContentRenderer textRenderer;

    public MarkdownConverter() {
        List<Extension> extensions = List.of(
                TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(), Admonitions.create());
        this.parser = Parser.builder()
                .extensions(extensions)
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        this.extensions = extensions;
        this.textRenderer = TextContentRenderer.builder().extensions(extensions).build();
    }

    /**
     * A renderer for one document: headings below the top level (in list items, quotes) carry
     * the id GitHub gives them; links and images carry their source line.
     */
    private static HtmlRenderer.Builder htmlRenderer(List<Extension> extensions, Map<Heading, String> ids, Node document,
                                                     GitHubMarkdown github) {
        return HtmlRenderer.builder()
                .extensions(extensions)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if ((node instanceof Link || node instanceof Image) && !node.getSourceSpans().isEmpty()) {
                        attributes.put(LINE_ATTRIBUTE, Integer.toString(node.getSourceSpans().get(0).getLineIndex()));
                    } else if (node instanceof Heading && node.getParent() != document && ids.containsKey(node)) {
                        attributes.put("id", ids.get(node));
                    }
                    github.attributes(node, attributes);
                });
    }

    public MarkdownDocument convert(SourceDocument source) {
        Node document = parser.parse(source.body());
        GitHubBlocks blocks = blocks(document, source.firstLine(), new GitHubSlugger(), false);
        return new MarkdownDocument(source, blocks.blocks, unclosedFences(document, source.firstLine()),
                blocks.questions, blocks.folds, blocks.parts);
    }

    /**
     * Converts a piece of a note that starts on file line {@code firstLine}. Headings take their
     * ids from {@code slugger}, so that pieces of one note share its id space.
     *
     * @param lineBreaks whether a line break inside a paragraph is shown as one, as notes
     *                   written line by line (one fact per line) mean it
     */
    public List<Block> convertFragment(String markdown, int firstLine, GitHubSlugger slugger, boolean lineBreaks) {
        return blocks(parser.parse(markdown), firstLine, slugger, lineBreaks).blocks;
    }

    private GitHubBlocks blocks(Node document, int firstLine, GitHubSlugger slugger, boolean lineBreaks) {
        MdxLines.preprocess((org.commonmark.node.Document) document);
        // GitHub numbers every heading of the document in order, wherever it sits (list item, quote);
        // a heading's own {#id} is its id, and GitHub's id of it is still taken, so that the ids of
        // the headings after it stay GitHub's
        Map<Heading, String> ids = new IdentityHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String gitHubs = slugger.unique(plainText(heading));
                ids.put(heading, CustomIds.take(heading).map(slugger::claim).orElse(gitHubs));
                visitChildren(heading);
            }
        });
        GitHubMarkdown github = new GitHubMarkdown();
        github.preprocess((org.commonmark.node.Document) document);
        HtmlRenderer renderer = htmlRenderer(extensions, ids, document, github).softbreak(lineBreaks ? "<br>\n" : "\n").build();
        GitHubBlocks out = new GitHubBlocks(renderer, textRenderer, firstLine, slugger);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            int line = line(node, firstLine);
            if (node instanceof Heading heading) {
                out.heading(new Block.Heading(heading.getLevel(), plainText(heading), inlineHtml(renderer, heading, firstLine),
                        ids.get(heading), line), false);
            } else if (node instanceof ListBlock list && HeadingList.isOne(list)) {
                HeadingList.flatten(list, out, ids, child -> inlineHtml(renderer, child, firstLine));
            } else if (node instanceof HtmlBlock html) {
                out.html(html, line, kindOf(node));
            } else {
                out.content(node, kindOf(node), line);
            }
        }
        return out.finish();
    }

    static int line(Node node, int firstLine) {
        return firstLine + (node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex());
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

    private static String inlineHtml(HtmlRenderer renderer, Heading heading, int firstLine) {
        StringBuilder html = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            html.append(renderer.render(child));
        }
        return withFileLines(html.toString(), firstLine);
    }

    /** Source spans count lines of the body from 0; the attribute must name the file's 1-based line. */
    static String withFileLines(String html, int firstLine) {
        if (!html.contains(LINE_ATTRIBUTE)) {
            return html;
        }
        var matcher = LINE_NUMBER.matcher(html);
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

    static Block.Kind kindOf(Node node) {
        if (node instanceof Paragraph) {
            return Block.Kind.PARAGRAPH;
        } else if (node instanceof BulletList || node instanceof OrderedList) {
            return Block.Kind.LIST;
        } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
            return Block.Kind.CODE;
        } else if (node instanceof TableBlock) {
            return Block.Kind.TABLE;
        } else if (node instanceof BlockQuote || node instanceof Admonitions.Admonition) {
            return Block.Kind.QUOTE;
        } else if (node instanceof HtmlBlock) {
            return Block.Kind.HTML;
        } else if (node instanceof ThematicBreak) {
            return Block.Kind.RULE;
        }
        return Block.Kind.OTHER;
    }
}
