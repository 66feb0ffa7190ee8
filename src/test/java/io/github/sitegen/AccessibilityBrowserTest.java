package io.github.sitegen;

import io.github.sitegen.support.Browser;
import io.github.sitegen.support.BuiltGuide;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** axe-core, from its WebJar, run inside real Chromium on each kind of page, in both themes. */
@Tag("browser")
class AccessibilityBrowserTest {
    private static final String AXE_RESOURCE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))),
              e => done(['axe failed: ' + e]));
            """;

    static String axe;

    @BeforeAll
    static void loadAxe() throws IOException {
        try (InputStream in = AccessibilityBrowserTest.class.getClassLoader().getResourceAsStream(AXE_RESOURCE)) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0} in {1} theme")
    @CsvSource({
            "index.html, light", "index.html, dark",
            "django-complete-guide/querysets--database-queries.html, light",
            "django-complete-guide/querysets--database-queries.html, dark",
            "django-quick-notes/quick-django-notes.html, light",
            "404.html, light",
            "topics/signals.html, light", "topics/signals.html, dark",
            "practice.html, light", "practice.html, dark", "practice-revealed, light",
            "django-interview-questions/middleware-and-signals.html, light",
            "django-interview-questions/middleware-and-signals.html, dark",
            "duplicates.html, light", "duplicates.html, dark",
            "search, light", "search, dark",
            "phone-search, light", "phone-search, dark",
            "phone-page, light", "phone-page, dark",
            "marked, light", "marked, dark",
            "self-test, light",
    })
    void noSeriousOrCriticalViolations(String page, String theme) {
        boolean phone = page.startsWith("phone-");
        try (Browser browser = phone ? Browser.phone(390, 844) : new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            String path = switch (page) {
                case "search", "self-test", "phone-search", "phone-page" -> "django-interview-questions/core-concepts.html";
                case "marked" -> "django-interview-questions/middleware-and-signals.html";
                case "practice-revealed" -> "practice.html";
                default -> page;
            };
            // a page a search result led to, with the searched words marked
            driver.get(BuiltGuide.file(path) + (page.equals("marked") ? "?h=custom%20middleware" : ""));
            js.executeScript("document.documentElement.setAttribute('data-theme', arguments[0])", theme);
            if (page.equals("search") || page.equals("phone-search")) {
                if (phone) {
                    driver.findElement(By.cssSelector(".sg-search-open")).click();
                }
                driver.findElement(By.id("sg-search-input")).sendKeys("signals");
                new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(d -> !d.findElements(By.cssSelector("#sg-search-list .sg-result")).isEmpty());
            } else if (page.equals("marked")) {
                assertThat(driver.findElements(By.cssSelector("mark.sg-hit"))).isNotEmpty();
            } else if (page.equals("practice-revealed")) {
                driver.findElement(By.id("sg-card-reveal")).click();
            } else if (page.equals("self-test")) {
                driver.findElement(By.cssSelector(".sg-hide-all")).click();
            }
            js.executeScript(axe);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) js.executeAsyncScript(RUN_AXE);
            // one picture of each page type and theme, under target/screenshots/, for a reviewer
            browser.screenshot("type-" + page.replaceAll("[^a-z0-9]+", "-").replaceAll("-html$", "") + "-" + theme);
            assertThat(violations).as(page + " (" + theme + ")").isEmpty();
        }
    }
}
