package io.github.sitegen.provenance;

import io.github.sitegen.core.BuildListener;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What git knows about the files below a folder: the repository's top folder, and when each
 * file was last changed by a commit (committer date, the date it landed). Asks the user's own
 * {@code git}, so worktrees, shallow clones and the user's configuration behave as they do on
 * the command line; without git, or outside a repository, there is simply no history.
 */
public final class GitHistory {
    private static final long TIMEOUT_SECONDS = 60;
    private static final String NO_DATES = "site-gen: pages have no 'last updated' date: ";

    private final Path root;
    private final Map<Path, Instant> lastCommit;

    private GitHistory(Path root, Map<Path, Instant> lastCommit) {
        this.root = root;
        this.lastCommit = Map.copyOf(lastCommit);
    }

    /** The history of the files below {@code dir}, or empty when it is not in a git work tree (or git is missing). */
    public static Optional<GitHistory> of(Path dir, BuildListener listener) {
        Path folder = real(dir);
        Result where = git(folder, "rev-parse", "--show-toplevel", "--is-shallow-repository");
        if (where.failure().isPresent()) {
            listener.info(NO_DATES + where.failure().get());
            return Optional.empty();
        }
        List<String> lines = where.output().lines().toList();
        Path root = real(Path.of(lines.get(0)));
        if (lines.size() > 1 && lines.get(1).equals("true")) {
            listener.warn("site-gen: " + root + " is a shallow clone, so 'last updated' dates are those of the commits it has:"
                    + " fetch the whole history (actions/checkout: fetch-depth: 0) for true dates");
        }
        // newest first: the first commit that names a file is the last one that changed it
        Result log = git(folder, "-c", "core.quotePath=false", "log", "--format=%x00%ct", "--name-only", "--no-renames", "--", ".");
        if (log.failure().isPresent()) {
            listener.info(NO_DATES + log.failure().get());
            return Optional.of(new GitHistory(root, Map.of()));
        }
        Map<Path, Instant> times = new HashMap<>();
        Instant current = null;
        for (String line : log.output().split("\n")) {
            if (line.startsWith("\0")) {
                current = Instant.ofEpochSecond(Long.parseLong(line.substring(1).strip()));
            } else if (!line.isEmpty() && current != null) {
                times.putIfAbsent(root.resolve(line), current);
            }
        }
        return Optional.of(new GitHistory(root, times));
    }

    /** The top folder of the work tree. */
    public Path root() {
        return root;
    }

    /** When the last commit that changed {@code file} was made; empty for files git does not track. */
    public Optional<Instant> lastCommit(Path file) {
        return Optional.ofNullable(lastCommit.get(real(file)));
    }

    /** git names files by their real path; a content folder reached through a symbolic link must match. */
    static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private record Result(String output, Optional<String> failure) {
    }

    /** What git's first line of complaint means, in words: not its raw {@code fatal: ...}. */
    static String reason(Path dir, String error) {
        if (error.contains("not a git repository")) {
            return dir + " is not in a git repository (git init, and a commit, give the pages dates)";
        }
        if (error.contains("does not have any commits yet")) {
            return "the git repository of " + dir + " has no commits yet";
        }
        if (error.contains("dubious ownership")) {
            return "git refuses to read the repository of " + dir + ", which another user owns (see git config safe.directory)";
        }
        return "git says \"" + error.replaceFirst("^(fatal|error): ", "") + "\"";
    }

    private static Result git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            return new Result("", Optional.of("git is not installed, or not on the PATH"));
        }
        try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
            // git's output for a folder of notes is small; stderr is read after, which its pipe buffer allows
            String output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            String error = new String(err.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result("", Optional.of("git " + args[0] + " took longer than " + TIMEOUT_SECONDS + " s"));
            }
            if (process.exitValue() != 0) {
                return new Result("", Optional.of(reason(dir, error.isEmpty() ? "git " + args[0] + " failed" : error.lines().findFirst().orElse(""))));
            }
            return new Result(output, Optional.empty());
        } catch (IOException e) {
            return new Result("", Optional.of("git could not be run: " + e.getMessage()));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new Result("", Optional.of("interrupted while git ran"));
        }
    }
}
