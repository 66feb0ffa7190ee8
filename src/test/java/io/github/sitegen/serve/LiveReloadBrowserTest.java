package io.github.sitegen.serve;

import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The live server's page script in a real headless Chromium: reloads, the error overlay, the problems box. */
@Tag("browser")
class LiveReloadBrowserTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    Path orm;
    Path views;
    DevServer server;
    Browser browser;
    WebDriver driver;

    @BeforeEach
    void start() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        orm = content.resolve("orm.md");
        views = content.resolve("views.md");
        Files.writeString(orm, "# ORM\n\n## Models\n\nA model is a class.\n\n## What is a manager?\n\nThe query interface.\n");
        Files.writeString(views, "# Views\n\n## Function views\n\nA view is a function.\n");
        server = DevServer.start(new SiteOptions(content, dir.resolve("templates"), dir.resolve("site-output"), "Live",
                Optional.empty(), Optional.empty()), 0, BuildListener.SILENT);
        browser = new Browser(1280, 900);
        driver = browser.driver();
        driver.get(server.address().resolve("/orm/models.html").toString());
        // survives only as long as this document: gone after a reload
        ((JavascriptExecutor) driver).executeScript("window.sgSameDocument = true");
    }

    @AfterEach
    void stop() {
        try {
            browser.close();
        } finally {
            server.close();
        }
    }

    private boolean sameDocument() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.sgSameDocument === true"));
    }

    private WebDriverWait await() {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void thePageReloadsByItselfWhenItsNoteIsSavedButNotForAnotherNote() throws IOException {
        // another note gets an empty subsection (no new page, no new question in the sidebar):
        // this page is told (its problems box appears) but does not reload
        Files.writeString(views, Files.readString(views) + "\n### Notes\n");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("sg-live-problems")));
        assertThat(driver.findElement(By.id("sg-live-problems")).getText()).contains("1 problem site-gen:check would report");
        assertThat(sameDocument()).as("not reloaded for another note's page").isTrue();

        Files.writeString(orm, Files.readString(orm).replace("A model is a class.", "A model is a Python class."));
        await().until(d -> d.findElement(By.tagName("article")).getText().contains("A model is a Python class."));
        assertThat(sameDocument()).as("reloaded").isFalse();
    }

    @Test
    void aBrokenLinkIsMarkedWhereItIsWithItsMessageBesideTheListCheckWouldPrint() throws IOException {
        String before = Files.readString(orm);
        Files.writeString(orm, before.replace("A model is a class.", "A model is a class, see [signals](#signals)."));
        await().until(d -> !d.findElements(By.cssSelector("[data-sg-live-mark]")).isEmpty());
        WebElement link = driver.findElement(By.cssSelector("article a[href='#signals']"));
        WebElement mark = driver.findElement(By.cssSelector("[data-sg-live-mark]"));
        String message = "link '#signals' points to no heading of the note: fix the #fragment, or the heading it should match";
        assertThat(mark.getText()).isEqualTo("\u26A0 " + message);
        assertThat(((JavascriptExecutor) driver).executeScript("return arguments[0].nextElementSibling === arguments[1]", link, mark))
                .as("the mark follows the link").isEqualTo(true);
        // the list is open, not a label in a corner: each line as check prints it, this page's linked to its mark
        WebElement list = driver.findElement(By.id("sg-live-problems"));
        assertThat(list.findElement(By.tagName("li")).isDisplayed()).isTrue();
        assertThat(list.getText()).contains("1 problem site-gen:check would report", "content/orm.md:5: " + message, "on this page");
        browser.screenshot("live-reload-problem-in-place");

        Files.writeString(orm, before);
        await().until(d -> d.findElements(By.cssSelector("[data-sg-live-mark]")).isEmpty() && d.findElements(By.id("sg-live-problems")).isEmpty());
    }

    @Test
    void aPageReloadsWhenAScriptItLoadsChangedLikeThePracticeCards() throws IOException {
        driver.get(server.address().resolve("/practice.html").toString());
        ((JavascriptExecutor) driver).executeScript("window.sgSameDocument = true");
        Files.writeString(orm, Files.readString(orm).replace("The query interface.", "The query API."));
        await().until(d -> !sameDocument());
        assertThat((String) ((JavascriptExecutor) driver).executeScript("return JSON.stringify(window.siteGenPractice.cards)"))
                .contains("The query API.").doesNotContain("The query interface.");
    }

    @Test
    void aFailedBuildShowsItsFileAndLineOverTheLastGoodPageAndTheFixReloadsIt() throws IOException {
        Files.writeString(orm, "---\ntitle: ORM\n\n## Models\n\nA model is a class.\n");
        await().until(ExpectedConditions.visibilityOfElementLocated(By.id("sg-live-error")));
        String overlay = driver.findElement(By.id("sg-live-error")).getText();
        assertThat(overlay).contains("the build failed at content/orm.md:1",
                "content/orm.md:1: front matter is opened with '---' but never closed");
        assertThat(driver.findElement(By.tagName("article")).getText()).contains("A model is a class.");
        browser.screenshot("live-reload-error-overlay");

        Files.writeString(orm, "---\ntitle: ORM\n---\n## Models\n\nA model is a fixed class.\n");
        await().until(d -> d.findElement(By.tagName("article")).getText().contains("A model is a fixed class."));
        assertThat(driver.findElements(By.id("sg-live-error"))).isEmpty();
        assertThat(sameDocument()).isFalse();
    }
}
