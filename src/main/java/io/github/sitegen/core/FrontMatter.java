package io.github.sitegen.core;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The optional YAML block at the top of a note. Every field may be absent.
 *
 * @param order the note's place in the guide ({@code order}, or another generator's
 *              {@code sidebar_position}, {@code nav_order}, {@code weight}); fractions sort between
 * @param tags  topics the note's questions belong to ({@code tags}, {@code categories})
 * @param draft whether the note is left out of the guide ({@code draft: true}, {@code published: false})
 */
public record FrontMatter(Optional<String> title, Optional<String> description, OptionalDouble order, List<String> tags,
                          boolean draft) {
    public static final FrontMatter NONE = new FrontMatter(Optional.empty(), Optional.empty(), OptionalDouble.empty(),
            List.of(), false);

    public FrontMatter {
        tags = List.copyOf(tags);
    }

    public FrontMatter(Optional<String> title, Optional<String> description, OptionalInt order) {
        this(title, description, order.isPresent() ? OptionalDouble.of(order.getAsInt()) : OptionalDouble.empty(), List.of(), false);
    }
}
