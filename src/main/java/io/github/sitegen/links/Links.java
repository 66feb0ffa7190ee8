package io.github.sitegen.links;

import io.github.sitegen.core.Finding;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every link of every note, resolved once: where each link that stays inside the guide leads
 * (a page and id, as a path from the site root), and a finding for each that leads nowhere.
 * Rendering only applies it.
 *
 * @param targets  by the note a link was written in, its {@code href} as written and its text
 * @param findings the links that lead nowhere, by file and line, in note order
 * @param broken   the links the findings are about, so that a page can mark each where it is
 */
public record Links(Map<Key, String> targets, List<Finding> findings, Set<Key> broken) {
    /** A link as written: in note {@code from}, with this {@code href} and this text (which may pick the heading). */
    public record Key(String from, String href, String text) {
    }

    public Links {
        targets = Map.copyOf(targets);
        findings = List.copyOf(findings);
        broken = Set.copyOf(broken);
    }

    /** Whether a link written in note {@code from} is one a finding is about: it leads nowhere, or out of the notes. */
    public boolean isBroken(String from, String href, String text) {
        return broken.contains(new Key(from, href, text));
    }

    /** Where a link written in note {@code from} leads; empty for a link that leads nowhere (a finding says so). */
    public Optional<String> target(String from, String href, String text) {
        return Optional.ofNullable(targets.get(new Key(from, href, text)));
    }
}
