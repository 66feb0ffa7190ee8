package io.github.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sitegen.support.Browser;
import io.github.sitegen.support.BuiltGuide;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * {@code window.siteGenSearch.query} in real Chromium, from disk and under a sub-path over loopback HTTP,
 * against lunr.js over the whole index (in node): the same refs, order and scores, from parts loaded as scripts.
 */
@Tag("browser")
class ShardedSearchBrowserTest {

    @Test
    void fromDiskQueriesAnswerAsLunrOverTheWholeIndex() throws Exception {
        List<String> queries = ShardedSearchDifferentialTest.queries(BuiltGuide.site());
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < queries.size(); i += 6) {
            sample.add(queries.get(i));
        }
        try (Browser browser = new Browser(1280, 900)) {
            assertAnswersAsLunr(browser.driver(), BuiltGuide.file("index.html"), sample);
        }
    }

    @Test
    void underASubPathAQueryLoadsOnlyThePartsOfItsTerms() throws Exception {
        List<String> queries = List.of("select related", "null blank", "sel*", "middlewar~1", "+signal -django",
                "title:csrf", "-django", "queryset^10 filter");
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            assertAnswersAsLunr(driver, BuiltGuide.http() + "django-complete-guide/models.html", queries.subList(0, 1));
            @SuppressWarnings("unchecked")
            List<String> loaded = (List<String>) ((JavascriptExecutor) driver).executeScript(
                    "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
            List<String> index = loaded.stream().filter(n -> n.contains("/search/index-")).toList();
            assertThat(loaded).allMatch(n -> n.startsWith(BuiltGuide.http()))
                    .noneMatch(n -> n.contains("search-index.json") || n.contains("search-store.json"))
                    .anyMatch(n -> n.endsWith("/django-guide/search/manifest.js"));
            assertThat(index).as("index parts of 'select related'").hasSizeBetween(1, 2);
            assertAnswersAsLunr(driver, null, queries);
        }
    }

    /** Runs each query with {@code window.siteGenSearch.query} on the page and compares with lunr in node. */
    private static void assertAnswersAsLunr(WebDriver driver, String page, List<String> queries) throws Exception {
        JsonNode expected = ShardedSearchDifferentialTest.harness(BuiltGuide.site(), queries).get("expected");
        if (page != null) {
            driver.get(page);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        for (int i = 0; i < queries.size(); i++) {
            Object got = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "window.siteGenSearch.query(arguments[0]).then("
                    + "function (r) { done(JSON.stringify(r.map(function (x) { return [x.ref, x.score]; }))); },"
                    + "function (e) { done(e && e.name === 'QueryParseError' ? JSON.stringify({ error: true }) : 'failed: ' + e); })",
                    queries.get(i));
            assertThat(got).as(queries.get(i)).isEqualTo(expected.get(i).asText());
        }
    }
}
