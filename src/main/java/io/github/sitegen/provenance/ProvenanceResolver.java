package io.github.sitegen.provenance;

import io.github.sitegen.core.BuildListener;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds each note's {@link Provenance}: its edit link on the repository's web interface
 * ({@code repoUrl/edit/branch/path}, the form GitHub and Gitea use) and the date git last
 * saw it change. The path in the link is the note's path in the git work tree; outside a
 * work tree, its path below the project directory.
 */
public final class ProvenanceResolver {
    private final BuildListener listener;

    public ProvenanceResolver(BuildListener listener) {
        this.listener = listener;
    }

    /**
     * @param notes      the notes, relative to {@code contentDir}
     * @param projectDir where paths start when the notes are not in a git work tree
     * @param repoUrl    the repository's web address, e.g. {@code https://github.com/me/guide}; no edit links without it
     * @return every note's provenance, keyed as {@code notes} are
     */
    public Map<String, Provenance> resolve(Path contentDir, Path projectDir, List<String> notes,
                                           Optional<String> repoUrl, String branch) {
        Optional<GitHistory> git = GitHistory.of(contentDir, listener);
        Path root = git.map(GitHistory::root).orElse(GitHistory.real(projectDir));
        Optional<String> base = repoUrl.map(String::strip).filter(u -> !u.isEmpty())
                .map(u -> u.replaceFirst("/+$", "").replaceFirst("\\.git$", ""));
        Map<String, Provenance> result = new LinkedHashMap<>();
        for (String note : notes) {
            Path file = GitHistory.real(contentDir.resolve(note));
            Optional<String> edit = base.filter(b -> file.startsWith(root))
                    .map(b -> b + "/edit/" + encode(branch) + "/" + encode(root.relativize(file).toString().replace('\\', '/')));
            result.put(note, new Provenance(edit, git.flatMap(g -> g.lastCommit(file))));
        }
        return Map.copyOf(result);
    }

    /** Percent-encodes what a URL path cannot hold (spaces, non-ASCII kept as UTF-8), keeping the slashes. */
    static String encode(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
