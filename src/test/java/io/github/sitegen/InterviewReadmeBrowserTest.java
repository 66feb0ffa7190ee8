package io.github.sitegen;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.support.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 11 in real Chromium: a long inline {@code code} span on a phone; what GitHub shows beyond Markdown, through axe. */
@Tag("browser")
class InterviewReadmeBrowserTest {
    @TempDir
    Path work;

    @Test
    void aLongInlineCodeSpanWrapsInsteadOfWideningThePageOnAPhone() {
        Path site = work.resolve("site");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(Path.of("src/test/resources/notes/files"),
                Path.of("templates"), site, "Sample", Optional.empty(), Optional.empty()));
        try (Browser browser = new Browser(360, 740)) {
            WebDriver driver = browser.driver();
            driver.get(site.resolve("painting/painting.html").toUri().toString());
            var code = driver.findElement(By.xpath("//p/code[contains(., 'ManifestStaticFilesStorage')]"));
            JavascriptExecutor js = (JavascriptExecutor) driver;
            long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
            assertThat(scrollWidth).as("nothing wider than a 360 px phone").isLessThanOrEqualTo(360);
            Number right = (Number) js.executeScript("return arguments[0].getBoundingClientRect().right", code);
            assertThat(right.doubleValue()).as("the code span itself stays on screen").isLessThanOrEqualTo(360.0);
            browser.screenshot("inline-code-phone");
        }
    }

    @Test
    void tasksAlertsFootnotesAndListItemQuestionsHaveNoSeriousOrCriticalViolations() throws Exception {
        Path site = work.resolve("a11y");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(Path.of("src/test/resources/notes/files"),
                Path.of("templates"), site, "Sample", Optional.empty(), Optional.empty()));
        AccessibilityBrowserTest.loadAxe();
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            for (String theme : List.of("light", "dark")) {
                driver.get(site.resolve("rendering/rendering-notes.html").toUri().toString());
                js.executeScript("document.documentElement.setAttribute('data-theme', arguments[0])", theme);
                js.executeScript(AccessibilityBrowserTest.axe);
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
                @SuppressWarnings("unchecked")
                List<String> violations = (List<String>) js.executeAsyncScript(AccessibilityBrowserTest.RUN_AXE);
                browser.screenshot("type-github-features-" + theme);
                assertThat(violations).as(theme).isEmpty();
            }
        }
    }
}
