package io.github.sitegen.serve;

import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The live server, started on a free port of the loopback interface, on a small copy of notes. */
class DevServerTest {
    /** Generous: CI machines are busy. The waits end as soon as the condition holds. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    Path note;
    DevServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Files.createDirectories(dir.resolve("templates")); // watched from the start
        note = content.resolve("orm.md");
        Files.writeString(note, "# ORM\n\n## Models\n\nA model is a class.\n\n## What is a queryset?\n\nA lazy list.\n");
        SiteOptions options = new SiteOptions(content, dir.resolve("templates"), dir.resolve("site-output"), "Live",
                Optional.empty(), Optional.empty()).withWholeSearchIndex(true);
        server = DevServer.start(options, 0, BuildListener.SILENT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status line of a request naming {@code host}, sent by hand: HttpClient will not set a Host header. */
    private String statusLine(String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }

    private String awaitPage(String path, Predicate<String> condition) throws Exception {
        long end = System.nanoTime() + PATIENCE.toNanos();
        String body = null;
        while (System.nanoTime() < end) {
            body = get(path).body();
            if (condition.test(body)) {
                return body;
            }
            Thread.sleep(50);
        }
        return fail("%s never matched within %s; last served:%n%s", path, PATIENCE, body);
    }

    /** Server-sent events of the server, one data line per state, as the page's script receives them. */
    private BlockingQueue<String> listen() {
        return listen("/__site-gen/events");
    }

