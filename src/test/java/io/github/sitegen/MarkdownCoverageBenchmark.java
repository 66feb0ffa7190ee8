package io.github.sitegen;

import io.github.sitegen.core.Finding;
import io.github.sitegen.render.PrismLanguages;
import io.github.sitegen.support.Browser;
import io.github.sitegen.support.RecordingListener;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How much of other generators' Markdown and of other subjects' code a build understands, on
 * public note collections (bench/markdown-coverage.collections): each is built as a user would
 * build it, then its notes (read as plain text) are compared with the pages (read with jsoup,
 * and opened in Debian's Chromium to count the code blocks Prism highlighted). Prints a table;
 * asserts nothing. Not part of the normal test run (its name does not end in Test); run it with
 * {@code bench/markdown-coverage.sh}, which says what each column means.
 */
class MarkdownCoverageBenchmark {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Pattern FENCE = Pattern.compile("^\\s*(`{3,}|~{3,})\\s*([^`\\s]*)");
    private static final Pattern ADMONITION = Pattern.compile("^\\s*(?::{3,}\\s*[A-Za-z][\\w-]*|(?:!!!|\\?\\?\\?\\+?)\\s+[A-Za-z][\\w-]*)");
    private static final Pattern CUSTOM_ID = Pattern.compile("^\\s{0,3}#{1,6}\\s.*\\{:?\\s*#([^}\\s]+)[^}]*}\\s*$");
    private static final Pattern ALIGN = Pattern.compile("(?i)<(?:p|img|div|h[1-6]|table|td|th)\\b[^>]*\\balign\\s*=");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:[^'\"]*\\sfrom\\s+)?['\"]");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("(?:^|\\s)lang(?:uage)?-(\\S+)");
    private static final String COUNT_TOKENS = """
            var out = [];
            document.querySelectorAll('pre > code').forEach(function (c) {
              var m = /(?:^|\\s)lang(?:uage)?-(\\S+)/.exec(c.className);
              var grammar = m && window.Prism && Prism.languages[m[1].toLowerCase()];
              if (m) out.push(m[1] + ' ' + (grammar && Object.keys(grammar).length ? 1 : 0) + ' ' + (c.querySelector('.token') ? 1 : 0));
            });
            return out.join('\\n');""";

    /** What the notes of a collection hold, read as text. */
    private static final class Source {
        int notes;
        final Map<String, Integer> fences = new TreeMap<>();
        int admonitions;
        final Set<String> customIds = new HashSet<>();
        int customIdHeadings;
        int align;
        int imports;
        final Map<String, Integer> frontMatterKeys = new TreeMap<>();
    }

    /** What its pages show. */
    private static final class Output {
        int pages;
        int codeBlocks;
        int known;
        int plain;
        final Map<String, Integer> unknown = new TreeMap<>();
        int highlighted = -1;
        int knownInBrowser;
        int tokens;
        int alerts;
        int rawAdmonitions;
        int rawCustomIds;
        int customIdsFound;
        int align;
        int visibleImports;
        String prism = "";
    }

    @Test
    void measure() throws IOException {
        Path corpora = Path.of(System.getProperty("coverage.corpora", "/work/corpora"));
        Set<String> sets = Set.of(System.getProperty("coverage.sets", "dev").split(","));
        Set<String> only = System.getProperty("coverage.only", "").isBlank() ? Set.of()
                : Set.of(System.getProperty("coverage.only").split(","));
        boolean browser = Boolean.parseBoolean(System.getProperty("coverage.browser", "true"));
        Path work = REPO.resolve("target/markdown-coverage");
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(REPO.resolve(System.getProperty("coverage.collections",
                "bench/markdown-coverage.collections")))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            if (!sets.contains(f[0]) || !only.isEmpty() && !only.contains(f[1])) {
                continue;
            }
            Path notes = f[2].startsWith("./") ? REPO.resolve(f[2].substring(2)) : corpora.resolve(f[2]);
            if (!Files.isDirectory(notes)) {
                System.out.println("skipped " + f[1] + ": no folder " + notes);
                continue;
            }
            rows.computeIfAbsent(f[0], s -> new ArrayList<>()).add(measure(f[1], notes, work.resolve(f[1]), browser));
        }
        StringBuilder report = new StringBuilder();
        rows.forEach((set, lines) -> {
            report.append("\n### ").append(set).append("\n\n").append(HEADER).append('\n')
                    .append(HEADER.replaceAll("[^|]+", "---")).append('\n');
            lines.forEach(l -> report.append(l).append('\n'));
        });
        System.out.println(report);
        Files.createDirectories(work);
        Files.writeString(work.resolve("report.md"), report.toString());
    }

    private static final String HEADER = "| collection | notes, pages | code blocks: Prism knows / its grammar loaded in Chromium / plain on purpose / unknown (top) "
            + "| prism.js | admonitions: written / boxes / shown raw | {#id}: written / ids found / shown raw | align: written / kept "
            + "| MDX import lines: written / visible | front matter keys (unknown warnings) | link findings | blocks lost | build note |";

    private String measure(String name, Path notes, Path work, boolean browser) throws IOException {
        Source source = read(notes);
        RecordingListener log = new RecordingListener();
        Path site = work.resolve("site");
        long started = System.nanoTime();
        new SiteBuilder(log).build(new SiteOptions(notes, REPO.resolve("templates"), site, name, Optional.empty(), Optional.empty()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        Output out = pages(site, source);
        if (browser) {
            highlight(site, out);
        }
        List<Finding> findings = log.findings();
        long unknownKeys = findings.stream().filter(x -> x.message().startsWith("unknown front matter field")).count();
        long links = findings.stream().filter(x -> x.message().startsWith("link '")).count();
        String lost = log.log().stream().filter(l -> l.startsWith("dedup:")).map(l -> l.replaceAll(".*, (\\d+) blocks lost.*", "$1"))
                .findFirst().orElse("?");
        String note = log.log().stream().filter(l -> l.startsWith("code highlighting:")).findFirst().map(l -> "yes").orElse("no");
        String unknownTop = out.unknown.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(4).map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        int fenced = source.fences.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%s: built in %d ms; fences by language %s%n", name, millis, source.fences);
        return "| " + name + " | " + source.notes + ", " + out.pages
                + " | " + out.codeBlocks + " blocks (" + fenced + " fences written): " + out.known + " / "
                + (out.highlighted < 0 ? "-" : out.highlighted + " of " + out.knownInBrowser + " (" + out.tokens + " with tokens)") + " / " + out.plain + " / "
                + out.unknown.values().stream().mapToInt(Integer::intValue).sum() + (unknownTop.isEmpty() ? "" : " (" + unknownTop + ")")
                + " | " + out.prism
                + " | " + source.admonitions + " / " + out.alerts + " / " + out.rawAdmonitions
                + " | " + source.customIdHeadings + " / " + out.customIdsFound + " / " + out.rawCustomIds
                + " | " + source.align + " / " + out.align
                + " | " + source.imports + " / " + out.visibleImports
                + " | " + source.frontMatterKeys.values().stream().mapToInt(Integer::intValue).sum() + " (" + unknownKeys + ")"
                + " | " + links + " | " + lost + " | " + note + " |";
    }

    /** The notes as text: fenced code by language, and, outside code, the shapes other generators write. */
    private static Source read(Path notes) throws IOException {
        Source s = new Source();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(notes)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches("(?i).*\\.(md|mdx|markdown)$")).sorted().toList();
        }
        for (Path file : files) {
            s.notes++;
            List<String> lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\\R", -1));
            int start = 0;
            if (!lines.isEmpty() && lines.get(0).equals("---")) {
                for (int i = 1; i < lines.size(); i++) {
                    if (lines.get(i).equals("---")) {
                        start = i + 1;
                        break;
                    }
                    Matcher key = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:").matcher(lines.get(i));
                    if (key.find()) {
                        s.frontMatterKeys.merge(key.group(1), 1, Integer::sum);
                    }
                }
            }
            String fence = null;
            for (String line : lines.subList(start, lines.size())) {
                Matcher f = FENCE.matcher(line);
                if (fence == null && f.find()) {
                    fence = f.group(1);
                    String word = f.group(2).isEmpty() ? "(none)" : f.group(2).toLowerCase();
                    s.fences.merge(word, 1, Integer::sum);
                    continue;
                }
                if (fence != null) {
                    String t = line.strip();
                    char mark = fence.charAt(0);
                    if (t.startsWith(fence) && t.chars().allMatch(c -> c == mark)) {
                        fence = null;
                    }
                    continue;
                }
                if (ADMONITION.matcher(line).find()) {
                    s.admonitions++;
                }
                Matcher id = CUSTOM_ID.matcher(line);
                if (id.find()) {
                    s.customIdHeadings++;
                    s.customIds.add(id.group(1));
                }
                Matcher align = ALIGN.matcher(line);
                while (align.find()) {
                    s.align++;
                }
                if (IMPORT.matcher(line).find()) {
                    s.imports++;
                }
            }
        }
        return s;
    }

    private static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).filter(p -> !site.relativize(p).startsWith("assets")).sorted().toList();
        }
    }

    private static Output pages(Path site, Source source) throws IOException {
        Output o = new Output();
        PrismLanguages prism = PrismLanguages.bundled();
        Set<String> ids = new HashSet<>();
        for (Path page : htmlPages(site)) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            Element content = doc.selectFirst("main");
            if (content == null) {
                continue;
            }
            o.pages++;
            for (Element code : content.select("pre > code")) {
                Matcher m = CODE_LANGUAGE.matcher(code.className());
                if (!m.find()) {
                    continue;
                }
                o.codeBlocks++;
                String word = m.group(1);
                if (prism.plain(word)) {
                    o.plain++;
                } else if (prism.language(word).isPresent()) {
                    o.known++;
                } else {
                    o.unknown.merge(word, 1, Integer::sum);
                }
            }
            o.alerts += content.select(".sg-alert").size();
            for (Element p : content.select("p, li")) {
                String text = p.ownText().strip();
                if (ADMONITION.matcher(text).find() || text.startsWith(":::")) {
                    o.rawAdmonitions++;
                }
                if (IMPORT.matcher(text).find()) {
                    o.visibleImports++;
                }
            }
            for (Element h : content.select("h1, h2, h3, h4, h5, h6")) {
                if (h.text().matches(".*\\{:?\\s*#[^}\\s]+[^}]*}\\s*#?$")) { // the permalink's # follows
                    o.rawCustomIds++;
                }
            }
            content.select("[id]").forEach(e -> ids.add(e.id()));
            o.align += content.select("p[align], img[align], div[align], [class*=sg-align-]").size()
                    + content.select("h1[align], h2[align], h3[align], h4[align], h5[align], h6[align]").size();
        }
        o.customIdsFound = (int) source.customIds.stream().filter(ids::contains).count();
        Path script = site.resolve("assets/prism.js");
        if (Files.exists(script)) {
            String head = Files.readAllLines(script).get(0);
            o.prism = Files.size(script) / 1024 + " KiB, " + head.replaceAll(".*: (.*) \\*/", "$1").split(", ").length + " components";
        }
        return o;
    }

    /**
     * Opens each page that shows code in Chromium and counts, of the blocks in a language Prism
     * knows, those whose grammar the page loaded (Prism highlights them), and those that hold
     * tokens (a block of plain words may hold none even when highlighted).
     */
    private static void highlight(Path site, Output o) throws IOException {
        PrismLanguages prism = PrismLanguages.bundled();
        o.highlighted = 0;
        try (Browser browser = new Browser(1280, 900)) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            for (Path page : htmlPages(site)) {
                if (!Files.readString(page).contains("<pre><code class=\"lang")) {
                    continue;
                }
                browser.driver().get(page.toUri().toString());
                String blocks = (String) js.executeScript(COUNT_TOKENS);
                for (String block : blocks.isEmpty() ? new String[0] : blocks.split("\n")) {
                    String[] wordAndTokens = block.split(" ");
                    if (prism.language(wordAndTokens[0]).isPresent()) {
                        o.knownInBrowser++;
                        o.highlighted += Integer.parseInt(wordAndTokens[1]);
                        o.tokens += Integer.parseInt(wordAndTokens[2]);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
