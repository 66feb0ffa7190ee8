package io.github.sitegen.core;

import java.util.Optional;
import java.util.OptionalInt;

/** The optional YAML block at the top of a note. Every field may be absent. */
public record FrontMatter(Optional<String> title, Optional<String> description, OptionalInt order) {
    public static final FrontMatter NONE = new FrontMatter(Optional.empty(), Optional.empty(), OptionalInt.empty());
}
