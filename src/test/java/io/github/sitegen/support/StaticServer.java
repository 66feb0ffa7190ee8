package io.github.sitegen.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a generated site under a sub-path on loopback, as GitHub Pages serves a project
 * site ({@code /django-guide/}), so tests see what readers see.
 */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json", "png", "image/png", "svg", "image/svg+xml", "xml", "application/xml");

    private final HttpServer server;
    private final String prefix;

    public StaticServer(Path root, String prefix) {
        this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> serve(root, exchange));
        server.start();
    }

    /** The site's address, e.g. {@code http://127.0.0.1:41234/django-guide/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void serve(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = null;
            if (path.startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                file = root.resolve(rest.isEmpty() || rest.endsWith("/") ? rest + "index.html" : rest).normalize();
            }
            if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                byte[] body = "not found".getBytes();
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Type", type);
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
