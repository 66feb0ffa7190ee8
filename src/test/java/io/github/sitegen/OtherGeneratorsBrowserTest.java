package io.github.sitegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.render.PrismLanguages;
import io.github.sitegen.support.Browser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18 in real Chromium: code of every language Prism knows highlighted; MkDocs's tabs fold. */
@Tag("browser")
class OtherGeneratorsBrowserTest {
    @TempDir
    Path work;

    private Path build(String notes) {
        Path site = work.resolve(notes);
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(OtherGeneratorsSiteTest.NOTES.resolve(notes), Path.of("templates"),
                site, "Sample", Optional.empty(), Optional.empty()));
        return site;
    }

    /** The notes' pages that hold {@code text}. */
    private static List<Path> pages(Path site, String text) throws Exception {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path p : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                if (site.relativize(p).getNameCount() > 1 && !p.startsWith(site.resolve("topics")) && Files.readString(p).contains(text)) {
                    found.add(p);
                }
            }
        }
        return found;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyBlockInALanguagePrismKnowsIsHighlightedAndNoOtherLanguageIsLoaded() throws Exception {
        Path site = build("code-languages");
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            List<Path> withCode = pages(site, "<pre><code");
            assertThat(withCode).hasSizeGreaterThan(4);
            int checked = 0;
            for (Path shown : withCode) {
                driver.get(shown.toUri().toString());
                List<Map<String, Object>> blocks = (List<Map<String, Object>>) js.executeScript(
                        "return Array.prototype.map.call(document.querySelectorAll('pre > code'), function (c) {"
                                + " return {language: c.className, tokens: c.querySelectorAll('.token').length}; });");
                assertThat(blocks).isNotEmpty();
                for (Map<String, Object> block : blocks) {
                    String language = (String) block.get("language");
                    long tokens = (Long) block.get("tokens");
                    if (language.equals("language-text") || language.equals("language-brainfudge")) {
                        assertThat(tokens).as(language).isZero();
                    } else {
                        assertThat(tokens).as(language + " on " + shown).isPositive();
                    }
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(28);
            assertThat((Boolean) js.executeScript("return !!Prism.languages.cpp && !!Prism.languages.tsx && !Prism.languages.haskell"
                    + " && !Prism.languages.scala")).isTrue();
            browser.screenshot("code-languages");
        }
    }

    /** Code written with Prism's own alias ({@code py}, {@code kt}) keeps it: the component that is loaded defines it. */
    @Test
    void everyAliasOfPrismsDataIsALanguageOnceItsComponentIsLoaded() throws Exception {
        JsonNode languages;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                "META-INF/resources/webjars/prismjs/1.30.0/components.json")) {
            languages = new ObjectMapper().readTree(in).get("languages");
        }
        List<String> ids = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        languages.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("meta")) {
                ids.add(e.getKey());
                JsonNode alias = e.getValue().get("alias");
                if (alias != null) {
                    (alias.isArray() ? alias : List.of(alias)).forEach(a -> aliases.add(((JsonNode) a).asText()));
                }
            }
        });
        Files.write(work.resolve("prism.js"), PrismLanguages.bundled().script(ids));
        Files.writeString(work.resolve("all.html"), "<!doctype html><title>all</title><script src=\"prism.js\"></script>");
        try (Browser browser = new Browser(800, 600)) {
            browser.driver().get(work.resolve("all.html").toUri().toString());
            @SuppressWarnings("unchecked")
            List<String> missing = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return arguments[0].filter(function (a) { return !Prism.languages[a]; });", aliases);
            assertThat(aliases).hasSizeGreaterThan(90);
            assertThat(missing).isEmpty();
        }
    }

    @Test
    void contentTabsFoldAndALinkToAHeadingsOwnIdLands() throws Exception {
        Path site = build("mkdocs");
        try (Browser browser = new Browser(1280, 900)) {
            WebDriver driver = browser.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            driver.get(pages(site, "sg-tab").get(0).toUri().toString());
            var tabs = driver.findElements(By.cssSelector("details.sg-tab"));
            assertThat(tabs).hasSize(3);
            assertThat(tabs.get(0).getAttribute("open")).isNotNull();
            assertThat(tabs.get(1).getAttribute("open")).isNull();
            assertThat(tabs.get(1).findElement(By.cssSelector("pre")).isDisplayed()).isFalse();
            tabs.get(1).findElement(By.tagName("summary")).click();
            assertThat(tabs.get(1).findElement(By.cssSelector("pre")).isDisplayed()).isTrue();
            assertThat(tabs.get(1).findElements(By.cssSelector("code .token"))).isNotEmpty();
            var link = driver.findElement(By.cssSelector("a:not(.sg-anchor)[href$='#how-it-works']"));
            js.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            assertThat((String) js.executeScript("return location.hash")).isEqualTo("#how-it-works");
            assertThat((Boolean) js.executeScript("var r = document.getElementById('how-it-works').getBoundingClientRect();"
                    + " return r.top >= 0 && r.top < window.innerHeight;")).isTrue();
            browser.screenshot("mkdocs-shapes");
        }
    }
}
