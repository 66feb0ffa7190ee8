package io.github.sitegen;

import io.github.sitegen.search.SearchQuestions;
import io.github.sitegen.support.Browser;
import io.github.sitegen.support.BuiltGuide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader searching the built guide in real headless Chromium, with the prebuilt lunr index. */
@Tag("browser")
class SearchBrowserTest {
    private static final String NULL_BLANK = "3-what-is-the-difference-between-djangos-nulltrue-and-blanktrue";

    /**
     * Resolves, once the list shows the results of the box's text, to {shown: refs on screen, engine: refs of
     * siteGenSearch.find(text), the box's ranking, as many as are shown, top: the first three links}.
     */
    static final String SETTLED = """
            var done = arguments[arguments.length - 1], text = arguments[0];
            var list = document.getElementById('sg-search-list');
            function shown() {
              return list.hidden ? [] : Array.prototype.map.call(list.querySelectorAll('.sg-result'), function (a) { return a.getAttribute('data-ref'); });
            }
            window.siteGenSearch.find(text).then(function (results) {
              var engine = results.map(function (r) { return r.ref; });
              (function wait() {
                var now = shown();
                if (now.length && now.join() === engine.slice(0, now.length).join()) {
                  done({ shown: now, engine: engine.slice(0, now.length), top: Array.prototype.slice.call(list.querySelectorAll('.sg-result'), 0, 3)
                    .map(function (a) { return a.href; }) });
                } else setTimeout(wait, 10);
              })();
            });
            """;

