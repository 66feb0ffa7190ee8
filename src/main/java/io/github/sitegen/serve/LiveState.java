package io.github.sitegen.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.BuildReport;
import io.github.sitegen.SiteBuildException;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.LinkedBlockingQueue;

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
     * @param changed    the files the latest build changed, or null when a page connects and
     *                   cannot know what changed since it was served
     * @param error      why the latest build failed, or null when it succeeded
     * @param problems   what {@code site-gen:check} would report, {@code file:line: message}
     */
    record Snapshot(long generation, List<String> changed, Error error, List<String> problems) {
    }

    /** A failed build, as the overlay shows it. */
    record Error(String file, int line, String message) {
    }

    /** Sent to a listener to end it: the server is closing. */
    static final String CLOSED = "";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Set<BlockingQueue<String>> listeners = new CopyOnWriteArraySet<>();
    private Snapshot current = new Snapshot(0, List.of(), null, List.of());

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
            next = new Snapshot(generation, report.changed(), null,
                    report.findings().stream().map(f -> f.describe(notePrefix)).toList());
            current = next;
        }
        publish(next);
    }

    /** A build failed: the site on disk is the last good one, and every page shows why. */
    void failed(SiteBuildException e) {
        Snapshot next;
        synchronized (this) {
            next = new Snapshot(current.generation(), List.of(),
                    new Error(e.file().orElse(""), e.line(), e.getMessage()), current.problems());
            current = next;
        }
        publish(next);
    }

    /** A new listener, which first hears the current state with {@code changed} unknown. */
    BlockingQueue<String> listen() {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        Snapshot now = snapshot();
        queue.add(json(new Snapshot(now.generation(), null, now.error(), now.problems())));
        return queue;
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
