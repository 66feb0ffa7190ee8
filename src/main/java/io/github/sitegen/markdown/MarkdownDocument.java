package io.github.sitegen.markdown;

import io.github.sitegen.source.SourceDocument;

import java.util.List;

/** A note as a flat list of top-level blocks, in reading order. */
public record MarkdownDocument(SourceDocument source, List<Block> blocks) {
    public MarkdownDocument {
        blocks = List.copyOf(blocks);
    }
}
