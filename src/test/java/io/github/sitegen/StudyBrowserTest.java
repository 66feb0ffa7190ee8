package io.github.sitegen;

import io.github.sitegen.support.Browser;
import io.github.sitegen.support.BuiltGuide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasPermissions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Studying with the built guide in real headless Chromium: cards, themes, keys, code. */
@Tag("browser")
class StudyBrowserTest {
    private static String url(String page) {
        return BuiltGuide.file(page);
    }

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void eachAnswerFoldsAndHideAllTurnsThePageIntoASelfTest() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(url("django-interview-questions/core-concepts.html"));
            List<WebElement> answers = driver.findElements(By.cssSelector(".sg-question > .sg-answer"));
            assertThat(answers).hasSizeGreaterThan(2).allSatisfy(a -> assertThat(a.isDisplayed()).isTrue());
            WebElement firstToggle = driver.findElement(By.cssSelector(".sg-question > .sg-answer-toggle"));
            firstToggle.click();
            assertThat(answers.get(0).isDisplayed()).isFalse();
            assertThat(firstToggle.getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(answers.get(1).isDisplayed()).isTrue();

            WebElement hideAll = driver.findElement(By.cssSelector(".sg-hide-all"));
            hideAll.click();
            assertThat(answers).allSatisfy(a -> assertThat(a.isDisplayed()).isFalse());
            assertThat(driver.findElements(By.cssSelector(".sg-question > :is(h2, h3, h4, h5, h6)"))).allSatisfy(h -> assertThat(h.isDisplayed()).isTrue());
            browser.screenshot("page-self-test");
            hideAll.click();
            assertThat(answers).allSatisfy(a -> assertThat(a.isDisplayed()).isTrue());
        }
    }

    @Test
    void practiceCardsRevealAndAGradeShowsTheNextCardAndATopicsSetHoldsItsQuestions() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(url("practice.html"));
            WebElement status = driver.findElement(By.id("sg-practice-status"));
            assertThat(status.getText()).matches("0 due today · 20 new · 0 of \\d+ known in this set\\.");
            String question = driver.findElement(By.id("sg-card-question")).getText();
            assertThat(driver.findElement(By.id("sg-card-answer")).isDisplayed()).isFalse();
            new Actions(driver).sendKeys(" ").perform();
            assertThat(driver.findElement(By.id("sg-card-answer")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("sg-card-answer")).getText()).isNotBlank();
            assertThat(driver.findElement(By.id("sg-card-reveal")).isDisplayed()).as("reveal button gone once revealed").isFalse();
            browser.screenshot("practice-revealed");
            driver.findElement(By.cssSelector(".sg-grade[data-grade='4']")).click();
            assertThat(driver.findElement(By.id("sg-card-question")).getText()).isNotEqualTo(question);

            // a topic's set holds only its questions
            driver.get(url("practice.html") + "?topic=signals");
            WebElement scope = driver.findElement(By.id("sg-practice-scope"));
            assertThat(scope.getAttribute("value")).isEqualTo("topic:signals");
            assertThat(driver.findElement(By.id("sg-card-question")).getText().toLowerCase()).contains("signal");
        }
    }

    @Test
    void theThemeToggleOverridesTheSystemAndIsRememberedAcrossPages() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(url("index.html"));
            String light = (String) js(driver, "return getComputedStyle(document.body).backgroundColor");
            driver.findElement(By.cssSelector(".sg-theme")).click();
            assertThat(js(driver, "return document.documentElement.getAttribute('data-theme')")).isEqualTo("dark");
            String dark = (String) js(driver, "return getComputedStyle(document.body).backgroundColor");
            assertThat(dark).isNotEqualTo(light);
            driver.get(url("django-complete-guide/models.html"));
            assertThat(js(driver, "return getComputedStyle(document.body).backgroundColor")).isEqualTo(dark);
            assertThat(driver.findElement(By.cssSelector(".sg-theme")).getAttribute("aria-pressed")).isEqualTo("true");
            browser.screenshot("page-dark");
            driver.findElement(By.cssSelector(".sg-theme")).click();
            driver.navigate().refresh();
            assertThat(js(driver, "return getComputedStyle(document.body).backgroundColor")).isEqualTo(light);
        }
    }

    @Test
    void arrowKeysTurnThePagesButNotWhileTyping() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(url("django-complete-guide/models.html"));
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("querysets--database-queries.html"));
            new Actions(driver).sendKeys(Keys.ARROW_LEFT).perform();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().endsWith("models.html"));
            WebElement search = driver.findElement(By.id("sg-search-input"));
            search.click();
            search.sendKeys("abc", Keys.ARROW_LEFT);
            assertThat(driver.getCurrentUrl()).endsWith("models.html");
        }
    }

    @Test
    void codeIsHighlightedAndTheCopyButtonPutsItOnTheClipboard() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            // served over loopback: clipboard permissions need a real origin, which file:// lacks
            driver.get(BuiltGuide.http() + "django-complete-guide/models.html");
            ((HasPermissions) driver).setPermission("clipboard-read", "granted");
            ((HasPermissions) driver).setPermission("clipboard-write", "granted");
            WebElement pre = driver.findElement(By.cssSelector(".sg-content pre"));
            assertThat(pre.findElements(By.cssSelector("span.token.keyword"))).as("Prism highlighted the Python").isNotEmpty();
            WebElement copy = driver.findElement(By.cssSelector(".sg-copy"));
            copy.click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> copy.getText().equals("Copied"));
            String clipboard = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('ERROR ' + e));");
            assertThat(clipboard).isEqualTo(pre.findElement(By.tagName("code")).getAttribute("textContent"));
            assertThat(clipboard).startsWith("from django.db import models");
        }
    }

    @Test
    void djangoTemplateTagsInHtmlCodeAreHighlightedAsDjango() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(url("django-complete-guide/forms.html"));
            List<WebElement> django = driver.findElements(By.cssSelector("code.language-django"));
            assertThat(django).isNotEmpty();
            assertThat(django.get(0).getText()).contains("{%");
            assertThat(django.get(0).findElements(By.cssSelector(".token"))).isNotEmpty();
        }
    }
}