    private BlockingQueue<String> listen(String path) {
        BlockingQueue<String> states = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> r.body().filter(line -> line.startsWith("data: ")).forEach(line -> states.add(line.substring(6))));
        return states;
    }

    private static String awaitState(BlockingQueue<String> states, Predicate<String> condition) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < end) {
            String state = states.poll(100, TimeUnit.MILLISECONDS);
            if (state != null && condition.test(state)) {
                return state;
            }
        }
        return fail("no state matched within %s", PATIENCE);
    }

    @Test
    void anEditedNoteIsRebuiltAndTheServedPageShowsTheEdit() throws Exception {
        HttpResponse<String> before = get("/orm/models.html");
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("A model is a class.");

        Files.writeString(note, Files.readString(note).replace("A model is a class.", "A model is a Python class."));

        assertThat(awaitPage("/orm/models.html", body -> body.contains("A model is a Python class."))).doesNotContain("A model is a class.");
    }

    @Test
    void theSearchIndexFollowsTheEditOnceSavesPause() throws Exception {
        Files.writeString(note, Files.readString(note).replace("A lazy list.", "A lazy zeppelin."));
        assertThat(awaitPage("/search-store.json", body -> body.contains("zeppelin"))).contains("A lazy zeppelin.");
    }

    @Test
    void theOpenPageIsToldWhichFilesARebuildChanged() throws Exception {
        BlockingQueue<String> states = listen();
        String first = awaitState(states, s -> true);
        assertThat(first).contains("\"changed\":null").contains("\"error\":null");

        Files.writeString(note, Files.readString(note).replace("A lazy list.", "A lazy sequence."));

        String next = awaitState(states, s -> s.contains("changed\":[\""));
        // the page the answer is on, the practice cards and the cards for Anki, no other page (the search index follows apart)
        assertThat(next).contains("\"changed\":[\"live.apkg\",\"live.tsv\",\"orm/what-is-a-queryset.html\",\"practice-data.js\"]").contains("\"error\":null");
    }

    @Test
    void aPageThatConnectsAfterARebuildHearsWhatChangedSinceItWasServedNotJustThatSomethingDid() throws Exception {
        Matcher served = Pattern.compile("data-generation=\"(\\d+)\"").matcher(get("/orm/models.html").body());
        assertThat(served.find()).isTrue();
        long generation = Long.parseLong(served.group(1));

        Files.writeString(note, Files.readString(note).replace("A lazy list.", "A lazy sequence."));
        awaitPage("/__site-gen/state", state -> !state.contains("\"generation\":" + generation + ","));

        String first = awaitState(listen("/__site-gen/events?since=" + generation), s -> true);
        // models.html is not among them: that page need not reload
        assertThat(first).contains("\"changed\":[\"live.apkg\",\"live.tsv\",\"orm/what-is-a-queryset.html\",\"practice-data.js\"]");
    }

    @Test
    void aBuildErrorReachesThePageWithFileAndLineAndTheLastGoodSiteStaysServed() throws Exception {
        BlockingQueue<String> states = listen();
        awaitState(states, s -> true);

        Files.writeString(note, "---\ntitle: ORM\n\n# ORM\n\nno closing fence for the front matter\n");

        String failed = awaitState(states, s -> !s.contains("\"error\":null"));
        assertThat(failed).contains("\"file\":\"content/orm.md\"", "\"line\":1",
                "content/orm.md:1: front matter is opened with '---' but never closed");
        HttpResponse<String> page = get("/orm/models.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("A model is a class.");

        Files.writeString(note, "---\ntitle: ORM\n---\n# ORM\n\n## Models\n\nFixed.\n");

        assertThat(awaitState(states, s -> s.contains("\"error\":null"))).contains("orm/models.html");
        assertThat(awaitPage("/orm/models.html", body -> body.contains("Fixed."))).isNotEmpty();
    }

    @Test
    void whatTheAuthorSaysAboutRepeatsIsReadOnEverySaveAndAMistakeInItReachesThePageAtItsLine() throws Exception {
        BlockingQueue<String> states = listen();
        awaitState(states, s -> true);

        Path repeats = note.resolveSibling("repeats.yml");
        Files.writeString(repeats, "same:\n  - [\"orm.md#What is a queryset?\"]\n");

        assertThat(awaitState(states, s -> !s.contains("\"error\":null"))).contains("\"file\":\"content/repeats.yml\"", "\"line\":2",
                "content/repeats.yml:2: an item of 'same:' names 1 question: name two or more");

        Files.writeString(repeats, "different:\n  - [\"orm.md#What is a queryset?\", \"orm.md#models\"]\n");

        assertThat(awaitState(states, s -> s.contains("\"error\":null"))).isNotEmpty();
    }

    @Test
    void aTemplateThatIncludesItselfShowsInThePageAndTheWatcherKeepsRebuilding() throws Exception {
        // issue 12: the StackOverflowError of a self-including template killed the watcher thread
        BlockingQueue<String> states = listen();
        awaitState(states, s -> true);
        Path page = Files.createDirectories(dir.resolve("templates")).resolve("page.peb");
        Files.writeString(page, "{% include \"page\" %}\n");

        String failed = awaitState(states, s -> !s.contains("\"error\":null"));
        assertThat(failed).contains("page.peb", "template recurses without end");
        assertThat(get("/orm/models.html").body()).contains("A model is a class.");

        Files.delete(page);
        Files.writeString(note, Files.readString(note).replace("A model is a class.", "Rebuilt after the fix."));
        assertThat(awaitState(states, s -> s.contains("\"error\":null"))).isNotEmpty();
        assertThat(awaitPage("/orm/models.html", body -> body.contains("Rebuilt after the fix."))).isNotEmpty();
    }

    @Test
    void aNulCharacterInARequestIsABadRequestWithAnAnswer() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /orm/%00models.html HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine())
                    .isEqualTo("HTTP/1.1 400 Bad Request");
        }
    }

    @Test
    void theReloadScriptIsAddedToServedPagesButNeverWrittenIntoTheSite() throws Exception {
        String served = get("/").body();
        assertThat(served).containsPattern("<script src=\"/__site-gen/live-reload.js\" data-generation=\"\\d+\" data-page=\"index.html\"></script>\\s*</body>");
        assertThat(dir.resolve("site-output/index.html")).content().doesNotContain("__site-gen");
        HttpResponse<String> script = get("/__site-gen/live-reload.js");
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
        assertThat(script.body()).contains("new EventSource('/__site-gen/events?since=' + generation)");
    }

    @Test
    void aMissingPageGetsTheSites404PageWithStatus404() throws Exception {
        HttpResponse<String> missing = get("/orm/no-such-page.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").contains("live-reload.js");
    }

    @Test
    void pathsOutsideTheSiteAreNotServed() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/assets/%2E%2E/%2E%2E/secret.txt")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("secret");
    }

    @Test
    void aRequestForAnotherHostNameIsRefusedSoOtherSitesCannotReadThePreview() throws Exception {
        assertThat(statusLine("localhost:" + server.port())).isEqualTo("HTTP/1.1 200 OK");
        assertThat(statusLine("attacker.example:" + server.port())).isEqualTo("HTTP/1.1 403 Forbidden");
    }

    @Test
    void theServerListensOnTheLoopbackInterfaceOnly() {
        assertThat(server.boundAddress().isLoopbackAddress()).isTrue();
        assertThat(server.address()).isEqualTo(URI.create("http://localhost:" + server.port() + "/"));
    }
}
