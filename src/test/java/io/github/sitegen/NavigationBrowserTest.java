package io.github.sitegen;

import io.github.sitegen.support.Browser;
import io.github.sitegen.support.BuiltGuide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The built guide in a real headless Chromium: from disk and under a GitHub Pages-like sub-path. */
@Tag("browser")
class NavigationBrowserTest {
    @Test
    void fromDiskTheHomePageLeadsToAChapterAndItsAnchor() {
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.file("index.html"));
            assertThat(driver.findElement(By.cssSelector("link[rel=stylesheet]")).getAttribute("href")).startsWith("file:");
            driver.findElement(By.linkText("QuerySets & Database Queries")).click();
            assertThat(driver.getTitle()).startsWith("QuerySets & Database Queries");
            driver.findElement(By.cssSelector(".sg-toc a[href='#what-is-a-queryset']")).click();
            assertThat(driver.getCurrentUrl()).endsWith("querysets--database-queries.html#what-is-a-queryset");
            WebElement heading = driver.findElement(By.id("what-is-a-queryset"));
            Number top = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return arguments[0].getBoundingClientRect().top", heading);
            assertThat(top.doubleValue()).as("heading scrolled into view, below the sticky header").isBetween(0.0, 300.0);
            // the stylesheet really applied: the sidebar sits beside the content on a wide screen
            assertThat(driver.findElement(By.id("sg-sidebar")).isDisplayed()).isTrue();
            browser.screenshot("page-desktop");
        }
    }

    @Test
    void underASubPathOnAPhoneTheNavigationIsADrawer() {
        try (Browser browser = new Browser(360, 740)) {
            WebDriver driver = browser.driver();
            driver.get(BuiltGuide.http() + "django-interview-questions/django-orm.html");
            assertThat(driver.getTitle()).startsWith("Django ORM");
            WebElement sidebar = driver.findElement(By.id("sg-sidebar"));
            WebElement menu = driver.findElement(By.cssSelector(".sg-menu"));
            assertThat(sidebar.getRect().getX() + sidebar.getRect().getWidth()).as("drawer starts off-screen").isLessThanOrEqualTo(0);
            menu.click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> sidebar.getRect().getX() >= 0);
            assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
            browser.screenshot("page-phone-drawer");
            driver.findElement(By.linkText("Testing")).click();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.titleContains("Testing"));
            assertThat(driver.getCurrentUrl()).isEqualTo(BuiltGuide.http() + "django-interview-questions/testing.html");
            long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
            assertThat(scrollWidth).as("nothing wider than a 360 px phone").isLessThanOrEqualTo(360);
        }
    }
}
