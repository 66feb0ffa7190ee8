package io.github.sitegen.core;


import java.util.List;
import java.util.Set;

/**
 * A note as a flat list of top-level blocks, in reading order.
 *
 * @param unclosedFences code fences, at any depth, that are never closed: everything after
 *                       such a fence (to the end of the note or of its list item) reads as code
 * @param questions      headings that are questions whatever they say: the heading of an item of a list of headings
 * @param folds          the summaries of top-level {@code <details>} blocks, made headings: a question when
 *                       the summary asks and the block does not sit in another question's answer
 * @param parts          headings inside a list item's or a fold's answer: parts of it, never questions or pages
 */
public record MarkdownDocument(SourceDocument source, List<Block> blocks, List<CodeFence> unclosedFences,
                               Set<Block.Heading> questions, Set<Block.Heading> folds, Set<Block.Heading> parts) {
    public MarkdownDocument {
        blocks = List.copyOf(blocks);
        unclosedFences = List.copyOf(unclosedFences);
        questions = Set.copyOf(questions);
        folds = Set.copyOf(folds);
        parts = Set.copyOf(parts);
    }

    public MarkdownDocument(SourceDocument source, List<Block> blocks, List<CodeFence> unclosedFences) {
        this(source, blocks, unclosedFences, Set.of(), Set.of(), Set.of());
    }

    /**
     * The opening line of a fenced code block.
     *
     * @param line  1-based line of the file
     * @param fence the fence as written, e.g. {@code ```} or {@code ~~~~}: what closes it
     */
    public record CodeFence(int line, String fence) {
    }
}
