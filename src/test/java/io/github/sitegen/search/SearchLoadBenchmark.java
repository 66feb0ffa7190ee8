package io.github.sitegen.search;

import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.support.Browser;
import io.github.sitegen.support.StaticServer;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Prints what the search costs a reader: index size on the wire and, in real headless
 * Chromium, the time to fetch and parse the index script, lunr.Index.load, and the first
 * query. Not a test: run it by hand, e.g.
 * {@code java -cp target/test-classes:target/classes:$(cat target/test.classpath) io.github.sitegen.search.SearchLoadBenchmark 5}
 */
public final class SearchLoadBenchmark {
    private static final String MEASURE = """
            const done = arguments[arguments.length - 1];
            const t0 = performance.now();
            const s1 = document.createElement('script');
            s1.src = 'assets/lunr.min.js';
            s1.onload = () => {
              const s2 = document.createElement('script');
              s2.src = 'search-index.js';
              s2.onload = () => {
                const t1 = performance.now();
                const idx = lunr.Index.load(window.siteGenSearch.index);
                const t2 = performance.now();
                const hits = idx.search('select related').length;
                const t3 = performance.now();
                done({script: t1 - t0, load: t2 - t1, query: t3 - t2, hits: hits});
              };
              document.head.appendChild(s2);
            };
            document.head.appendChild(s1);
            """;

    private SearchLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path site = Files.createTempDirectory("sitegen-bench-").resolve("site-output");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(Path.of("content"), Path.of("templates"), site,
                "Guide", Optional.empty(), Optional.empty()));
        for (String file : List.of("search-index.json", "search-store.json", "search-index.js")) {
            byte[] bytes = Files.readAllBytes(site.resolve(file));
            System.out.printf("%-18s %,10d bytes, gzip %,9d bytes%n", file, bytes.length, gzip(bytes));
        }
        try (StaticServer server = new StaticServer(site, "/guide/")) {
            for (String where : List.of("file", "http")) {
                for (int i = 0; i < runs; i++) {
                    // a new browser each run: nothing cached, as on a reader's first search
                    try (Browser browser = new Browser(1280, 900)) {
                        WebDriver driver = browser.driver();
                        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
                        driver.get(where.equals("file") ? site.resolve("index.html").toUri().toString() : server.url() + "index.html");
                        @SuppressWarnings("unchecked")
                        Map<String, Object> t = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(MEASURE);
                        System.out.printf("%s run %d: fetch+parse scripts %6.1f ms, lunr.Index.load %6.1f ms, first query %5.1f ms (%s hits)%n",
                                where, i + 1, num(t.get("script")), num(t.get("load")), num(t.get("query")), t.get("hits"));
                    }
                }
            }
        }
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    private static int gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.size();
    }
}
