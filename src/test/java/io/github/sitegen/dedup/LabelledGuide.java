package io.github.sitegen.dedup;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Section;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.section.Questions;
import io.github.sitegen.section.SectionTreeBuilder;
import io.github.sitegen.source.ContentReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A guide whose questions a reader has judged pair by pair ({@code src/test/resources/dedup/labels}):
 * its notes, read and cut into sections as a build does, and the labelled pairs, each found by
 * {@code file:line} of its heading (and, where the labels carry them, checked against the titles).
 *
 * @param split which labels it has: {@code dev} (tuned on), {@code test} (held out), or both
 */
record LabelledGuide(String name, String split, List<DocumentOutline> outlines, List<Pair> pairs) {
    static final Path LABELS = Path.of("src/test/resources/dedup/labels");

    /** What a reader said of two questions. */
    enum Kind {
        /** The same question in the same words. */
        IDENTICAL,
        /** The same question in other words. */
        REWORDED,
        /** Different questions that look alike: merging them hides one. */
        SIMILAR;

        boolean same() {
            return this != SIMILAR;
        }
    }

    /** One labelled pair: {@code a} and {@code b} are the questions' sections. */
    record Pair(String split, Kind kind, SectionKey a, SectionKey b, String where) {
    }

    /** One line of {@code guides.tsv}: where a guide's notes are. */
    record Source(String name, String folder, List<String> globs, String split) {
        Path root(Path corpora) {
            return folder.equals("content") ? Path.of("content") : corpora.resolve(folder);
        }
    }

    static List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (String[] row : rows(LABELS.resolve("guides.tsv"))) {
            sources.add(new Source(row[0], row[1], List.of(row[2].split(",")), row[3]));
        }
        return sources;
    }

    /** Reads the guide's notes below {@code root} and its labels from {@code labels}. */
    static LabelledGuide read(Source source, Path root, Path labels) {
        List<DocumentOutline> outlines = outlines(root, source.globs());
        Map<String, DocumentOutline> byPath = new HashMap<>();
        outlines.forEach(o -> byPath.put(o.source().path(), o));
        List<Pair> pairs = new ArrayList<>();
        int line = 0;
        for (String[] row : rows(labels)) {
            line++;
            String where = labels.getFileName() + " pair " + line;
            SectionKey a = question(byPath, row[2], row.length > 4 ? row[4] : null, where);
            SectionKey b = question(byPath, row[3], row.length > 5 ? row[5] : null, where);
            pairs.add(new Pair(row[0], Kind.valueOf(row[1].toUpperCase(java.util.Locale.ROOT)), a, b, where));
        }
        return new LabelledGuide(source.name(), source.split(), outlines, pairs);
    }

    private static SectionKey question(Map<String, DocumentOutline> notes, String place, String title, String where) {
        int colon = place.lastIndexOf(':');
        String path = place.substring(0, colon);
        int line = Integer.parseInt(place.substring(colon + 1));
        DocumentOutline note = notes.get(path);
        if (note == null) {
            throw new IllegalStateException(where + ": no note " + path);
        }
        for (Section section : note.allSections()) {
            if (section.heading().line() == line) {
                if (title != null && !Questions.key(section.title()).equals(Questions.key(title))) {
                    throw new IllegalStateException(where + ": " + place + " reads \"" + section.title() + "\", not \"" + title + "\"");
                }
                return new SectionKey(path, section.anchor());
            }
        }
        throw new IllegalStateException(where + ": no heading at " + place);
    }

    static List<DocumentOutline> outlines(Path root, List<String> globs) {
        List<PathMatcher> matchers = globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        ContentReader reader = new ContentReader(BuildListener.SILENT);
        MarkdownConverter converter = new MarkdownConverter();
        SectionTreeBuilder sections = new SectionTreeBuilder(converter);
        try (Stream<Path> files = Files.walk(root)) {
            List<SourceDocument> notes = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = root.relativize(file);
                if (relative.toString().endsWith(".md") && matchers.stream().anyMatch(m -> m.matches(relative))) {
                    notes.add(reader.read(relative.toString().replace('\\', '/'), Files.readAllBytes(file)));
                }
            }
            return notes.stream().map(n -> sections.build(converter.convert(n))).sorted(DocumentOutline.READING_ORDER).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated rows of a file, comments and blank lines left out. */
    static List<String[]> rows(Path file) {
        try {
            return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
