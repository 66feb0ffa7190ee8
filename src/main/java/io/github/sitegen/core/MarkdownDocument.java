package io.github.sitegen.core;


import java.util.List;

/**
 * A note as a flat list of top-level blocks, in reading order.
 *
 * @param unclosedFences code fences, at any depth, that are never closed: everything after
 *                       such a fence (to the end of the note or of its list item) reads as code
 */
public record MarkdownDocument(SourceDocument source, List<Block> blocks, List<CodeFence> unclosedFences) {
    public MarkdownDocument {
        blocks = List.copyOf(blocks);
        unclosedFences = List.copyOf(unclosedFences);
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
