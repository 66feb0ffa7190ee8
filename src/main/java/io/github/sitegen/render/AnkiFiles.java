package io.github.sitegen.render;

import io.github.sitegen.anki.AnkiNote;
import io.github.sitegen.anki.AnkiPackage;
import io.github.sitegen.anki.AnkiText;
import io.github.sitegen.links.LocalFiles;
import io.github.sitegen.markdown.GitHubSlugger;
import io.github.sitegen.output.SiteFile;
import io.github.sitegen.provenance.Provenance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The emitter of the guide's cards for Anki: {@code <guide>.apkg}, a package with the answers'
 * images as media and Prism to highlight their code, and {@code <guide>.tsv}, the same notes as text.
 * Each practice card becomes one note whose ids follow the card's key (see {@link AnkiPackage}).
 */
final class AnkiFiles {
    /** A note outside git has no date of its own; Anki then updates it only when told to always update. */
    static final long UNDATED = 1_577_836_800L;
    static final String PRISM_MEDIA = "_sitegen-prism.js";
    private static final String PRISM_CSS = "META-INF/resources/webjars/prismjs/" + PrismLanguages.VERSION + "/themes/prism.min.css";

    /** The files' names, from the site root. */
    record Names(String apkg, String tsv) {
    }

    private final Theme theme;
    private final Frame frame;
    private final Map<String, Provenance> provenance;
    private final Map<String, byte[]> localFiles;

    /** @param localFiles the files notes show, by their path in the site ({@link LocalFiles#FOLDER}…) */
    AnkiFiles(Theme theme, Frame frame, Map<String, Provenance> provenance, Map<String, byte[]> localFiles) {
        this.theme = theme;
        this.frame = frame;
        this.provenance = provenance;
        this.localFiles = localFiles;
    }

    static Names names(String siteTitle) {
        String slug = GitHubSlugger.slug(siteTitle).replaceAll("[^a-z0-9-]", "");
        String base = slug.isEmpty() ? "study-guide" : slug.substring(0, Math.min(60, slug.length()));
        return new Names(base + ".apkg", base + ".tsv");
    }

    /** @param highlighting the languages of the notes' code: the package's Prism script holds just those */
    List<SiteFile> files(List<PracticeCards.Card> cards, Highlighting highlighting) {
        String guide = frame.site().title();
        SortedMap<String, byte[]> media = new TreeMap<>();
        Map<String, String> mediaNames = new HashMap<>();
        List<AnkiNote> notes = new ArrayList<>();
        List<AnkiNote> textNotes = new ArrayList<>();
        for (PracticeCards.Card card : cards) {
            long modified = provenance.getOrDefault(card.note(), Provenance.NONE).lastUpdated()
                    .map(Instant::getEpochSecond).orElse(UNDATED);
            AnkiNote note = new AnkiNote(card.key(), card.source(), card.question(),
                    published(card.answer(), src -> mediaName(src, media, mediaNames)),
                    card.source() + " › " + card.page(), frame.canonical(card.id()), card.topics(), modified);
            notes.add(note);
            // the text file carries no media: its images are the published guide's, where its address is known
            textNotes.add(new AnkiNote(note.key(), note.deck(), note.question(), published(card.answer(), this::onSite),
                    note.source(), note.link(), note.tags(), modified));
        }
        media.put(PRISM_MEDIA, highlighting.script());
        AnkiPackage.NoteType type = new AnkiPackage.NoteType(guide + " (site-gen)", part("css") + "\n" + prismTheme(),
                part("front"), part("back"));
        Names names = names(guide);
        return List.of(new SiteFile(names.apkg(), AnkiPackage.write(guide, type, notes, media)),
                SiteFile.text(names.tsv(), AnkiText.write(guide, textNotes)));
    }

    private String part(String part) {
        return theme.render("anki-note", new HashMap<>(Map.of("part", part))).strip();
    }

    /** An answer (links and images from the site root) with its images' sources as {@code image} gives them and its links to the published guide. */
    private String published(String html, UnaryOperator<String> image) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element img : doc.select("img[src]")) {
            img.attr("src", image.apply(img.attr("src")));
        }
        for (Element a : doc.select("a[href]")) {
            a.attr("href", onSite(a.attr("href")));
        }
        return doc.body().html();
    }

    /** A link from the site root as the published guide's address; as it is when that is unknown or it leads elsewhere. */
    private String onSite(String href) {
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("//") || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return href;
        }
        String published = frame.canonical(href);
        return published.isEmpty() ? href : published;
    }

    /** The media name of an image the guide copied: its file name, numbered when two files share one. */
    private String mediaName(String src, SortedMap<String, byte[]> media, Map<String, String> mediaNames) {
        String path = URLDecoder.decode(src.replace("+", "%2B"), StandardCharsets.UTF_8);
        byte[] content = localFiles.get(path);
        if (content == null) {
            return onSite(src);
        }
        return mediaNames.computeIfAbsent(path, p -> {
            String file = p.substring(p.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "-");
            String unique = file;
            for (int n = 2; media.containsKey(unique); n++) {
                unique = n + "-" + file;
            }
            media.put(unique, content);
            return unique;
        });
    }

    private static String prismTheme() {
        try (InputStream in = AnkiFiles.class.getClassLoader().getResourceAsStream(PRISM_CSS)) {
            if (in == null) {
                throw new IllegalStateException("Prism's theme missing from the plugin's classpath: " + PRISM_CSS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
