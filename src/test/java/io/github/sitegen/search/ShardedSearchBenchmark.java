package io.github.sitegen.search;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.support.Browser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What a reader's searches download, in real Chromium over loopback HTTP with gzip as GitHub Pages serves it:
 * the gzip bytes (counted by the server, so that fetches from workers count too) of everything the first query fetches (search script, lunr, the engine, the manifest, the
 * parts) and of what each later query adds, and the time from the keystroke to the first result shown (the
 * box's 80 ms debounce included).
 * Queries are typed into the search box, so the box's own fallback and result store loads are counted.
 *
 * <p>Run by hand, not part of {@code mvn install}:
 * {@code mvn test -Dtest=ShardedSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. It builds the guide of
 * content/ and a tenfold one ({@link ScaledNotes}); {@code -Dbench.sites=a,b} measures built sites instead
 * (for example one built before this change, one from {@link ScaledSearchSite}, or with
 * {@code -Dbench.pagefind=true}, a site that Pagefind indexed into {@code pagefind/}, queried through Pagefind's
 * own API); {@code -Dbench.queries='a|b~1|*c'} types other queries.
 */
class ShardedSearchBenchmark {
    static final List<String> QUERIES = List.of("select related", "null blank", "signals", "middleware", "csrf token",
            "queryset filter", "postgresql index", "serializer validation", "celery task", "django orm",
            "authentication", "migrations");

    @Test
    void bytesFetchedByTheFirstAndLaterQueries() throws Exception {
        List<Path> sites = new ArrayList<>();
        String given = System.getProperty("bench.sites", "");
        if (!given.isBlank()) {
            Arrays.stream(given.split(",")).map(Path::of).forEach(sites::add);
        } else {
            Path work = Files.createTempDirectory("sharded-bench");
            sites.add(build(Path.of("content"), work.resolve("site-1x")));
            sites.add(build(ScaledNotes.write(Path.of("content"), work.resolve("notes-10x"), 10), work.resolve("site-10x")));
        }
        boolean pagefind = Boolean.getBoolean("bench.pagefind");
        List<String> queries = System.getProperty("bench.queries", "").isBlank() ? QUERIES
                : List.of(System.getProperty("bench.queries").split("\\|"));
        System.out.println("site | first query KiB gzip (requests) | later queries KiB gzip: median / max | first result ms: first / median later");
        for (Path site : sites) {
            try (GzipServer server = new GzipServer(site); Browser browser = new Browser(1280, 900)) {
                WebDriver driver = browser.driver();
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
                driver.get(server.url() + "index.html");
                JavascriptExecutor js = (JavascriptExecutor) driver;
                Thread.sleep(500); // the page and what it loads itself
                List<long[]> perQuery = new ArrayList<>();
                for (int i = 0; i < queries.size(); i++) {
                    long[] before = server.counts();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> r = (Map<String, Object>) js.executeAsyncScript(pagefind ? PAGEFIND : BOX,
                            queries.get(i), i == 0);
                    long[] after = server.counts();
                    long bytes = after[0] - before[0];
                    long requests = after[1] - before[1];
                    if (i == 0 && !pagefind) { // the search script came with the page
                        bytes += GzipServer.gzip(site.resolve("assets/search.js")).length;
                        requests++;
                    }
                    perQuery.add(new long[] {bytes, requests, ((Number) r.get("ms")).longValue(),
                            ((Number) r.get("results")).longValue()});
                }
                long[] later = perQuery.subList(1, perQuery.size()).stream().mapToLong(q -> q[0]).sorted().toArray();
                long[] laterMs = perQuery.subList(1, perQuery.size()).stream().mapToLong(q -> q[2]).sorted().toArray();
                System.out.printf("%s%s | %.1f (%d) | %.1f / %.1f | %d / %d%n", site, pagefind ? " (Pagefind)" : "",
                        perQuery.get(0)[0] / 1024.0, perQuery.get(0)[1], later[later.length / 2] / 1024.0,
                        later[later.length - 1] / 1024.0, perQuery.get(0)[2], laterMs[laterMs.length / 2]);
                for (int i = 0; i < queries.size(); i++) {
                    System.out.printf("    %-24s %8.1f KiB %3d requests %5d ms %4d results%n", queries.get(i),
                            perQuery.get(i)[0] / 1024.0, perQuery.get(i)[1], perQuery.get(i)[2], perQuery.get(i)[3]);
                }
            }
        }
    }

    /**
     * Types the query into the search box and waits for its results; counts the gzip bytes of every resource
     * fetched since the previous query (for the first: since the page started, search script included).
     */
    private static final String BOX = """
            var done = arguments[arguments.length - 1], text = arguments[0], first = arguments[1];
            function fetched() {
              return performance.getEntriesByType('resource').filter(function (e) {
                return first ? /search|lunr/.test(e.name) : true;
              });
            }
            performance.setResourceTimingBufferSize(100000);
            if (!first) performance.clearResourceTimings();
            var input = document.getElementById('sg-search-input');
            input.focus();
            document.getElementById('sg-search-list').textContent = '';
            document.querySelector('#sg-search-results .sg-search-message').textContent = '';
            var start = performance.now();
            input.value = text;
            input.dispatchEvent(new Event('input'));
            (function wait() {
              var titles = document.querySelectorAll('#sg-search-results .sg-result');
              var message = document.querySelector('#sg-search-results .sg-search-message');
              if (titles.length || (message && /No results/.test(message.textContent))) {
                var ms = performance.now() - start;
                setTimeout(function () {
                  var entries = fetched();
                  done({ bytes: entries.reduce(function (s, e) { return s + e.encodedBodySize; }, 0), requests: entries.length,
                         ms: Math.round(ms), results: titles.length });
                }, 300);
              } else setTimeout(wait, 5);
            })();
            """;

    /** The same through Pagefind's API: search, then the data of the first ten results, as its UI shows them. */
    private static final String PAGEFIND = """
            var done = arguments[arguments.length - 1], text = arguments[0], first = arguments[1];
            performance.setResourceTimingBufferSize(100000);
            if (!first) performance.clearResourceTimings();
            var start = performance.now();
            (window.__pf || (window.__pf = import('./pagefind/pagefind.js').then(function (p) { return p.init().then(function () { return p; }); })))
              .then(function (p) { return p.search(text); })
              .then(function (s) {
                return Promise.all(s.results.slice(0, 10).map(function (r) { return r.data(); })).then(function () {
                  var ms = performance.now() - start;
                  var entries = performance.getEntriesByType('resource').filter(function (e) { return !first || /pagefind/.test(e.name); });
                  done({ bytes: entries.reduce(function (s, e) { return s + e.encodedBodySize; }, 0),
                         requests: entries.length, ms: Math.round(ms), results: s.results.length });
                });
              });
            """;

    private static Path build(Path notes, Path site) {
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(notes, Path.of("templates"), site, "Guide",
                Optional.empty(), Optional.empty()).withWholeSearchIndex(true));
        return site;
    }

    /** Serves a site on loopback, gzip-compressing every response as GitHub Pages does. */
    static final class GzipServer implements AutoCloseable {
        private final HttpServer server;
        private final AtomicLong bytes = new AtomicLong();
        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong searchBytes = new AtomicLong();
        private final AtomicLong searchRequests = new AtomicLong();

        GzipServer(Path root) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> serve(root, exchange));
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/guide/";
        }

        /** Gzip body bytes and requests served so far. */
        long[] counts() {
            return new long[] {bytes.get(), requests.get()};
        }

        /** The same of search files only: the search script, lunr, the engine and search/. */
        long[] searchCounts() {
            return new long[] {searchBytes.get(), searchRequests.get()};
        }

        static byte[] gzip(Path file) throws IOException {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
                out.write(Files.readAllBytes(file));
            }
            return gz.toByteArray();
        }

        private void serve(Path root, HttpExchange exchange) throws IOException {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                Path file = path.startsWith("/guide/") ? root.resolve(path.substring(7).isEmpty() ? "index.html"
                        : path.substring(7)).normalize() : null;
                if (file == null || !file.startsWith(root) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String name = file.getFileName().toString();
                String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".js") || name.endsWith(".mjs")
                        ? "text/javascript; charset=utf-8" : name.endsWith(".css") ? "text/css" : name.endsWith(".json")
                        ? "application/json" : "application/octet-stream";
                byte[] gz = gzip(file);
                bytes.addAndGet(gz.length);
                requests.incrementAndGet();
                if (path.contains("/search/") || path.matches(".*/assets/(search|search-engine|lunr\\.min)\\.js")) {
                    searchBytes.addAndGet(gz.length);
                    searchRequests.incrementAndGet();
                }
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                exchange.getResponseHeaders().set("Cache-Control", "max-age=600");
                exchange.sendResponseHeaders(200, gz.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(gz);
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
