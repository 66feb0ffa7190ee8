package io.github.sitegen.core;


import java.util.List;

/**
 * A heading with everything below it up to the next heading of the same or a higher level.
 *
 * @param body     the blocks between this heading and the next heading of any level
 * @param children the sections nested under it, whatever levels their headings jump to
 * @param question whether the heading asks something a reader can practise
 */
public record Section(Block.Heading heading, List<Block.Content> body, List<Section> children, boolean question) {
    public Section {
        body = List.copyOf(body);
        children = List.copyOf(children);
    }

    public String title() {
        return heading.text();
    }

    public String anchor() {
        return heading.anchor();
    }

    public int level() {
        return heading.level();
    }

    /** This section and all below it, in reading order. */
    public List<Section> flatten() {
        List<Section> all = new java.util.ArrayList<>();
        all.add(this);
        children.forEach(c -> all.addAll(c.flatten()));
        return all;
    }

    /** Questions in this section, this one included, in reading order. */
    public long questionCount() {
        return flatten().stream().filter(Section::question).count();
    }
}
