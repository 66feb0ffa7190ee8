package io.github.sitegen;

import io.github.sitegen.support.Browser;
import io.github.sitegen.support.BuiltGuide;
import io.github.sitegen.support.CopyTree;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spaced repetition on the practice page of the built guide, in real headless Chromium: grading
 * schedules a card with FSRS (assets/fsrs.js), due cards come first and are counted, the history
 * moves to a fresh browser profile through an exported file, and bad files are refused.
 */
@Tag("browser")
class PracticeBrowserTest {
    private static final long DAY = 86_400_000L;

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static String status(WebDriver driver) {
        return driver.findElement(By.id("sg-practice-status")).getText();
    }

    private static String transfer(WebDriver driver) {
        return driver.findElement(By.id("sg-practice-transfer")).getText();
    }

    private static String question(WebDriver driver) {
        return driver.findElement(By.id("sg-card-question")).getText();
    }

    /** Reveals the card on show with the space key and grades it with a number key. */
    private static void grade(WebDriver driver, int grade) {
        new Actions(driver).sendKeys(" ").perform();
        assertThat(driver.findElement(By.id("sg-card-answer")).isDisplayed()).isTrue();
        new Actions(driver).sendKeys(String.valueOf(grade)).perform();
    }

    /** Stores a review history for this guide as practice.js keeps it, then reloads the page. */
    private static void history(WebDriver driver, String reviewsJson) {
        js(driver, "localStorage.setItem('sitegen-reviews@' + new URL('./', location.href).href,"
                + " JSON.stringify({migrated: true, reviews: JSON.parse(arguments[0])}))", reviewsJson);
        driver.navigate().refresh();
    }

    private static String key(WebDriver driver, int card) {
        return (String) js(driver, "return window.siteGenPractice.cards[arguments[0]].k", card);
    }

