package io.github.sitegen.search;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real study notes as search documents: each Markdown file split at its ATX headings (outside fenced
 * code), title = heading text, body = everything up to the next heading, topic = the nearest enclosing
 * heading. Text before the first heading is a section with an empty title; nothing is skipped.
 *
 * <p>The notes are not copied into the test resources: they live outside ({@code ../shared/seeds}, later the
 * repository's {@code content/}). System property {@code sitegen.corpus} names another directory.
 */
public final class StudyNotesCorpus {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*$");
    private static final Pattern CLOSING_HASHES = Pattern.compile("(?:^|[ \\t]+)#+$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private StudyNotesCorpus() {
    }

    /** {@code sitegen.corpus}, else {@code ../shared/seeds}, else {@code content/}, relative to the project. */
    public static Path directory() {
        Path project = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        String configured = System.getProperty("sitegen.corpus");
        if (configured != null) {
            Path dir = project.resolve(configured);
            if (!Files.isDirectory(dir)) {
                fail("System property sitegen.corpus names " + dir + ", which is not a directory");
            }
            return dir;
        }
        for (String candidate : List.of("../shared/seeds", "content")) {
            Path dir = project.resolve(candidate).normalize();
            if (Files.isDirectory(dir)) {
                return dir;
            }
        }
        return fail("No study notes found: neither ../shared/seeds nor content/ exists under " + project
                + "; point -Dsitegen.corpus=<dir> at a folder of Markdown notes");
    }

    /** The sections of every note in {@link #directory()}, files in name order; refs are "file#n". */
    public static List<SearchDocument> documents() {
        Path dir = directory();
        List<SearchDocument> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> notes = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".*\\.(md|markdown|txt)"))
                    .sorted().toList();
            if (notes.isEmpty()) {
                fail("No .md or .txt notes in " + dir);
            }
            for (Path note : notes) {
                documents.addAll(sections(note));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    static List<SearchDocument> sections(Path note) throws IOException {
        String name = note.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        List<String> lines = Files.readAllLines(note, StandardCharsets.UTF_8);
        List<SearchDocument> sections = new ArrayList<>();
        String[] headingsByLevel = new String[7];
        String title = "";
        String topic = "";
        StringBuilder body = new StringBuilder();
        String fence = null;
        for (String line : lines) {
            Matcher fenceMatch = FENCE.matcher(line);
            if (fenceMatch.find()) {
                String marker = fenceMatch.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                    fence = null;
                }
            }
            Matcher heading = fence == null ? HEADING.matcher(line) : null;
            if (heading != null && heading.matches()) {
                add(sections, name, title, body, topic);
                int level = heading.group(1).length();
                title = heading.group(2) == null ? "" : CLOSING_HASHES.matcher(heading.group(2)).replaceFirst("");
                topic = "";
                for (int parent = level - 1; parent >= 1; parent--) {
                    if (headingsByLevel[parent] != null) {
                        topic = headingsByLevel[parent];
                        break;
                    }
                }
                headingsByLevel[level] = title;
                for (int deeper = level + 1; deeper < headingsByLevel.length; deeper++) {
                    headingsByLevel[deeper] = null;
                }
                body = new StringBuilder();
            } else {
                body.append(line).append('\n');
            }
        }
        add(sections, name, title, body, topic);
        return sections;
    }

    private static void add(List<SearchDocument> sections, String name, String title, StringBuilder body,
            String topic) {
        if (sections.isEmpty() && title.isEmpty() && body.toString().isBlank()) {
            return; // nothing before the first heading
        }
        sections.add(new SearchDocument(name + "#" + sections.size(),
                Map.of("title", title, "body", body.toString(), "topic", topic)));
    }
}
