package io.github.sitegen.anki;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.support.CopyTree;
import io.github.sitegen.support.NodeTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Anki package a build writes, read back by two readers site-gen did not write: Debian's
 * {@code sqlite3} (the collection's tables, against the schema genanki, the reference generator,
 * writes, which is what Anki's importer reads) and the npm {@code anki-reader} (decks, cards,
 * fields, note type, media). The notes are the test notes with pictures ({@code notes/files/guide}),
 * a note with code and a topic file.
 */
class AnkiExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TITLE = "Rendering Guide";
    private static final String BASE = "https://me.github.io/guide/";
    /** The tables and columns of genanki's apkg_schema.py, in order. */
    private static final Map<String, List<String>> GENANKI_SCHEMA = Map.of(
            "col", List.of("id", "crt", "mod", "scm", "ver", "dty", "usn", "ls", "conf", "models", "decks", "dconf", "tags"),
            "notes", List.of("id", "guid", "mid", "mod", "usn", "tags", "flds", "sfld", "csum", "flags", "data"),
            "cards", List.of("id", "nid", "did", "ord", "mod", "usn", "type", "queue", "due", "ivl", "factor", "reps",
                    "lapses", "left", "odue", "odid", "flags", "data"),
            "revlog", List.of("id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"),
            "graves", List.of("usn", "oid", "type"));

    @TempDir
    static Path dir;
    private static Path content;
    private static byte[] first;

    @BeforeAll
    static void build() throws IOException {
        content = dir.resolve("content");
        CopyTree.copy(Path.of("src/test/resources/notes/files/guide"), content);
        Files.writeString(content.resolve("code.md"), """
                # Code

                ## How do you read a file in Python?

                ```python
                with open("notes.txt") as f:
                    text = f.read()
                ```

                ## What does a list comprehension return?

                A new list, built from the expression for each item.
                """);
        Files.writeString(content.resolve("topics.yml"), """
                topics:
                  - name: Python files
                    keywords: [file, python]
                  - name: Browsers
                    keywords: [browser, paint, dom]
                """);
        first = apkg(build("first"));
    }

    private static Path build(String name) {
        Path out = dir.resolve(name);
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(content, dir.resolve("no-templates"), out, TITLE,
                Optional.empty(), Optional.of(BASE)));
        return out;
    }

    private static byte[] apkg(Path site) throws IOException {
        return Files.readAllBytes(site.resolve("rendering-guide.apkg"));
    }

    /** The package's entries by name. */
    private static Map<String, byte[]> entries(byte[] apkg) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(apkg))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** Runs Debian's sqlite3 on the package's collection; rows as JSON objects. */
    private static JsonNode sqlite(byte[] apkg, String query) throws Exception {
        Path db = Files.createTempFile(dir, "collection", ".anki2");
        Files.write(db, entries(apkg).get("collection.anki2"));
        Process process = new ProcessBuilder("sqlite3", "-json", "-readonly", db.toString(), query).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return JSON.readTree(text.isBlank() ? "[]" : text);
    }

    private static JsonNode ankiReader(byte[] apkg) throws Exception {
        Path file = Files.createTempFile(dir, "package", ".apkg");
        Files.write(file, apkg);
        return JSON.readTree(NodeTools.run(Path.of("src/test/resources/anki/read-package.mjs"), NodeTools.modules().toString(),
                file.toString()));
    }

    private static int practiceCards(Path site) throws IOException {
        String js = Files.readString(site.resolve("practice-data.js"));
        return JSON.readTree(js.substring(js.indexOf('{'), js.lastIndexOf('}') + 1)).get("cards").size();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void sqliteFindsTheTablesGenankiWritesAndAnIntactDatabase() throws Exception {
        assertThat(sqlite(first, "PRAGMA integrity_check").get(0).get("integrity_check").asText()).isEqualTo("ok");
        for (Map.Entry<String, List<String>> table : GENANKI_SCHEMA.entrySet()) {
            List<String> columns = new ArrayList<>();
            sqlite(first, "PRAGMA table_info(" + table.getKey() + ")").forEach(c -> columns.add(c.get("name").asText()));
            assertThat(columns).as(table.getKey()).isEqualTo(table.getValue());
        }
        JsonNode col = sqlite(first, "SELECT ver, models, decks, dconf, conf FROM col").get(0);
        assertThat(col.get("ver").asInt()).isEqualTo(11);
        JsonNode models = JSON.readTree(col.get("models").asText());
        assertThat(models.size()).isEqualTo(1);
        JsonNode model = models.elements().next();
        assertThat(model.get("id").asText()).isEqualTo(models.fieldNames().next());
        assertThat(model.get("type").asInt()).isZero();
        assertThat(model.get("flds").findValuesAsText("name")).containsExactly("Question", "Answer", "Source", "Link", "Key");
        assertThat(model.get("tmpls").get(0).get("qfmt").asText()).contains("{{Question}}");
        assertThat(model.get("tmpls").get(0).get("afmt").asText()).contains("{{FrontSide}}", "{{Answer}}", "{{Link}}", "_sitegen-prism.js");
        assertThat(model.get("css").asText()).contains(".token.keyword");   // Prism's theme, for the highlighted code
        JsonNode decks = JSON.readTree(col.get("decks").asText());
        List<String> names = new ArrayList<>();
        decks.forEach(d -> names.add(d.get("name").asText()));
        assertThat(names).contains("Default", TITLE, TITLE + "::Rendering Notes", TITLE + "::Painting", TITLE + "::Code");
        decks.fields().forEachRemaining(d -> assertThat(d.getValue().get("id").asText()).isEqualTo(d.getKey()));
        assertThat(JSON.readTree(col.get("dconf").asText()).has("1")).isTrue();
    }

    @Test
    void oneNoteAndOneCardPerQuestionWithItsFieldsDeckAndTopics() throws Exception {
        Path site = dir.resolve("first");
        JsonNode notes = sqlite(first, "SELECT n.id, n.guid, n.mid, n.tags, n.flds, n.sfld, n.csum, c.did, c.ord, c.nid "
                + "FROM notes n JOIN cards c ON c.nid = n.id ORDER BY c.due");
        assertThat(notes.size()).isEqualTo(practiceCards(site)).isEqualTo(sqlite(first, "SELECT id FROM cards").size());
        JsonNode python = null;
        for (JsonNode n : notes) {
            String[] fields = n.get("flds").asText().split("\u001f", -1);
            assertThat(fields).hasSize(5);
            assertThat(n.get("sfld").asText()).isEqualTo(org.jsoup.parser.Parser.unescapeEntities(fields[0], false));
            assertThat(n.get("csum").asLong()).isEqualTo(AnkiIds.checksum(n.get("sfld").asText()));
            assertThat(fields[3]).startsWith(BASE).contains(".html#");
            if (fields[0].equals("How do you read a file in Python?")) {
                python = n;
                assertThat(fields[1]).contains("<code class=\"language-python\">").contains("open(");
                assertThat(fields[2]).isEqualTo("Code › Code");
                assertThat(fields[4]).isEqualTo("code.md#how-do-you-read-a-file-in-python");
            }
        }
        assertThat(python).isNotNull();
        assertThat(python.get("tags").asText()).isEqualTo(" python-files ");
    }

    @Test
    void imagesTravelAsMediaUnderTheNamesTheAnswersUse() throws Exception {
        Map<String, byte[]> entries = entries(first);
        assertThat(new ArrayList<>(entries.keySet()).subList(0, 2)).containsExactly("collection.anki2", "media");
        JsonNode map = JSON.readTree(entries.get("media"));
        Map<String, String> named = new TreeMap<>();
        map.fields().forEachRemaining(e -> named.put(e.getValue().asText(), e.getKey()));
        assertThat(named).containsOnlyKeys("vdom.png", "flow-diagram.png", "_sitegen-prism.js");
        assertThat(entries.get(named.get("vdom.png"))).isEqualTo(Files.readAllBytes(content.resolve("images/vdom.png")));
        assertThat(entries.get(named.get("flow-diagram.png"))).isEqualTo(Files.readAllBytes(content.resolve("images/flow diagram.png")));
        assertThat(new String(entries.get(named.get("_sitegen-prism.js")), StandardCharsets.UTF_8)).contains("Prism");
        String answers = sqlite(first, "SELECT group_concat(flds, '|') AS all_fields FROM notes").get(0).get("all_fields").asText();
        assertThat(answers).contains("src=\"vdom.png\"", "src=\"flow-diagram.png\"")
                .doesNotContain("assets/files/images/vdom.png");
        // the picture never added to the notes stays a link to where the guide would have it
        assertThat(answers).contains(BASE + "assets/files/images/reflow.png");
    }

    @Test
    void ankiReaderReadsTheDecksCardsFieldsNoteTypeAndMedia() throws Exception {
        JsonNode read = ankiReader(first);
        int cards = 0;
        for (JsonNode deck : read.get("decks")) {
            for (JsonNode card : deck.get("cards")) {
                cards++;
                assertThat(deck.get("name").asText()).startsWith(TITLE + "::");
                assertThat(card.get("model").asText()).isEqualTo(TITLE + " (site-gen)");
                assertThat(card.get("front").asText()).contains(card.get("fields").get("Question").asText());
                assertThat(card.get("back").asText()).contains(card.get("fields").get("Answer").asText(),
                        card.get("fields").get("Link").asText());
            }
        }
        assertThat(cards).isEqualTo(practiceCards(dir.resolve("first")));
        assertThat(read.get("models")).hasSize(1);
        assertThat(read.get("models").get(0).get("fields")).extracting(JsonNode::asText)
                .containsExactly("Question", "Answer", "Source", "Link", "Key");
        assertThat(read.get("media").get("vdom.png").asText()).isEqualTo(sha256(Files.readAllBytes(content.resolve("images/vdom.png"))));
        assertThat(read.get("media").has("_sitegen-prism.js")).isTrue();
    }

    @Test
    void twoBuildsOfTheSameNotesGiveTheSameBytes() throws Exception {
        assertThat(apkg(build("again"))).isEqualTo(first);
        assertThat(Files.readString(dir.resolve("again/rendering-guide.tsv"))).isEqualTo(Files.readString(dir.resolve("first/rendering-guide.tsv")));
    }

    @Test
    void aRebuildAfterEditingKeepsEveryNotesAndCardsIds() throws Exception {
        Path edited = dir.resolve("edited-content");
        CopyTree.copy(content, edited);
        // an answer reworded, a question added before the others, one question removed
        Path code = edited.resolve("code.md");
        Files.writeString(code, Files.readString(code).replace("A new list", "A brand new list")
                .replace("# Code\n", "# Code\n\n## What is a generator?\n\nA function that yields values one at a time.\n")
                .replace("## How do you read a file in Python?\n\n```python\nwith open(\"notes.txt\") as f:\n    text = f.read()\n```\n\n", ""));
        assertThat(Files.readString(code)).doesNotContain("read a file");
        Path out = dir.resolve("edited");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(edited, dir.resolve("no-templates"), out, TITLE,
                Optional.empty(), Optional.of(BASE)));
        String ids = "SELECT n.guid, n.id AS nid, c.id AS cid, c.did, n.mid, n.flds FROM notes n JOIN cards c ON c.nid = n.id";
        Map<String, JsonNode> before = byKey(sqlite(first, ids));
        Map<String, JsonNode> after = byKey(sqlite(apkg(out), ids));
        assertThat(after).containsKey("code.md#what-is-a-generator").doesNotContainKey("code.md#how-do-you-read-a-file-in-python");
        assertThat(after.get("code.md#what-does-a-list-comprehension-return").get("flds").asText()).contains("A brand new list");
        int kept = 0;
        for (Map.Entry<String, JsonNode> note : before.entrySet()) {
            JsonNode then = note.getValue();
            JsonNode now = after.get(note.getKey());
            if (now == null) {
                continue;
            }
            kept++;
            for (String id : List.of("guid", "nid", "cid", "did", "mid")) {
                assertThat(now.get(id).asText()).as(note.getKey() + " " + id).isEqualTo(then.get(id).asText());
            }
        }
        assertThat(kept).isEqualTo(before.size() - 1);
    }

    private static Map<String, JsonNode> byKey(JsonNode rows) {
        Map<String, JsonNode> keyed = new TreeMap<>();
        rows.forEach(r -> {
            String[] fields = r.get("flds").asText().split("\u001f", -1);
            keyed.put(org.jsoup.parser.Parser.unescapeEntities(fields[4], false), r);
        });
        return keyed;
    }

    @Test
    void theTextFileHasAnkisHeaderAndTheSameGuids() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("first/rendering-guide.tsv"));
        assertThat(lines.subList(0, 3)).containsExactly("#separator:tab", "#html:true", "#notetype:Basic");
        List<String> guids = new ArrayList<>();
        sqlite(first, "SELECT guid FROM notes ORDER BY id").forEach(r -> guids.add(r.get("guid").asText()));
        String tsv = Files.readString(dir.resolve("first/rendering-guide.tsv"));
        assertThat(guids).isNotEmpty().allSatisfy(g -> assertThat(tsv).contains("\n" + g + "\t"));
        assertThat(tsv).contains("\t" + TITLE + "::Code\t");
    }

    @Test
    void thePracticePageLinksBothFilesAndAnOptionTurnsThemOff() throws Exception {
        assertThat(Files.readString(dir.resolve("first/practice.html")))
                .contains("href=\"rendering-guide.apkg\"", "href=\"rendering-guide.tsv\"");
        Path out = dir.resolve("without");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(content, dir.resolve("no-templates"), out, TITLE,
                Optional.empty(), Optional.of(BASE)).withAnki(false));
        assertThat(out.resolve("rendering-guide.apkg")).doesNotExist();
        assertThat(out.resolve("rendering-guide.tsv")).doesNotExist();
        assertThat(Files.readString(out.resolve("practice.html"))).doesNotContain(".apkg");
    }

}
