package io.github.sitegen.serve;

import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.support.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures, on a copy of the real notes, the time from saving a one-word edit to having the
 * reloaded page: the save, the watcher noticing it, the rebuild, the reload event reaching the
 * open page, and the page fetched again. Prints numbers, asserts only that each reloaded page
 * shows its edit. Not part of the normal test run (its name does not end in Test); run it with
 *
 * <pre>mvn -B test -Dtest=ReloadBenchmark</pre>
 *
 * The copy sits below target/, inside the repository's work tree, so that git is asked for
 * dates as it would be for content/ itself. With Debian's Chromium present, the same edits are
 * made again with the page open in the browser, and timed to the reloaded document's
 * DOMContentLoaded.
 */
class ReloadBenchmark {
    /** Even, with MEASURED, so that the last edit puts the note back as it was. */
    private static final int WARM_UP = 4;
    private static final int MEASURED = 20;
    /**
     * Between saves, as a writer pauses to read: the server updates the search index when saves
     * pause, and a benchmark that saved back to back would measure a writer nobody is.
     */
    private static final long PAUSE_MILLIS = 1500;
    /** Each changed page in a state's list, in its order. */
    private static final Pattern CHANGED_PAGE = Pattern.compile("\"([^\"]+\\.html)\"");

    private record Edit(String note, String from, String to) {
    }

    @Test
    void saveToReloadForAOneWordEdit() throws Exception {
        Path work = Files.createDirectories(Path.of("target", "reload-benchmark")).toAbsolutePath();
        Path content = work.resolve("content");
        // -Dreload.content=target/bench/x10/content measures the notes bench/run.sh makes at 10x
        copy(Path.of(System.getProperty("reload.content", "content")), content);
        SiteOptions options = new SiteOptions(content, Path.of("templates").toAbsolutePath(), work.resolve("site-output"),
                "Benchmark", Optional.empty(), Optional.empty());
        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        try (DevServer server = DevServer.start(options, 0, BuildListener.SILENT)) {
            System.out.printf("first build and server start: %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            BlockingQueue<String> states = new LinkedBlockingQueue<>();
            http.sendAsync(HttpRequest.newBuilder(server.address().resolve("/__site-gen/events")).build(),
                            HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> r.body().filter(l -> l.startsWith("data: ")).forEach(l -> states.add(l.substring(6))));
            assertThat(states.poll(30, TimeUnit.SECONDS)).as("first state").isNotNull();

            Edit large = new Edit("django-drf-postgresql-qa.md", "for a particular website", "for a specific website");
            Edit small = new Edit("django-quick-notes.md", "structure and behavior of db tables", "structure and behaviour of db tables");
            String largePage = measure("largest note (django-drf-postgresql-qa.md, 12k lines)", server, http, states, content, large);
            String smallPage = measure("small note (django-quick-notes.md, 134 lines)", server, http, states, content, small);
            if (Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER) && !Boolean.getBoolean("reload.noBrowser")) {
                try (Browser browser = new Browser(1280, 900)) {
                    inBrowser("largest note, in Chromium", server, browser, content, large, largePage);
                    inBrowser("small note, in Chromium", server, browser, content, small, smallPage);
                }
            } else {
                System.out.println("no Chromium: the in-browser measurement is skipped");
            }
        }
        System.out.println("load average while measuring: " + Files.readString(Path.of("/proc/loadavg")).strip()
                + " on " + Runtime.getRuntime().availableProcessors() + " cores");
    }

