package io.github.sitegen.dedup;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proof that deduplication lost nothing: every block of the notes (paragraph, list, table,
 * code, quote) must be shown somewhere in the guide, in its own place or in the place of
 * the identical block it was folded into. The placement says which blocks its pages show; what
 * is left over is lost. Blocks are compared in their normalised form, so that a folded copy
 * counts as shown when its original is.
 */
public final class BlockAccount {
    /** A block of the notes, where it was written. */
    public record Written(String source, int line, String key) {
        @Override
        public String toString() {
            return source + ":" + line;
        }
    }

    private final List<Written> written = new ArrayList<>();
    private final Set<String> shown = new HashSet<>();
    /** Each block's key, made once: a shown block is mostly one of the notes' own, the same object. */
    private final Map<Block.Content, String> keys = new IdentityHashMap<>();

    private BlockAccount() {
    }

    /** @param shown every block the pages of the guide show */
    public static BlockAccount of(List<DocumentOutline> notes, List<Block.Content> shown) {
        BlockAccount account = new BlockAccount();
        shown.forEach(b -> account.shown.add(account.keyOf(b)));
        for (DocumentOutline note : notes) {
            note.preamble().forEach(b -> account.write(note.source().path(), b));
            for (Section section : note.allSections()) {
                section.body().forEach(b -> account.write(note.source().path(), b));
            }
        }
        account.keys.clear(); // the account outlives the build's stages; the blocks need not
        return account;
    }

    private void write(String source, Block.Content block) {
        if (block.kind() != Block.Kind.RULE && !block.text().isBlank()) {
            written.add(new Written(source, block.line(), keyOf(block)));
        }
    }

    /** Blocks of the notes that nothing in the guide shows, in note order. */
    public List<Written> lost() {
        return written.stream().filter(w -> !shown.contains(w.key())).toList();
    }

    public int blocks() {
        return written.size();
    }

    private String keyOf(Block.Content block) {
        return keys.computeIfAbsent(block, BlockAccount::key);
    }

    static String key(Block.Content block) {
        return block.kind() + ":" + Texts.normalise(block.text());
    }
}
