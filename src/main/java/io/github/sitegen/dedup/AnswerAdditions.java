package io.github.sitegen.dedup;

import io.github.sitegen.core.Block;
import io.github.sitegen.core.Section;
import io.github.sitegen.section.Questions;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a canonical answer already says, block by block, so that a near-identical answer can
 * be shown with only what it adds.
 */
final class AnswerAdditions {
    private final Set<String> blocks = new HashSet<>();
    private final Set<String> headings = new HashSet<>();

    AnswerAdditions(Section canonical) {
        collect(canonical);
    }

    private void collect(Section section) {
        headings.add(Questions.key(section.title()));
        section.body().forEach(b -> blocks.add(blockKey(b)));
        section.children().forEach(this::collect);
    }

    /** {@code section} without the blocks the canonical answer has, and without subsections left empty. */
    Section additions(Section section) {
        List<Block.Content> body = section.body().stream().filter(b -> !blocks.contains(blockKey(b))).toList();
        List<Section> children = new ArrayList<>();
        for (Section child : section.children()) {
            Section kept = additions(child);
            if (!kept.body().isEmpty() || !kept.children().isEmpty() || !headings.contains(Questions.key(child.title()))) {
                children.add(kept);
            }
        }
        return new Section(section.heading(), body, children, section.question());
    }

    private static String blockKey(Block.Content block) {
        return block.kind() + ":" + Texts.normalise(block.text());
    }
}
