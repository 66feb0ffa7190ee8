package io.github.sitegen.markdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Heading ids as GitHub makes them, so that {@code #links} written for a note on GitHub keep
 * working: lower case, punctuation and symbols removed (letters, digits, marks, {@code -} and
 * {@code _} kept), each space becomes {@code -}, and repeats within one document get
 * {@code -1}, {@code -2}, ... One instance per document: it remembers the ids it gave.
 */
public final class GitHubSlugger {
    private static final Pattern REMOVED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]");
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> lastSuffix = new HashMap<>();

    /** The slug of {@code text} without uniqueness: what GitHub computes before de-duplicating. */
    public static String slug(String text) {
        return REMOVED.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    /**
     * {@code id} if not handed out before, else {@code id-1}, {@code id-2}, …: for a slug, and for
     * an id the author chose ({@code {#my-id}}), which no later heading gets then.
     */
    public String claim(String id) {
        if (used.add(id)) {
            return id;
        }
        // id-1 .. id-last are taken already: the k-th copy of a heading costs one try, not k
        int n = lastSuffix.getOrDefault(id, 0);
        String candidate;
        do {
            candidate = id + "-" + ++n;
        } while (!used.add(candidate));
        lastSuffix.put(id, n);
        return candidate;
    }

    /** A slug not handed out before by this instance. */
    public String unique(String text) {
        return claim(slug(text));
    }
}