    @Test
    void gradingSchedulesTheCardSaysWhenItComesBackAndCountsItAsKnown() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.file("practice.html"));
            long total = (Long) js(driver, "return window.siteGenPractice.cards.length");
            assertThat(status(driver)).isEqualTo("0 due today · 20 new · 0 of " + total + " known in this set.");
            String first = question(driver);
            assertThat(driver.findElement(By.id("sg-card-position")).getText()).isEqualTo("New card");

            new Actions(driver).sendKeys(" ").perform();
            // each grade says when the card would come back: FSRS's first steps for a new card
            List<String> intervals = driver.findElements(By.cssSelector(".sg-grade small")).stream().map(e -> e.getText()).toList();
            assertThat(intervals).containsExactly("1 min", "6 min", "10 min", "8 d");
            browser.screenshot("practice-graded");
            new Actions(driver).sendKeys("4").perform();
            assertThat(status(driver)).startsWith("“" + first + "” comes back in 8 days. 0 due today · 19 new · 1 of " + total + " known");
            assertThat(question(driver)).isNotEqualTo(first);

            String second = question(driver);
            grade(driver, 3);   // good on a new card: the next learning step, ten minutes on
            assertThat(status(driver)).startsWith("“" + second + "” comes back in 10 minutes. 1 due today · 18 new · 1 of ");
            grade(driver, 1);   // again: one minute
            assertThat(status(driver)).contains("comes back in 1 minute.").contains("2 due today · 17 new");

            // what was graded is kept: a reload counts the same, and the card's page shows it in the sidebar
            driver.navigate().refresh();
            assertThat(status(driver)).startsWith("2 due today · 17 new · 1 of " + total + " known");
            String page = (String) js(driver, "return window.siteGenPractice.cards[0].id.split('#')[0]");
            long dueThere = (Long) js(driver, "var c = window.siteGenPractice.cards; return [1, 2].filter(function (i) {"
                    + " return c[i].id.split('#')[0] === c[0].id.split('#')[0]; }).length");
            driver.get(BuiltGuide.file(page));
            String badge = driver.findElement(By.cssSelector("#sg-sidebar a[aria-current=page] ~ .sg-known")).getText();
            assertThat(badge).matches("1 of \\d+ known" + (dueThere > 0 ? " · " + dueThere + " due" : ""));
        }
    }

    @Test
    void cardsDueFromEarlierDaysComeFirstAndTheNextDueDateIsSaidWhenNoneIs() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.file("practice.html"));
            long now = (Long) js(driver, "return Date.now()");
            String third = key(driver, 2);
            String fourth = key(driver, 3);
            // the third card was learnt with "easy" ten days ago: due since two days; the fourth yesterday: due in a week
            history(driver, "[[\"" + third + "\"," + (now - 10 * DAY) + ",4],[\"" + fourth + "\"," + (now - DAY) + ",4]]");
            assertThat(status(driver)).startsWith("1 due today · 20 new · 2 of ");
            assertThat(question(driver)).isEqualTo(js(driver, "return window.siteGenPractice.cards[2].q"));
            assertThat(driver.findElement(By.id("sg-card-position")).getText()).isEqualTo("Review");

            driver.findElement(By.id("sg-practice-new")).clear();
            driver.findElement(By.id("sg-practice-new")).sendKeys("0\t");
            grade(driver, 3);
            assertThat(status(driver)).contains("0 due today · 0 new · 2 of ")
                    .contains("Nothing is due now: the next card is due in 7 days");
            assertThat(driver.findElement(By.id("sg-card")).isDisplayed()).isFalse();
        }
    }

    @Test
    void progressExportedFromOneProfileIsMergedIntoAFreshOneAndBadFilesAreRefused(@TempDir Path dir) throws IOException {
        Path exported = dir.resolve("progress.json");
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.file("practice.html"));
            grade(driver, 4);
            grade(driver, 4);
            grade(driver, 3);
            driver.findElement(By.id("sg-practice-export")).click();
            assertThat(transfer(driver)).matches("Exported 3 reviews to django-study-guide-progress-\\d{4}-\\d\\d-\\d\\d\\.json\\.");
            String file = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(document.getElementById('sg-practice-download').href).then(r => r.text()).then(done)");
            Files.writeString(exported, file);
        }
        try (Browser fresh = new Browser(1280, 900)) {
            WebDriver driver = fresh.driver();
            driver.get(BuiltGuide.file("practice.html"));
            assertThat(status(driver)).startsWith("0 due today · 20 new · 0 of ");
            grade(driver, 2);   // this profile's own review of the first card stays beside the imported ones
            driver.findElement(By.id("sg-practice-import")).sendKeys(exported.toString());
            assertThat(transfer(driver)).isEqualTo("Imported progress.json: 3 of its 3 reviews were new here.");
            assertThat((Long) js(driver, "return JSON.parse(localStorage.getItem('sitegen-reviews@' + new URL('./', location.href).href)).reviews.length"))
                    .isEqualTo(4);
            driver.findElement(By.id("sg-practice-import")).sendKeys(exported.toString());
            assertThat(transfer(driver)).isEqualTo("Imported progress.json: 0 of its 3 reviews were new here.");

            Path other = dir.resolve("other.json");
            Files.writeString(other, Files.readString(exported).replace("\"guide\":\"Django Study Guide\"", "\"guide\":\"React Notes\""));
            driver.findElement(By.id("sg-practice-import")).sendKeys(other.toString());
            assertThat(transfer(driver)).isEqualTo("other.json holds progress in “React Notes”, not in “Django Study Guide”: "
                    + "import it on that guide’s practice page. Nothing was imported.");
            Path truncated = dir.resolve("truncated.json");
            String text = Files.readString(exported);
            Files.writeString(truncated, text.substring(0, text.length() / 2));
            driver.findElement(By.id("sg-practice-import")).sendKeys(truncated.toString());
            assertThat(transfer(driver)).isEqualTo("truncated.json is damaged or not a progress file: it is not JSON. Nothing was imported.");
            Path damaged = dir.resolve("damaged.json");
            Files.writeString(damaged, text.replaceFirst(",4\\]", ",9]"));
            driver.findElement(By.id("sg-practice-import")).sendKeys(damaged.toString());
            assertThat(transfer(driver)).isEqualTo("damaged.json is damaged: review 1 of 3 is not [card, time, grade]. Nothing was imported.");
            assertThat((Long) js(driver, "return JSON.parse(localStorage.getItem('sitegen-reviews@' + new URL('./', location.href).href)).reviews.length"))
                    .isEqualTo(4);
        }
    }

    @Test
    void progressFromBeforeSchedulingIsCarriedOverOnce() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.file("practice.html"));
            js(driver, "localStorage.clear(); var old = {}; var c = window.siteGenPractice.cards;"
                    + " old[c[0].id] = 'known'; old[c[1].id] = 'review'; old['gone.html#x'] = 'known';"
                    + " localStorage.setItem('sitegen-progress', JSON.stringify(old))");
            driver.navigate().refresh();
            // "I knew it" became an easy review (back in 8 days), "review again" an again (back in a minute);
            // both were first reviewed today, so two of the day's new cards are taken
            assertThat(status(driver)).startsWith("1 due today · 18 new · 1 of ");
            driver.navigate().refresh();
            assertThat(status(driver)).startsWith("1 due today · 18 new · 1 of ");
        }
    }

    @Test
    void aQuestionWithoutAnAnswerIsPractisedAsAPrompt(@TempDir Path dir) throws IOException {
        // a question bank without answers: the question recogniser marks such cards "unanswered"
        CopyTree.copy(BuiltGuide.site(), dir);
        Path data = dir.resolve("practice-data.js");
        Files.writeString(data, Files.readString(data).replaceFirst("\"t\":\\[", "\"unanswered\":true,\"t\":["));
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(dir.resolve("practice.html").toUri().toString());
            new Actions(driver).sendKeys(" ").perform();
            assertThat(driver.findElement(By.id("sg-card-answer")).getText())
                    .isEqualTo("No answer written yet: answer it yourself, then grade how well you could.");
            new Actions(driver).sendKeys("3").perform();
            assertThat(status(driver)).contains("comes back in 10 minutes");
        }
    }
}
