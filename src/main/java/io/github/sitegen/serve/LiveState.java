package io.github.sitegen.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.BuildReport;
import io.github.sitegen.core.CheckFailedException;
import io.github.sitegen.core.SiteBuildException;

import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Collectors;

/**
 * What the open browser pages need to know about the latest build, and the pages listening.
 * A page reloads when the generation moved and the build changed its file (or an asset); it
 * shows an overlay while the latest build failed. Thread-safe: the watcher writes, the HTTP
 * threads read and listen.
 */
final class LiveState {
    /**
     * What a page is told, as JSON.
     *
     * @param generation counts builds that changed the site; a page served at an older one is stale
     * @param changed    the files the latest build changed; for a page that just connected, the files
     *                   changed since it was served, or null when that is not known
     * @param error      why the latest build failed, or null when it succeeded
     * @param problems   what {@code site-gen:check} would report
     */
    record Snapshot(long generation, List<String> changed, Error error, List<Problem> problems) {
    }

    /**
     * A problem {@code site-gen:check} would report.
     *
     * @param at      its note and line as a page marks a link there ({@code orm.md:12}, the note below the content folder)
     * @param message what is wrong and what to do
     * @param text    the whole line as the check prints it, {@code content/orm.md:12: message}
     */
    record Problem(String at, String message, String text) {
    }

    /** A failed build, as the overlay shows it. */
    record Error(String file, int line, String message) {
    }

    /** Sent to a listener to end it: the server is closing. */
    static final String CLOSED = "";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Generations whose changes are remembered for pages that connect late. */
    static final int HISTORY = 100;

    private final Set<BlockingQueue<String>> listeners = new CopyOnWriteArraySet<>();
    private Snapshot current = new Snapshot(0, List.of(), null, List.of());
    /** The files each recent generation's build changed. */
    private final NavigableMap<Long, List<String>> history = new TreeMap<>();

    synchronized long generation() {
        return current.generation();
    }

    synchronized Snapshot snapshot() {
        return current;
    }

    /** A build succeeded: pages whose files changed reload, an overlay goes away. */
    void built(BuildReport report, String notePrefix) {
        Snapshot next;
        synchronized (this) {
            long generation = report.changed().isEmpty() ? current.generation() : current.generation() + 1;
            if (generation != current.generation()) {
                history.put(generation, report.changed());
                while (history.size() > HISTORY) {
                    history.pollFirstEntry();
                }
            }
            next = new Snapshot(generation, report.changed(), null, report.findings().stream()
                    .map(f -> new Problem(f.file() + ":" + f.line(), f.message(), f.describe(notePrefix))).toList());
            current = next;
        }
        publish(next);
    }

    /**
     * A build failed: the site on disk is the last good one, and every page shows why. Notes that
     * cannot be read fail it with their findings, each named as the project sees it.
     */
    void failed(SiteBuildException e, String notePrefix) {
        Snapshot next;
        synchronized (this) {
            Error error = e instanceof CheckFailedException c ? new Error(notePrefix + c.findings().get(0).file(),
                    c.findings().get(0).line(), message(e, notePrefix)) : new Error(e.file().orElse(""), e.line(), e.getMessage());
            next = new Snapshot(current.generation(), List.of(), error, current.problems());
            current = next;
        }
        publish(next);
    }

    /** What the log and the overlay say of a failed build: findings with their notes' paths as the project sees them. */
    static String message(SiteBuildException e, String notePrefix) {
        if (e instanceof CheckFailedException c) {
            return CheckFailedException.summary(c.findings()) + ":" + c.findings().stream()
                    .map(f -> System.lineSeparator() + f.describe(notePrefix)).collect(Collectors.joining());
        }
        return e.getMessage();
    }

    /**
     * A new listener, which first hears the current state with the files changed since
     * generation {@code since}, the one its page was served at: a page that connects after a
     * rebuild (the browser was slow, or the connection dropped) still reloads only if it must.
     */
    BlockingQueue<String> listen(long since) {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        Snapshot now;
        List<String> changed;
        synchronized (this) {
            now = current;
            changed = changedSince(since);
        }
        queue.add(json(new Snapshot(now.generation(), changed, now.error(), now.problems())));
        return queue;
    }

    /** Every file changed after generation {@code since}, or null when that is not known (any more). */
    private List<String> changedSince(long since) {
        if (since == current.generation()) {
            return List.of();
        }
        if (since > current.generation() || since < 0 || history.isEmpty() || history.firstKey() > since + 1) {
            return null;
        }
        return history.tailMap(since, false).values().stream().flatMap(List::stream).distinct().sorted().toList();
    }

    void stopListening(BlockingQueue<String> queue) {
        listeners.remove(queue);
    }

    /** Ends every listener. */
    void close() {
        listeners.forEach(queue -> queue.add(CLOSED));
    }

    private void publish(Snapshot snapshot) {
        String json = json(snapshot);
        listeners.forEach(queue -> queue.add(json));
    }

    static String json(Snapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
