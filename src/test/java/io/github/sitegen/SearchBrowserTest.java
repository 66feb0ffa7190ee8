package io.github.sitegen;

import io.github.sitegen.support.Browser;
import io.github.sitegen.support.BuiltGuide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader searching the built guide in real headless Chromium, with the prebuilt lunr index. */
@Tag("browser")
class SearchBrowserTest {
    private static final String NULL_BLANK = "3-what-is-the-difference-between-djangos-nulltrue-and-blanktrue";



    private static List<WebElement> results(WebDriver driver, String firstTitleContains) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#sg-search-results .sg-result-title"));
            return !found.isEmpty() && found.get(0).getText().contains(firstTitleContains);
        });
        return driver.findElements(By.cssSelector("#sg-search-results .sg-result"));
    }

    private static String panelText(WebDriver driver) {
        return driver.findElement(By.id("sg-search-results")).getText();
    }

    @Test
    void fromDiskSlashFocusesSearchAndEnterOpensTheQuestionAtItsAnchor() {
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
            assertThat(driver.getCurrentUrl()).startsWith("file:").contains("/django-interview-questions/core-concepts.html#");
            Number top = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById(arguments[0]).getBoundingClientRect().top", NULL_BLANK);
            assertThat(top.doubleValue()).isBetween(0.0, 300.0);
        }
    }

    @Test
    void underASubPathArrowKeysChooseAResultAndResultsAreGroupedByPage() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.http() + "index.html");
            WebElement input = driver.findElement(By.id("sg-search-input"));
            input.click();
            input.sendKeys("select related");
            List<WebElement> results = results(driver, "Select Related and Prefetch Related");
            assertThat(results).hasSizeGreaterThan(2);
            assertThat(driver.findElements(By.cssSelector("#sg-search-results .sg-result-page"))).isNotEmpty();
            String second = results.get(1).getAttribute("href");
            input.sendKeys(Keys.ARROW_DOWN);
            assertThat(results.get(1).getAttribute("aria-selected")).isEqualTo("true");
            input.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(second));
            assertThat(second).startsWith(BuiltGuide.http()).contains("#");
        }
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
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !panelText(d).contains("Loading"));
                // lunr's own parse errors never reach the reader: there are results, or a plain message
                assertThat(panelText(driver)).as(query).doesNotContain("QueryParseError").doesNotContain("expecting");
                assertThat(driver.findElements(By.cssSelector("#sg-search-results .sg-result, #sg-search-results .sg-search-message")))
                        .as(query).isNotEmpty();
            }
            input.clear();
            input.sendKeys("signals~1");
            results(driver, "ignal");
            input.clear();
            input.sendKeys("zzzzqqq");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> panelText(d).contains("No results for “zzzzqqq”"));
            assertThat((List<?>) js.executeScript("return window.__errors")).isEmpty();
        }
    }
}