    /** Saves edits with an HTTP client standing in for the page; returns the page the edit is on. */
    private static String measure(String label, DevServer server, HttpClient http, BlockingQueue<String> states,
                                  Path content, Edit edit) throws Exception {
        Path note = content.resolve(edit.note());
        String original = Files.readString(note);
        assertThat(original).contains(edit.from());
        List<Long> toEvent = new ArrayList<>();
        List<Long> toPage = new ArrayList<>();
        String shown = null;
        try {
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                boolean forth = i % 2 == 0;
                String word = forth ? edit.to() : edit.from();
                Thread.sleep(PAUSE_MILLIS);
                states.clear();
                long saved = System.nanoTime();
                Files.writeString(note, forth ? original.replace(edit.from(), edit.to()) : original);
                String state;
                do {
                    state = states.poll(30, TimeUnit.SECONDS);
                    assertThat(state).as("a reload event after edit " + i).isNotNull();
                } while (!state.contains("\"changed\":[\""));
                long event = System.nanoTime();
                // the page that shows the edited words: with deduplication it need not be in the note's own folder
                String body = null;
                String page = null;
                Matcher changed = CHANGED_PAGE.matcher(state.substring(state.indexOf("\"changed\":[")));
                while (changed.find() && (body == null || !body.contains(word))) {
                    page = changed.group(1);
                    body = http.send(HttpRequest.newBuilder(server.address().resolve("/" + page)).build(),
                            HttpResponse.BodyHandlers.ofString()).body();
                }
                long fetched = System.nanoTime();
                assertThat(body).as("a changed page shows " + word + ": " + state).contains(word);
                shown = page;
                if (i >= WARM_UP) {
                    toEvent.add(TimeUnit.NANOSECONDS.toMillis(event - saved));
                    toPage.add(TimeUnit.NANOSECONDS.toMillis(fetched - saved));
                }
            }
        } finally {
            if (!Files.readString(note).equals(original)) {
                Files.writeString(note, original);
            }
        }
        System.out.printf("%s, %d one-word edits after %d warm-up edits, %d ms apart:%n", label, MEASURED, WARM_UP, PAUSE_MILLIS);
        System.out.printf("  save -> reload event at the page: %s%n", summary(toEvent));
        System.out.printf("  save -> reloaded page fetched:    %s%n", summary(toPage));
        return shown;
    }

    /**
     * The same edits with the page open in Chromium: from the save to the reloaded document's
     * DOMContentLoaded, as the browser's navigation timing records it on the same clock.
     */
    private static void inBrowser(String label, DevServer server, Browser browser, Path content, Edit edit, String page)
            throws Exception {
        WebDriver driver = browser.driver();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.get(server.address().resolve("/" + page).toString());
        Path note = content.resolve(edit.note());
        String original = Files.readString(note);
        List<Long> toLoaded = new ArrayList<>();
        try {
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                boolean forth = i % 2 == 0;
                String word = forth ? edit.to() : edit.from();
                Thread.sleep(PAUSE_MILLIS);
                js.executeScript("window.sgSameDocument = true");
                long saved = System.currentTimeMillis();
                Files.writeString(note, forth ? original.replace(edit.from(), edit.to()) : original);
                new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(10))
                        .until(d -> !Boolean.TRUE.equals(js.executeScript("return window.sgSameDocument === true"))
                                && Boolean.TRUE.equals(js.executeScript("return document.readyState !== 'loading'"
                                + " && document.body.textContent.indexOf(arguments[0]) >= 0", word)));
                double loaded = ((Number) js.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                        + " return performance.timeOrigin + n.domContentLoadedEventEnd;")).doubleValue();
                if (i >= WARM_UP) {
                    toLoaded.add(Math.round(loaded) - saved);
                }
            }
        } finally {
            if (!Files.readString(note).equals(original)) {
                Files.writeString(note, original);
            }
        }
        System.out.printf("%s (%s), %d one-word edits after %d warm-up edits, %d ms apart:%n", label, page, MEASURED, WARM_UP,
                PAUSE_MILLIS);
        System.out.printf("  save -> reloaded page's DOMContentLoaded: %s%n", summary(toLoaded));
    }

    private static String summary(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format("min %d ms, median %d ms, p90 %d ms, max %d ms", sorted.get(0), sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1), sorted.get(sorted.size() - 1));
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
