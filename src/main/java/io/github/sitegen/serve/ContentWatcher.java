package io.github.sitegen.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders with the JDK's {@link WatchService} and hands each burst
 * of changes to a callback, on its own thread, one burst at a time: changes made while the
 * callback runs (a rebuild) make the next burst. A burst ends after {@link #QUIET_MILLIS} without
 * events, so that an editor's save (often a write, a rename and an attribute change) is one.
 */
final class ContentWatcher implements AutoCloseable {
    /** Time without events that ends a burst: long enough for one save, short against a reload. */
    static final long QUIET_MILLIS = 30;
    /** A burst that keeps going is handed over after this long anyway. */
    static final long MAX_BURST_MILLIS = 500;
    /** Time without events after a burst was handled that makes the watcher idle. */
    static final long IDLE_MILLIS = 250;
    /** How long closing waits for a rebuild under way. */
    private static final long CLOSE_WAIT_SECONDS = 60;

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Path ignored;
    private final Consumer<Set<Path>> onChange;
    private final Runnable onIdle;
    private final Thread thread;

    /**
     * @param roots    folders to watch with everything below them; those that do not exist are skipped
     * @param ignored  a folder whose changes do not count (the site being written, should it sit inside a root)
     * @param onChange receives the paths that changed, sorted
     * @param onIdle   runs once after each burst was handled, when {@link #IDLE_MILLIS} passed
     *                 without a change: for work that may wait while someone keeps saving
     */
    ContentWatcher(List<Path> roots, Path ignored, Consumer<Set<Path>> onChange, Runnable onIdle) {
        this.ignored = ignored.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.onIdle = onIdle;
        try {
            this.service = FileSystems.getDefault().newWatchService();
            for (Path root : roots) {
                if (Files.isDirectory(root)) {
                    registerTree(root.toAbsolutePath().normalize());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(this::run, "site-gen-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                if (!dir.startsWith(ignored)) {
                    folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                            StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                }
            }
        }
    }

    private void run() {
        try {
            boolean idleDue = false;
            while (true) {
                WatchKey first = idleDue ? service.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS) : service.take();
                if (first == null) {
                    idleDue = false;
                    onIdle.run();
                    continue;
                }
                Set<Path> changed = new TreeSet<>();
                collect(first, changed);
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_BURST_MILLIS);
                for (WatchKey key; System.nanoTime() < end && (key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
                    collect(key, changed);
                }
                changed.removeIf(ContentWatcher::isEditorScratch);
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                    idleDue = true;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the server is stopping
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                changed.add(dir == null ? Path.of("") : dir);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (path.startsWith(ignored)) {
                continue;
            }
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    // gone again already: nothing to watch
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Files editors write beside the one being saved: swap, backup and lock files. */
    static boolean isEditorScratch(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        return name.startsWith(".#") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913");
    }

    /** Stops watching, and waits for a rebuild under way to finish: nothing writes the site after this returns. */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing anyway
        }
        if (Thread.currentThread() == thread) {
            return;
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread.interrupt();
    }
}
