package io.github.sitegen.links;

import io.github.sitegen.core.Finding;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every link of every note, resolved once: where each link that stays inside the guide leads
 * (a page and id, as a path from the site root), and a finding for each that leads nowhere.
 * Rendering only applies it.
 *
 * @param targets  by the note a link was written in, its {@code href} as written and its text
 * @param findings the links that lead nowhere, by file and line, in note order
 */
public record Links(Map<Key, String> targets, List<Finding> findings) {
    /** A link as written: in note {@code from}, with this {@code href} and this text (which may pick the heading). */
    public record Key(String from, String href, String text) {
    }

    public Links {
        targets = Map.copyOf(targets);
        findings = List.copyOf(findings);
    }

    /** Where a link written in note {@code from} leads; empty for a link that leads nowhere (a finding says so). */
    public Optional<String> target(String from, String href, String text) {
        return Optional.ofNullable(targets.get(new Key(from, href, text)));
    }
}
