package io.github.sitegen.dedup;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Section;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the excerpts {@link DedupLabelsTest} runs on: of each labelled guide whose licence allows
 * copying (MIT here), the questions its labels name and a fixed sample of its other questions,
 * each copied whole (its heading line to the line before the next heading outside it), in their
 * order, with the labels' lines moved to where the questions stand in the excerpt. Run by hand
 * when the labels change:
 *
 * <pre>
 * java -cp … io.github.sitegen.dedup.LabelExcerpts /work/corpora react django-devlovers …
 * </pre>
 */
public final class LabelExcerpts {
    static final Path EXCERPTS = Path.of("src/test/resources/dedup/excerpts");
    /** Questions the labels do not name, taken besides, so that the guide's words weigh about as they do in the whole. */
    private static final int OTHERS = 20;

    private LabelExcerpts() {
    }

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args[0]);
        List<String> only = List.of(args).subList(1, args.length);
        for (LabelledGuide.Source source : LabelledGuide.sources()) {
            if (only.contains(source.name())) {
                write(source, source.root(corpora));
            }
        }
    }

    private static void write(LabelledGuide.Source source, Path root) throws IOException {
        Path labels = LabelledGuide.LABELS.resolve(source.name() + ".tsv");
        List<String[]> rows = LabelledGuide.rows(labels);
        Map<String, TreeSet<Integer>> wanted = new TreeMap<>();
        for (String[] row : rows) {
            for (String place : List.of(row[2], row[3])) {
                int colon = place.lastIndexOf(':');
                wanted.computeIfAbsent(place.substring(0, colon), k -> new TreeSet<>()).add(Integer.parseInt(place.substring(colon + 1)));
            }
        }
        List<DocumentOutline> outlines = LabelledGuide.outlines(root, source.globs());
        Path out = EXCERPTS.resolve(source.name());
        Files.createDirectories(out);
        Map<String, Integer> moved = new HashMap<>();
        SplittableRandom random = new SplittableRandom(17);
        for (DocumentOutline outline : outlines) {
            String path = outline.source().path();
            if (!wanted.containsKey(path)) {
                continue;
            }
            List<String> lines = Files.readAllLines(root.resolve(path));
            Map<Integer, int[]> spans = spans(outline, lines);
            List<Integer> others = new ArrayList<>(outline.sections().stream().flatMap(q -> outermostQuestions(q).stream())
                    .map(q -> q.heading().line()).filter(l -> !wanted.get(path).contains(l)).toList());
            TreeSet<Integer> keep = new TreeSet<>(wanted.get(path));
            for (int i = 0; i < OTHERS && !others.isEmpty(); i++) {
                int line = others.remove(random.nextInt(others.size()));
                int[] span = spans.get(line);
                if (keep.stream().noneMatch(k -> spans.get(k)[0] <= span[1] && span[0] <= spans.get(k)[1])) {
                    keep.add(line); // only questions apart from those taken: a note's contents hold them all
                }
            }
            List<String> excerpt = new ArrayList<>();
            int copiedTo = 0;
            for (int line : keep) {
                int[] span = spans.get(line);
                if (span[0] <= copiedTo) {
                    throw new IllegalStateException(path + ":" + line + " is inside another question taken");
                }
                // a comment between the pieces ends any list, so that a numbered item keeps its number
                excerpt.add("<!-- " + path + " lines " + span[0] + "-" + span[1] + " -->");
                excerpt.add("");
                moved.put(path + ":" + line, excerpt.size() + 1 + (line - span[0]));
                excerpt.addAll(lines.subList(span[0] - 1, span[1]));
                excerpt.add("");
                copiedTo = span[1];
            }
            Path file = out.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, excerpt);
        }
        List<String> remapped = new ArrayList<>();
        Files.readAllLines(labels).stream().filter(l -> l.startsWith("#")).forEach(remapped::add);
        remapped.add("# Excerpt: the lines are those of the excerpt in this folder, not of the whole collection.");
        for (String[] row : rows) {
            String[] copy = row.clone();
            for (int c = 2; c <= 3; c++) {
                String path = row[c].substring(0, row[c].lastIndexOf(':'));
                Integer line = moved.get(row[c]);
                if (line == null) {
                    throw new IllegalStateException(row[c] + " is no question's heading");
                }
                copy[c] = path + ":" + line;
            }
            remapped.add(String.join("\t", copy));
        }
        Files.write(out.resolve("labels.tsv"), remapped);
        String from = Files.readAllLines(labels).get(0).replaceFirst("^# Labelled pairs of questions in [^:]*: ", "").replaceFirst("\\.$", "");
        Files.writeString(out.resolve("SOURCE.txt"), "Excerpt of " + from + " (" + String.join(", ", source.globs())
                + "); its licence is LICENSE.txt here.\nThe questions the dedup labels name, and a fixed sample of others, "
                + "each copied whole and unchanged, in their order;\nwritten by io.github.sitegen.dedup.LabelExcerpts, "
                + "read by DedupLabelsTest.\n");
        for (Path dir = root; dir != null; dir = dir.getParent()) {
            try (var files = Files.list(dir)) {
                Path licence = files.filter(f -> f.getFileName().toString().toUpperCase(java.util.Locale.ROOT).startsWith("LICENSE"))
                        .findFirst().orElse(null);
                if (licence != null) {
                    Files.copy(licence, out.resolve("LICENSE.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IllegalStateException(root + " has no licence file: nothing of it may be copied");
    }

    /**
     * Each section's lines, by its heading's line: from the heading (with the {@code <details>} that
     * opens it, for a question written as a summary) to the line before the next heading outside it.
     */
    private static Map<Integer, int[]> spans(DocumentOutline outline, List<String> lines) {
        List<Section> all = outline.allSections();
        Map<Integer, int[]> spans = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Section section = all.get(i);
            int next = i + section.flatten().size();
            int start = opens(lines, section.heading().line() - 1) ? section.heading().line() - 1 : section.heading().line();
            int end = next < all.size() ? all.get(next).heading().line() - 1 : lines.size();
            if (next < all.size() && opens(lines, end)) {
                end--;
            }
            spans.put(section.heading().line(), new int[] {start, Math.max(start, end)});
        }
        return spans;
    }

    /** Whether line {@code n} (1-based) opens a {@code <details>} block. */
    private static boolean opens(List<String> lines, int n) {
        return n >= 1 && n <= lines.size() && lines.get(n - 1).strip().startsWith("<details");
    }

    private static List<Section> outermostQuestions(Section section) {
        if (section.question()) {
            return List.of(section);
        }
        return section.children().stream().flatMap(c -> outermostQuestions(c).stream()).toList();
    }
}
