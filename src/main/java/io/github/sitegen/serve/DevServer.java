package io.github.sitegen.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.sitegen.BuildLog;
import io.github.sitegen.BuildReport;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.output.OutputGuard;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The live preview: builds the site into {@code outputDir}, serves that folder on the loopback
 * interface with the JDK's own HTTP server, watches the notes and templates, rebuilds after each
 * change (only what it affects, see {@link SiteBuilder}) and tells the open pages to reload.
 *
 * <p>The reload script is added to HTML pages as they are served, never written into the site:
 * {@code outputDir} holds exactly what {@code site-gen:build} would publish. A failed build
 * leaves the last good site in place; the pages show the error, with its file and line, in an
 * overlay, and the server keeps running until {@link #close()}.
 */
public final class DevServer implements AutoCloseable {
    /** Where the server's own resources live, beside the site. */
    static final String PREFIX = "/__site-gen/";
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final Pattern LOCAL_HOST = Pattern.compile("(?i)(localhost|127\\.0\\.0\\.1|\\[::1])(:\\d+)?");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("map", "application/json"));

    private final SiteOptions options;
    private final BuildListener listener;
    private final SiteBuilder builder;
    private final Path root;
    private final LiveState state = new LiveState();
    private final HttpServer http;
    private final ExecutorService threads;
    private final ContentWatcher watcher;
    private final byte[] script;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean firstBuildDone;

    private DevServer(SiteOptions options, int port, BuildListener listener) throws IOException {
        this.options = options;
        this.listener = listener;
        // after the first build, its lines would repeat on every save: the server logs one line per rebuild
        this.builder = new SiteBuilder(BuildListener.of(message -> {
            if (!firstBuildDone) {
                listener.info(message);
            }
        }, message -> {
            if (!firstBuildDone) {
                listener.detail(message);
            }
        }, listener::warn, listener::finding));
        this.root = options.outputDir().toAbsolutePath().normalize();
        this.script = resource("live-reload.js");
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "site-gen-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        http.setExecutor(threads);
        http.createContext("/", this::handle);
        this.watcher = new ContentWatcher(List.of(options.contentDir(), options.templatesDir()), root, this::changed,
                this::updateSearch);
    }

    /**
     * Builds the site, then serves it on {@code http://localhost:port/} and watches for changes
     * until {@link #close()}. A failing first build does not stop the server: the pages say why.
     *
     * @param port the port on the loopback interface; 0 picks a free one ({@link #port()} tells which)
     */
    public static DevServer start(SiteOptions options, int port, BuildListener listener) {
        OutputGuard.check(options.outputDir(), options.contentDir(), options.templatesDir(), options.projectDir()); // before the first build, whose failure would only show in the page
        DevServer server;
        try {
            server = new DevServer(options, port, listener);
        } catch (BindException e) {
            throw new SiteBuildException(null, 0, "port " + port + " on localhost is taken (" + e.getMessage()
                    + "): stop what uses it, or choose another port with -DsiteGen.port=" + (port + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the server: " + e.getMessage(), e);
        }
        server.rebuild("first build");
        server.updateSearch();
        server.http.start();
        server.watcher.start();
        return server;
    }

    /** The port the server listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The interface the server listens on: the loopback one. */
    InetAddress boundAddress() {
        return http.getAddress().getAddress();
    }

    /** The site's address, e.g. {@code http://localhost:8000/}. */
    public URI address() {
        return URI.create("http://localhost:" + port() + "/");
    }

    /** Waits until the server is closed, or the thread interrupted (Ctrl+C ends the JVM anyway). */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() {
        watcher.close();
        state.close();
        http.stop(0);
        threads.shutdownNow();
        closed.countDown();
    }

    private void changed(Set<Path> paths) {
        List<String> names = new ArrayList<>();
        Path project = options.projectDir().toAbsolutePath().normalize();
        // an editor's temporary file, written and renamed away within the burst, is not worth naming
        List<Path> named = paths.stream().filter(Files::exists).toList();
        for (Path path : named.isEmpty() ? paths : named) {
            names.add((path.startsWith(project) ? project.relativize(path) : path).toString().replace('\\', '/'));
        }
        rebuild(String.join(", ", names.size() > 3 ? List.of(names.get(0), names.get(1), "and " + (names.size() - 2) + " more") : names)
                + " changed");
    }

    /** Builds again; reports to the log and to the open pages. Runs on one thread at a time (the watcher's, or start's). */
    void rebuild(String reason) {
        try {
            BuildReport report = builder.update(options);
            state.built(report, options.notePathPrefix());
            if (firstBuildDone) { // the first build's own summary said it all
                listener.info("site-gen: rebuilt in " + BuildLog.duration(report.took()) + " after " + reason + ": "
                        + BuildLog.count(report.changed().size(), "file") + " changed"
                        + (report.changed().isEmpty() ? "" : ", reloading the pages that show them"));
            }
        } catch (SiteBuildException e) {
            state.failed(e, options.notePathPrefix());
            listener.warn("site-gen: the build failed after " + reason + "; the pages show why and keep the last good site:"
                    + System.lineSeparator() + LiveState.message(e, options.notePathPrefix()));
        } catch (RuntimeException | StackOverflowError e) {
            // the watcher thread must survive whatever a save does, or pages go stale without a word
            state.failed(new SiteBuildException(null, 0, "unexpected error: " + e, e), "");
            listener.warn("site-gen: the build failed after " + reason + ": " + e);
        } finally {
            firstBuildDone = true;
        }
    }

    /**
     * Writes the search index of the latest build. It runs when saves pause (the watcher's idle
     * time), not after each rebuild: the pages are written and told first, and a writer saving
     * again and again does not wait for an index no page needs to be shown.
     */
    void updateSearch() {
        long start = System.nanoTime();
        try {
            if (!builder.updateSearch(options).isEmpty()) {
                listener.info("site-gen: search index updated in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
            }
        } catch (RuntimeException e) {
            listener.warn("site-gen: the search index could not be written: " + e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !LOCAL_HOST.matcher(host).matches()) {
                // a page on another site that reaches this port through its own host name reads nothing
                send(exchange, 403, "text/plain; charset=utf-8", "site-gen serve answers to localhost only\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(PREFIX + "events")) {
                events(exchange);
            } else if (path.equals(PREFIX + "live-reload.js")) {
                send(exchange, 200, TYPES.get("js"), script);
            } else if (path.equals(PREFIX + "state")) {
                send(exchange, 200, TYPES.get("json"), LiveState.json(state.snapshot()).getBytes(StandardCharsets.UTF_8));
            } else {
                file(exchange, path);
            }
        }
    }

    private void file(HttpExchange exchange, String requestPath) throws IOException {
        if (requestPath.indexOf('\0') >= 0) {
            // %00 decodes to a NUL, which no file name holds: say so, rather than close the connection
            send(exchange, 400, "text/plain; charset=utf-8", "bad request: the path holds a NUL character\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String relative = requestPath.replaceFirst("^/+", "");
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        Path file = root.resolve(relative).normalize();
        if (!requestPath.contains("\0") && file.startsWith(root) && Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (requestPath.contains("\0") || !file.startsWith(root) || !Files.isRegularFile(file)) {
            status = 404;
            file = root.resolve("404.html");
            if (!Files.isRegularFile(file)) {
                // no site yet (the first build failed): a page that can still show the overlay and reload
                byte[] page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                        + "<body><p>Nothing here yet: the site has not been built.</p></body></html>\n").getBytes(StandardCharsets.UTF_8);
                send(exchange, 404, TYPES.get("html"), withReloadScript(page, "404.html"));
                return;
            }
        }
        String name = file.getFileName().toString();
        String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
        byte[] body = Files.readAllBytes(file);
        if (name.endsWith(".html")) {
            body = withReloadScript(body, root.relativize(file).toString().replace('\\', '/'));
        }
        send(exchange, status, type, body);
    }

    /** The page as written, with the reload script before {@code </body>}; it knows which file it is and which build. */
    private byte[] withReloadScript(byte[] html, String page) {
        String text = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + PREFIX + "live-reload.js\" data-generation=\"" + state.generation()
                + "\" data-page=\"" + page.replace("&", "&amp;").replace("\"", "&quot;") + "\"></script>";
        int body = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        text = body < 0 ? text + tag : text.substring(0, body) + tag + text.substring(body);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Server-sent events: the state now, then after every build; a comment now and then keeps the line open. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        BlockingQueue<String> queue = state.listen(since(exchange.getRequestURI().getRawQuery()));
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (true) {
                String json = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (LiveState.CLOSED.equals(json)) {
                    return;
                }
                out.write((json == null ? ": keep-alive\n\n" : "event: state\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the page went away, or the server is closing
        } finally {
            state.stopListening(queue);
        }
    }

    /** The generation in {@code since=N} of the events URL: the build the page was served from; -1 if absent. */
    static long since(String query) {
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("since=")) {
                    try {
                        return Long.parseLong(pair.substring("since=".length()));
                    } catch (NumberFormatException e) {
                        return -1;
                    }
                }
            }
        }
        return -1;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DevServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + DevServer.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
