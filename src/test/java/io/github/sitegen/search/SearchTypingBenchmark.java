package io.github.sitegen.search;

import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A reader typing into the search box at 60 ms a key, in real Chromium over loopback HTTP with gzip, as GitHub
 * Pages serves it: for each of the 40 questions of {@code search/questions.tsv}, on a freshly loaded page with an
 * empty browser cache, the box is focused and the question typed. Printed per query and as medians: the time from
 * the first key to the first result shown, from the last key to the final results, how often the list went empty
 * once it had results (it should never), the requests and gzip KiB of search files (search script, lunr, engine,
 * parts; the page's own files not counted), and whether the question is among the three results shown first.
 *
 * <p>Run by hand, not part of {@code mvn install}:
 * {@code mvn test -Dtest=SearchTypingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dbench.sites=a,b}
 * measures built sites instead of building content/; {@code -Dbench.keyMs=60} the typing speed;
 * {@code -Dbench.focusMs=0} the pause between focusing the box and the first key.
 */
class SearchTypingBenchmark {

    @Test
    void typingTheFortyQuestions() throws Exception {
        List<Path> sites = new ArrayList<>();
        String given = System.getProperty("bench.sites", "");
        if (!given.isBlank()) {
            Arrays.stream(given.split(",")).map(Path::of).forEach(sites::add);
        } else {
            Path site = Files.createTempDirectory("typing-bench").resolve("site");
            new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(Path.of("content"), Path.of("templates"), site,
                    "Guide", Optional.empty(), Optional.empty()));
            sites.add(site);
        }
        int keyMs = Integer.getInteger("bench.keyMs", 60);
        int focusMs = Integer.getInteger("bench.focusMs", 0);
        List<SearchQuestions.Question> questions = SearchQuestions.all();
        System.out.printf("load average %s; %d questions typed at %d ms a key, %d ms after focus%n",
                Files.readString(Path.of("/proc/loadavg")).strip(), questions.size(), keyMs, focusMs);
        for (Path site : sites) {
            List<long[]> rows = new ArrayList<>();
            int found = 0;
            try (ShardedSearchBenchmark.GzipServer server = new ShardedSearchBenchmark.GzipServer(site);
                 Browser browser = new Browser(1280, 900)) {
                ChromeDriver driver = (ChromeDriver) browser.driver();
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
                System.out.println(site);
                System.out.println("    query                                      first ms  final ms  empties  requests  KiB gzip  in top 3");
                for (SearchQuestions.Question question : questions) {
                    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
                    driver.get(server.url() + "index.html");
                    long[] before = server.searchCounts();
                    @SuppressWarnings("unchecked")
                    Map<String, Object> r = (Map<String, Object>) ((JavascriptExecutor) driver)
                            .executeAsyncScript(TYPE, question.query(), keyMs, focusMs);
                    long[] after = server.searchCounts();
                    // the search script came with the page, before the count started
                    long requests = after[1] - before[1] + 1;
                    long bytes = after[0] - before[0] + ShardedSearchBenchmark.GzipServer.gzip(site.resolve("assets/search.js")).length;
                    @SuppressWarnings("unchecked")
                    boolean hit = question.foundIn((List<String>) r.get("top"), server.url(), site);
                    found += hit ? 1 : 0;
                    long[] row = {((Number) r.get("first")).longValue(), ((Number) r.get("final")).longValue(),
                            ((Number) r.get("empties")).longValue(), requests, bytes};
                    rows.add(row);
                    System.out.printf("    %-42s %8d  %8d  %7d  %8d  %8.1f  %s%n", question.query(), row[0], row[1], row[2], row[3],
                            row[4] / 1024.0, hit ? "yes" : "NO");
                }
            }
            System.out.printf("%s: medians: first result %d ms after the first key, final results %d ms after the last key, "
                            + "%d requests, %.1f KiB; at most %d requests; lists gone empty: %d; question in the top 3 shown: %d of %d%n",
                    site, median(rows, 0), median(rows, 1), median(rows, 3), median(rows, 4) / 1024.0,
                    rows.stream().mapToLong(r -> r[3]).max().orElse(0), rows.stream().mapToLong(r -> r[2]).sum(), found,
                    questions.size());
        }
    }

    private static long median(List<long[]> rows, int column) {
        long[] values = rows.stream().mapToLong(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }

    /**
     * Focuses the box, types the text a key every keyMs ms, and watches the list: when the first result showed, how
     * often it went empty again, and when the results of the whole text were shown (the list then stays as it is
     * for 400 ms). Answers with the hrefs of the first three results.
     */
    private static final String TYPE = """
            var done = arguments[arguments.length - 1], text = arguments[0], keyMs = arguments[1], focusMs = arguments[2];
            var input = document.getElementById('sg-search-input');
            var list = document.getElementById('sg-search-list');
            var first = -1, empties = 0, had = false, lastChange = 0, start = 0, lastKey = 0;
            function results() { return list.hidden ? [] : list.querySelectorAll('.sg-result'); }
            var seen = '';
            function watch() {
              var now = performance.now();
              var r = results();
              var key = Array.prototype.map.call(r, function (a) { return a.getAttribute('data-ref'); }).join(',');
              if (r.length && first < 0) first = now - start;
              if (!r.length && had) empties++;
              had = r.length > 0;
              if (key !== seen) { seen = key; lastChange = now; }
              if (lastKey && now - Math.max(lastKey, lastChange) > 400) {
                done({ first: Math.round(first), final: Math.round(Math.max(0, lastChange - lastKey)), empties: empties,
                       top: Array.prototype.slice.call(r, 0, 3).map(function (a) { return a.href; }) });
              } else setTimeout(watch, 2);
            }
            input.focus();
            setTimeout(function () {
              start = performance.now();
              var i = 0;
              (function key() {
                input.value = text.slice(0, ++i);
                input.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text.charAt(i - 1) }));
                if (i < text.length) setTimeout(key, keyMs); else lastKey = performance.now();
              })();
              watch();
            }, focusMs);
            """;
}
