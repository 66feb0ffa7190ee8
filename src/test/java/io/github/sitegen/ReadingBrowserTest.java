package io.github.sitegen;

import io.github.sitegen.support.Browser;
import io.github.sitegen.support.BuiltGuide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the built guide in real headless Chromium: a phone's first screen, the contents, back to top, the sidebar. */
@Tag("browser")
class ReadingBrowserTest {

    private static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static double top(WebDriver driver, WebElement element) {
        return ((Number) js(driver, "return arguments[0].getBoundingClientRect().top", element)).doubleValue();
    }

    /** Pages that start with questions: chapters of questions, a note's first page, a note of one page. */
    @ParameterizedTest
    @ValueSource(strings = {"django-interview-questions/core-concepts.html", "django-interview-questions/django-orm.html",
            "django-interview-questions/middleware-and-signals.html", "django-drf-postgresql-qa/django-orm.html",
            "django-drf-postgresql-qa/basic-django-questions.html", "django-quick-notes/quick-django-notes.html"})
    void onA390By844PhoneTheFirstAnswerStartsOnTheFirstScreenAndTheTitleIsWhole(String page) {
        try (Browser browser = Browser.phone(390, 844)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.file(page));
            WebElement answer = driver.findElement(By.cssSelector(".sg-question > .sg-answer"));
            // the answer's own text: after the line saying which note it comes from, when other answers follow
            WebElement text = answer.findElements(By.xpath("./*[not(contains(@class, 'sg-answer-source'))]")).get(0);
            assertThat(top(driver, text)).as("top of the first answer's text").isLessThan(844 - 24);
            WebElement brand = driver.findElement(By.cssSelector(".sg-brand"));
            assertThat(brand.getText()).isEqualTo(BuiltGuide.TITLE);
            assertThat((Boolean) js(driver, "var b = arguments[0]; return b.scrollHeight <= b.clientHeight + 1 && b.scrollWidth <= b.clientWidth + 1;", brand))
                    .as("the site's title fits, wrapped if need be").isTrue();
            assertThat((Long) js(driver, "return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
            if (page.endsWith("core-concepts.html")) {
                browser.screenshot("phone-first-screen");
            }
        }
    }

    @Test
    void onAWideScreenTheContentsStayInViewAndMarkTheSectionBeingRead() {
        try (Browser browser = new Browser(1400, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.file("django-interview-questions/django-orm.html"));
            List<WebElement> entries = driver.findElements(By.cssSelector(".sg-toc a"));
            assertThat(entries).hasSizeGreaterThan(2);
            WebElement third = entries.get(2);
            String id = third.getAttribute("href").replaceFirst(".*#", "");
            js(driver, "document.getElementById(arguments[0]).scrollIntoView()", id);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "location".equals(third.getAttribute("aria-current")));
            assertThat(driver.findElements(By.cssSelector(".sg-toc a[aria-current]"))).containsExactly(third);
            WebElement toc = driver.findElement(By.cssSelector(".sg-toc"));
            WebElement article = driver.findElement(By.cssSelector(".sg-content"));
            assertThat(top(driver, toc)).as("the contents stay below the header").isBetween(0.0, 120.0);
            assertThat(toc.getRect().getX()).as("beside the text").isGreaterThan(article.getRect().getX() + article.getRect().getWidth());
            browser.screenshot("desktop-contents");
            js(driver, "window.scrollTo(0, 0)");
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "location".equals(entries.get(0).getAttribute("aria-current")));
        }
    }

    @Test
    void backToTopAppearsDownThePageAndTakesTheKeyboardBackToTheTop() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.file("django-complete-guide/models.html"));
            WebElement button = driver.findElement(By.cssSelector(".sg-top"));
            assertThat(button.isDisplayed()).as("not at the top of the page").isFalse();
            js(driver, "window.scrollTo(0, document.body.scrollHeight / 2)");
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> button.isDisplayed());
            // reached with the keyboard: it is a button, in the page's tab order
            js(driver, "document.querySelector('.sg-pager a').focus()");
            List<String> reached = new ArrayList<>();
            for (int i = 0; i < 5 && !driver.switchTo().activeElement().equals(button); i++) {
                new Actions(driver).sendKeys(Keys.TAB).perform();
                reached.add(driver.switchTo().activeElement().getAttribute("class"));
            }
            assertThat(driver.switchTo().activeElement()).as("tabbed through " + reached).isEqualTo(button);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> ((Number) js(d, "return window.scrollY")).intValue() == 0);
            assertThat(driver.switchTo().activeElement().getAttribute("class")).isEqualTo("sg-skip");
        }
    }

    @Test
    void hideAllAnswersIsRememberedForThePageAcrossReloadsAndNotForOthers() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.file("django-interview-questions/core-concepts.html"));
            driver.findElement(By.cssSelector(".sg-hide-all")).click();
            driver.navigate().refresh();
            assertThat(driver.findElement(By.cssSelector(".sg-hide-all")).getAttribute("aria-pressed")).isEqualTo("true");
            assertThat(driver.findElements(By.cssSelector(".sg-question > .sg-answer"))).allSatisfy(a -> assertThat(a.isDisplayed()).isFalse());

            driver.get(BuiltGuide.file("django-interview-questions/django-orm.html"));
            assertThat(driver.findElement(By.cssSelector(".sg-hide-all")).getAttribute("aria-pressed")).isEqualTo("false");
            assertThat(driver.findElements(By.cssSelector(".sg-question > .sg-answer"))).allSatisfy(a -> assertThat(a.isDisplayed()).isTrue());

            // a link to one of the hidden answers still shows it
            String id = "3-what-is-the-difference-between-djangos-nulltrue-and-blanktrue";
            driver.get(BuiltGuide.file("django-interview-questions/core-concepts.html") + "#" + id);
            assertThat(driver.findElement(By.id("sg-answer-" + id)).isDisplayed()).isTrue();
            js(driver, "window.scrollTo(0, 0)");
            driver.findElement(By.cssSelector(".sg-hide-all")).click(); // shows all again
            driver.findElement(By.cssSelector(".sg-hide-all")).click(); // and hides all
            driver.findElement(By.cssSelector(".sg-hide-all")).click(); // shows all: remembered as shown
            driver.navigate().refresh();
            assertThat(driver.findElement(By.cssSelector(".sg-hide-all")).getAttribute("aria-pressed")).isEqualTo("false");
        }
    }

    @Test
    void onALongPageTheSidebarsBackgroundReachesTheBottom() throws IOException {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            // a long page of a note of one page: the sidebar's own links end high up
            driver.get(BuiltGuide.file("django-quick-notes/quick-django-notes.html"));
            js(driver, "window.scrollTo(0, document.body.scrollHeight)");
            int footer = ((Number) js(driver, "return Math.floor(document.querySelector('.sg-footer').getBoundingClientRect().top)")).intValue();
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES)));
            int y = Math.min(footer, shot.getHeight()) - 5;
            assertThat(y).as("the layout ends above the footer, on screen").isGreaterThan(100);
            String sidebar = (String) js(driver, "return getComputedStyle(document.documentElement).getPropertyValue('--sidebar-bg').trim()");
            assertThat(String.format("#%06x", shot.getRGB(8, y) & 0xffffff)).as("the colour at the sidebar's bottom").isEqualTo(sidebar);
            assertThat(String.format("#%06x", shot.getRGB(shot.getWidth() / 2, y) & 0xffffff)).isNotEqualTo(sidebar);
        }
    }
}
