package io.github.sitegen.anki;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An Anki package ({@code .apkg}): a zip of {@code collection.anki2}, the SQLite collection in the
 * schema every Anki since 2.1 imports (version 11, the one genanki writes), a {@code media} map and
 * the media files named {@code 0}, {@code 1}, ….
 *
 * <p>The collection holds one note type (question, answer, where in the guide, link, key), a deck
 * for the guide with a sub-deck per note, and one note with one card per question. Nothing in it
 * comes from the clock: ids derive from the questions' keys ({@link AnkiIds}), times from when each
 * note last changed, and the database is made in memory by SQLite itself (sqlite-jdbc), in one
 * order, then vacuumed; zip entries carry a fixed time. So the same notes give the same bytes.
 */
public final class AnkiPackage {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);
    /** The collection's own creation time (seconds), as fixed as everything else in it. */
    private static final long CREATED = 1_577_836_800L;
    static final List<String> FIELDS = List.of("Question", "Answer", "Source", "Link", "Key");

    /**
     * What the collection's note type shows.
     *
     * @param name   the note type's name in Anki
     * @param css    its styling
     * @param front  the front template
     * @param back   the back template ({@code {{FrontSide}}} and the answer)
     */
    public record NoteType(String name, String css, String front, String back) {
    }

    private AnkiPackage() {
    }

    /**
     * @param guide the guide's title: the top deck, and part of every id, so that two guides never share one
     * @param notes the questions, in reading order
     * @param media files the answers and templates refer to, by the name they use
     */
    public static byte[] write(String guide, NoteType type, List<AnkiNote> notes, SortedMap<String, byte[]> media) {
        try {
            byte[] collection = collection(guide, type, notes);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                entry(zip, "collection.anki2", collection);
                Map<String, String> map = new LinkedHashMap<>();
                List<byte[]> files = new ArrayList<>();
                media.forEach((name, content) -> {
                    map.put(String.valueOf(files.size()), name);
                    files.add(content);
                });
                entry(zip, "media", JSON.writeValueAsBytes(map));
                for (int i = 0; i < files.size(); i++) {
                    entry(zip, String.valueOf(i), files.get(i));
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("an in-memory zip cannot fail to write", e);
        } catch (SQLException e) {
            throw new IllegalStateException("SQLite refused the Anki collection: " + e.getMessage(), e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ZIP_TIME);   // local time, not an instant: the same bytes in every time zone
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] collection(String guide, NoteType type, List<AnkiNote> notes) throws SQLException, JsonProcessingException {
        SQLiteDataSource memory = new SQLiteDataSource();   // not DriverManager, which a Maven plugin's class loader may hide it from
        memory.setUrl("jdbc:sqlite::memory:");
        try (Connection db = memory.getConnection()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                for (String statement : SCHEMA.split(";")) {
                    if (!statement.isBlank()) {
                        sql.execute(statement);
                    }
                }
            }
            Set<Long> deckIds = new HashSet<>(Set.of(1L));
            Map<String, Long> decks = new LinkedHashMap<>();
            long top = AnkiIds.id("deck\n" + guide, deckIds);
            decks.put(deckName(guide), top);
            for (AnkiNote note : notes) {
                decks.computeIfAbsent(deckPath(guide, note.deck()), name -> AnkiIds.id("deck\n" + name, deckIds));
            }
            long model = AnkiIds.id("note type\n" + guide, new HashSet<>());
            long modified = notes.stream().mapToLong(AnkiNote::modified).max().orElse(CREATED);
            try (PreparedStatement col = db.prepareStatement("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')")) {
                col.setLong(1, CREATED);
                col.setLong(2, modified * 1000);
                col.setLong(3, CREATED * 1000);
                col.setString(4, JSON.writeValueAsString(config(top, model)));
                col.setString(5, JSON.writeValueAsString(Map.of(String.valueOf(model), noteType(type, model, top, modified))));
                col.setString(6, JSON.writeValueAsString(decks(decks, modified)));
                col.setString(7, JSON.writeValueAsString(Map.of("1", deckOptions())));
                col.executeUpdate();
            }
            Set<Long> noteIds = new HashSet<>();
            Set<Long> cardIds = new HashSet<>();
            try (PreparedStatement note = db.prepareStatement("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
                 PreparedStatement card = db.prepareStatement(
                         "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')")) {
                int position = 0;
                for (AnkiNote n : notes) {
                    String name = guide + "\n" + n.key();
                    long noteId = AnkiIds.id("note\n" + name, noteIds);
                    note.setLong(1, noteId);
                    note.setString(2, AnkiIds.guid(name));
                    note.setLong(3, model);
                    note.setLong(4, n.modified());
                    note.setString(5, n.tags().isEmpty() ? "" : " " + String.join(" ", n.tags()) + " ");
                    note.setString(6, String.join("\u001f", fields(n)));
                    note.setString(7, n.question());
                    note.setLong(8, AnkiIds.checksum(n.question()));
                    note.executeUpdate();
                    card.setLong(1, AnkiIds.id("card\n" + name, cardIds));
                    card.setLong(2, noteId);
                    card.setLong(3, decks.get(deckPath(guide, n.deck())));
                    card.setLong(4, n.modified());
                    card.setLong(5, ++position);   // a new card's due is its place in the new queue: reading order
                    card.executeUpdate();
                }
            }
            db.commit();
            db.setAutoCommit(true);
            try (Statement sql = db.createStatement()) {
                sql.execute("VACUUM");
            }
            return db.unwrap(SQLiteConnection.class).serialize("main");
        }
    }

    /** The note's fields, in {@link #FIELDS} order, as HTML. */
    static List<String> fields(AnkiNote n) {
        return List.of(escape(n.question()), n.answer(), escape(n.source()), escape(n.link()), escape(n.key()));
    }

    /** The deck of a note's questions: below the guide's own. */
    static String deckPath(String guide, String note) {
        return deckName(guide) + "::" + deckName(note);
    }

    /** "::" separates Anki's deck levels: one inside a note's title is not meant as one. */
    private static String deckName(String title) {
        String name = title.replace("::", ":").strip();
        return name.isEmpty() ? "Notes" : name;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static Map<String, Object> config(long deck, long model) {
        Map<String, Object> conf = new LinkedHashMap<>();
        conf.put("activeDecks", List.of(1));
        conf.put("addToCur", true);
        conf.put("collapseTime", 1200);
        conf.put("curDeck", deck);
        conf.put("curModel", String.valueOf(model));
        conf.put("dueCounts", true);
        conf.put("estTimes", true);
        conf.put("newBury", true);
        conf.put("newSpread", 0);
        conf.put("nextPos", 1);
        conf.put("sortBackwards", false);
        conf.put("sortType", "noteFld");
        conf.put("timeLim", 0);
        return conf;
    }

    private static Map<String, Object> noteType(NoteType type, long id, long deck, long modified) {
        List<Map<String, Object>> fields = new ArrayList<>();
        for (String name : FIELDS) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", name);
            field.put("ord", fields.size());
            field.put("font", "Arial");
            field.put("media", List.of());
            field.put("rtl", false);
            field.put("size", 20);
            field.put("sticky", false);
            fields.add(field);
        }
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("name", "Question");
        template.put("ord", 0);
        template.put("qfmt", type.front());
        template.put("afmt", type.back());
        template.put("bqfmt", "");
        template.put("bafmt", "");
        template.put("bfont", "");
        template.put("bsize", 0);
        template.put("did", null);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("css", type.css());
        model.put("did", deck);
        model.put("flds", fields);
        model.put("id", String.valueOf(id));
        model.put("latexPost", "\\end{document}");
        model.put("latexPre", "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n");
        model.put("latexsvg", false);
        model.put("mod", modified);
        model.put("name", type.name());
        model.put("req", List.of(List.of(0, "all", List.of(0))));   // a card needs its question, and nothing more
        model.put("sortf", 0);
        model.put("tags", List.of());
        model.put("tmpls", List.of(template));
        model.put("type", 0);
        model.put("usn", -1);
        model.put("vers", List.of());
        return model;
    }

    private static Map<String, Object> decks(Map<String, Long> decks, long modified) {
        Map<String, Object> all = new TreeMap<>();
        all.put("1", deck(1, "Default", modified));
        decks.forEach((name, id) -> all.put(String.valueOf(id), deck(id, name, modified)));
        return all;
    }

    private static Map<String, Object> deck(long id, String name, long modified) {
        Map<String, Object> deck = new LinkedHashMap<>();
        deck.put("collapsed", false);
        deck.put("conf", 1);
        deck.put("desc", "");
        deck.put("dyn", 0);
        deck.put("extendNew", 10);
        deck.put("extendRev", 50);
        deck.put("id", id);
        deck.put("lrnToday", List.of(0, 0));
        deck.put("mod", modified);
        deck.put("name", name);
        deck.put("newToday", List.of(0, 0));
        deck.put("revToday", List.of(0, 0));
        deck.put("timeToday", List.of(0, 0));
        deck.put("usn", -1);
        return deck;
    }

    /** Anki's default deck options of the version 11 schema; Anki keeps its own when it has them. */
    private static Map<String, Object> deckOptions() {
        Map<String, Object> lapse = new LinkedHashMap<>();
        lapse.put("delays", List.of(10));
        lapse.put("leechAction", 0);
        lapse.put("leechFails", 8);
        lapse.put("minInt", 1);
        lapse.put("mult", 0);
        Map<String, Object> fresh = new LinkedHashMap<>();
        fresh.put("bury", true);
        fresh.put("delays", List.of(1, 10));
        fresh.put("initialFactor", 2500);
        fresh.put("ints", List.of(1, 4, 7));
        fresh.put("order", 1);
        fresh.put("perDay", 20);
        fresh.put("separate", true);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("bury", true);
        review.put("ease4", 1.3);
        review.put("fuzz", 0.05);
        review.put("ivlFct", 1);
        review.put("maxIvl", 36500);
        review.put("minSpace", 1);
        review.put("perDay", 100);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("autoplay", true);
        options.put("id", 1);
        options.put("lapse", lapse);
        options.put("maxTaken", 60);
        options.put("mod", 0);
        options.put("name", "Default");
        options.put("new", fresh);
        options.put("replayq", true);
        options.put("rev", review);
        options.put("timer", 0);
        options.put("usn", 0);
        return options;
    }

    /** The tables and indexes of Anki's version 11 collection (what Anki 2.1's importer reads). */
    private static final String SCHEMA = """
            CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
              ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
              models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
            CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
              usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
              flags integer NOT NULL, data text NOT NULL);
            CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
              mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
              ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL,
              left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
            CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
              ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
            CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
            CREATE INDEX ix_notes_usn ON notes (usn);
            CREATE INDEX ix_cards_usn ON cards (usn);
            CREATE INDEX ix_revlog_usn ON revlog (usn);
            CREATE INDEX ix_cards_nid ON cards (nid);
            CREATE INDEX ix_cards_sched ON cards (did, queue, due);
            CREATE INDEX ix_revlog_cid ON revlog (cid);
            CREATE INDEX ix_notes_csum ON notes (csum);
            """;
}
