package io.github.sitegen.provenance;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a note lives and when it last changed, for its pages' "Edit this page" link and
 * "last updated" date. Both come from the repository, never from the clock of the build.
 *
 * @param editUrl     the page of the repository's web interface that edits the note
 * @param lastUpdated when the last commit that changed the note was made
 */
public record Provenance(Optional<String> editUrl, Optional<Instant> lastUpdated) {
    public static final Provenance NONE = new Provenance(Optional.empty(), Optional.empty());
}
