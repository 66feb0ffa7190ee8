package io.github.sitegen.model;

import io.github.sitegen.core.Block;

import java.util.ArrayList;
import java.util.List;

/**
 * What one page shows, in order: the headings of parts without text of their own, the page's
 * introduction, then its items.
 */
public record PageLayout(Page page, List<Lead> lead, List<Block.Content> intro, List<PageItem> items) {
    public PageLayout {
        lead = List.copyOf(lead);
        intro = List.copyOf(intro);
        items = List.copyOf(items);
    }

    /** A heading of a part that has no text of its own, shown at the top of its first chapter's page. */
    public record Lead(Block.Heading heading, Place place) {
    }

    /** The page's own questions (not other notes' answers), in reading order: what topics and practice cards take. */
    public List<PageItem.Shown> questions() {
        return own().stream().filter(PageItem.Shown::question).toList();
    }

    /** The sections of the page's own note it shows, nested ones included, in reading order. */
    public List<PageItem.Shown> own() {
        List<PageItem.Shown> own = new ArrayList<>();
        own(items, own);
        return own;
    }

    /** Every block of the notes the page shows, in reading order: its introduction and every section's and answer's text. */
    public List<Block.Content> blocks() {
        List<Block.Content> blocks = new ArrayList<>(intro);
        blocks(items, blocks);
        return blocks;
    }

    private static void blocks(List<PageItem> items, List<Block.Content> into) {
        for (PageItem item : items) {
            if (item instanceof PageItem.Shown shown) {
                into.addAll(shown.section().body());
                blocks(shown.children(), into);
                for (PageItem.Answer answer : shown.answers()) {
                    into.addAll(answer.shown().body());
                    blocks(answer.children(), into);
                }
            }
        }
    }

    private static void own(List<PageItem> items, List<PageItem.Shown> into) {
        for (PageItem item : items) {
            if (item instanceof PageItem.Shown shown && !shown.moved()) {
                into.add(shown);
                own(shown.children(), into);
            }
        }
    }
}