    private static List<WebElement> results(WebDriver driver, String firstTitleContains) {
        // the list is redrawn as results refine: a title read just as it is replaced is looked up again
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#sg-search-list .sg-result-title"));
            return !found.isEmpty() && found.get(0).getText().contains(firstTitleContains);
        });
        return driver.findElements(By.cssSelector("#sg-search-list .sg-result"));
    }

    private static String panelText(WebDriver driver) {
        return driver.findElement(By.id("sg-search-results")).getText();
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> settled(WebDriver driver, String text) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(SETTLED, text);
    }

    @Test
    void fromDiskSlashFocusesSearchAndEnterOpensTheQuestionWithTheSearchedWordsMarkedUntilCleared() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.file("django-complete-guide/models.html"));
            new Actions(driver).sendKeys("/").perform();
            WebElement input = driver.switchTo().activeElement();
            assertThat(input.getAttribute("id")).isEqualTo("sg-search-input");
            input.sendKeys("null blank");
            List<WebElement> results = results(driver, "null=True and blank=True");
            assertThat(results.get(0).findElements(By.tagName("mark"))).isNotEmpty();
            browser.screenshot("search-results");
            input.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("#" + NULL_BLANK));
            assertThat(driver.getCurrentUrl()).startsWith("file:").contains("/django-interview-questions/core-concepts.html?h=null%20blank#");
            Number top = (Number) js(driver, "return document.getElementById(arguments[0]).getBoundingClientRect().top", NULL_BLANK);
            assertThat(top.doubleValue()).isBetween(0.0, 300.0);

            // the words are marked in the page's text, and a bar says so and clears them
            List<WebElement> marks = driver.findElements(By.cssSelector(".sg-content mark.sg-hit"));
            assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText().toLowerCase()).matches("(null|blank).*"));
            WebElement bar = driver.findElement(By.cssSelector(".sg-hits"));
            assertThat(bar.getText()).contains("“null blank”");
            browser.screenshot("search-landed-marked");
            bar.findElement(By.tagName("button")).click();
            assertThat(driver.findElements(By.cssSelector("mark.sg-hit"))).isEmpty();
            assertThat(driver.findElements(By.cssSelector(".sg-hits"))).isEmpty();
            assertThat(driver.getCurrentUrl()).doesNotContain("?h=").endsWith("core-concepts.html#" + NULL_BLANK);
        }
    }

    @Test
    void underASubPathResultsAreShownInTheirRankOrderAndArrowKeysChooseOne() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.http() + "index.html");
            WebElement input = driver.findElement(By.id("sg-search-input"));
            input.click();
            input.sendKeys("middleware");
            Map<String, Object> settled = settled(driver, "middleware");
            // what is shown first is what ranks first: the list is the ranking, not pages' hits grouped together
            assertThat((List<?>) settled.get("shown")).hasSize(8).isEqualTo(settled.get("engine"));
            List<WebElement> results = driver.findElements(By.cssSelector("#sg-search-list .sg-result"));
            String second = results.get(1).getAttribute("href");
            input.sendKeys(Keys.ARROW_DOWN);
            assertThat(results.get(1).getAttribute("aria-selected")).isEqualTo("true");
            assertThat(input.getAttribute("aria-activedescendant")).isEqualTo(results.get(1).getAttribute("id"));
            input.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(second));
            assertThat(second).startsWith(BuiltGuide.http()).contains("?h=middleware#");
        }
    }

    @Test
    void aQueryPastedBeforeTheSearchFilesLoadedWaitsForThemInsteadOfFailing() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.http() + "index.html");
            // nothing has asked for lunr yet (no focus, no pointer): the whole query arrives at once, as a paste does
            assertThat(js(driver, "return typeof window.lunr")).isEqualTo("undefined");
            js(driver, "var input = document.getElementById('sg-search-input'); input.value = 'select related';"
                    + " input.dispatchEvent(new Event('input'));");
            assertThat(results(driver, "")).isNotEmpty();
            assertThat(panelText(driver)).doesNotContain("Search is unavailable");
        }
    }

    @Test
    void theFortyQuestionsOfAStudentFindTheirQuestionAmongTheFirstThreeShown() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.http() + "index.html");
            WebElement input = driver.findElement(By.id("sg-search-input"));
            input.click();
            List<String> missed = new ArrayList<>();
            List<SearchQuestions.Question> questions = SearchQuestions.all();
            for (SearchQuestions.Question question : questions) {
                js(driver, "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", input, question.query());
                Map<String, Object> settled = settled(driver, question.query());
                assertThat((List<?>) settled.get("shown")).as(question.query()).isEqualTo(settled.get("engine"));
                @SuppressWarnings("unchecked")
                List<String> top = (List<String>) settled.get("top");
                if (!question.foundIn(top, BuiltGuide.http(), BuiltGuide.site())) {
                    missed.add(question.query() + " -> " + top);
                }
            }
            assertThat(questions).hasSize(40);
            assertThat(missed).as("questions not among the first three results shown").hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void typedAKeyEvery60MsTheResultsRefineAndTheListNeverGoesEmpty() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.http() + "index.html");
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            String text = "difference between select related and prefetch related";
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
                    var done = arguments[arguments.length - 1], text = arguments[0];
                    var input = document.getElementById('sg-search-input'), list = document.getElementById('sg-search-list');
                    var had = false, empties = 0, lists = {}, typed = false;
                    input.focus();
                    var i = 0;
                    (function key() {
                      input.value = text.slice(0, ++i);
                      input.dispatchEvent(new Event('input'));
                      if (i < text.length) setTimeout(key, 60); else typed = true;
                    })();
                    var quiet = 0;
                    (function watch() {
                      var now = list.hidden ? '' : Array.prototype.map.call(list.querySelectorAll('.sg-result'), function (a) { return a.getAttribute('data-ref'); }).join();
                      if (had && !now) empties++;
                      if (now) { had = true; lists[now] = true; }
                      quiet = typed && now === watch.last ? quiet + 1 : 0;
                      watch.last = now;
                      if (quiet > 100) done({ empties: empties, lists: Object.keys(lists).length, last: now });
                      else setTimeout(watch, 5);
                    })();
                    """, text);
            assertThat(((Number) typed.get("empties")).intValue()).as("times the list went empty once it had results").isZero();
            assertThat(((Number) typed.get("lists")).intValue()).as("different lists shown while typing").isGreaterThan(1);
            Map<String, Object> settled = settled(driver, text);
            assertThat(String.join(",", (List<String>) settled.get("engine"))).isEqualTo(typed.get("last"));
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"360, 740", "390, 844"})
    void onAPhoneSearchFillsTheScreenWithEveryResultOnItAndEscapeCloses(int width, int height) {
        try (Browser browser = Browser.phone(width, height)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.http() + "django-interview-questions/core-concepts.html");
            WebElement open = driver.findElement(By.cssSelector(".sg-search-open"));
            WebElement input = driver.findElement(By.id("sg-search-input"));
            assertThat(input.isDisplayed()).as("the box waits behind the header's button").isFalse();
            open.click();
            assertThat(driver.switchTo().activeElement()).isEqualTo(input);
            input.sendKeys("custom middleware");
            settled(driver, "custom middleware");
            assertThat(rect(driver, input)).satisfies(r -> {
                assertThat(r[0]).isGreaterThanOrEqualTo(0);
                assertThat(r[2]).as("input width").isGreaterThanOrEqualTo(width * 0.6);
                assertThat(r[0] + r[2]).isLessThanOrEqualTo(width);
            });
            List<WebElement> results = driver.findElements(By.cssSelector("#sg-search-list .sg-result"));
            assertThat(results).hasSize(8).allSatisfy(result -> {
                double[] r = rect(driver, result);
                assertThat(r[0]).as("left of " + result.getText()).isGreaterThanOrEqualTo(0);
                assertThat(r[0] + r[2]).as("right of " + result.getText()).isLessThanOrEqualTo(width);
            });
            assertThat((Long) js(driver, "return document.documentElement.scrollWidth")).isLessThanOrEqualTo(width);
            browser.screenshot("phone-search-" + width);
            input.sendKeys(Keys.ESCAPE);
            assertThat(input.isDisplayed()).isFalse();
            assertThat(driver.switchTo().activeElement()).isEqualTo(open);
            assertThat(open.getAttribute("aria-expanded")).isEqualTo("false");
        }
    }

    private static double[] rect(WebDriver driver, WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) js(driver, "var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height];", element);
        return r.stream().mapToDouble(Number::doubleValue).toArray();
    }

    @Test
    void lunrSyntaxTypedByAccidentNeverShowsAnErrorAndEmptyStatesSayWhatHappened() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.http() + "index.html");
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript("window.__errors = []; window.addEventListener('error', e => window.__errors.push(e.message));");
            WebElement input = driver.findElement(By.id("sg-search-input"));
            input.click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> panelText(d).contains("Type to search"));
            for (String query : List.of("title:", "signals~", "^2", "+", "-middleware +", "csrf:token", "\"unclosed")) {
                input.clear();
                input.sendKeys(query);
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !panelText(d).contains("Searching"));
                // lunr's own parse errors never reach the reader: there are results, or a plain message
                assertThat(panelText(driver)).as(query).doesNotContain("QueryParseError").doesNotContain("expecting");
                assertThat(driver.findElements(By.cssSelector("#sg-search-list .sg-result, #sg-search-results .sg-search-message")))
                        .as(query).anyMatch(WebElement::isDisplayed);
            }
            input.clear();
            input.sendKeys("signals~1");
            results(driver, "ignal");
            // only stop words, which lunr indexes in no document: nothing, not every document
            input.clear();
            input.sendKeys("how to");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> panelText(d).contains("No results for “how to”"));
            input.clear();
            input.sendKeys("zzzzqqq");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> panelText(d).contains("No results for “zzzzqqq”"));
            assertThat((List<?>) js.executeScript("return window.__errors")).isEmpty();
        }
    }
}
