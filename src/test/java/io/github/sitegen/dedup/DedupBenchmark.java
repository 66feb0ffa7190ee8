package io.github.sitegen.dedup;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.section.SectionTreeBuilder;
import io.github.sitegen.source.ContentReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How the dedup stage's time grows with the notes: {@code content/} as it is, and scaled to
 * 10 and 100 times its size by copies under other paths whose text is perturbed the way
 * notes copied between projects are (a word changed here, a sentence added there), so that
 * some copies stay identical and others become near-duplicates and variants. Only the dedup
 * stage is timed (median of five runs after three warm-up runs); reading and parsing are not.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx8g -cp target/test-classes:target/classes:$(cat target/cp.txt) io.github.sitegen.dedup.DedupBenchmark [content] [1,10,100]
 * </pre>
 */
public final class DedupBenchmark {
    private static final int RUNS = 5;
    /** Warm-up runs per scale, so that the smallest scale is not timed while the JIT is still compiling. */
    private static final int WARM_UPS = 3;

    private DedupBenchmark() {
    }

    public static void main(String[] args) {
        Path content = Path.of(args.length > 0 ? args[0] : "content");
        int[] scales = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {1, 10, 100};
        List<SourceDocument> notes = new ContentReader(BuildListener.SILENT).readAll(content);
        MarkdownConverter converter = new MarkdownConverter();
        SectionTreeBuilder sections = new SectionTreeBuilder(converter);
        Deduplicator deduplicator = new Deduplicator(DedupOptions.DEFAULTS);

        System.out.printf(Locale.ROOT, "%6s %9s %9s %10s %10s %8s %8s %8s %10s %9s%n", "scale", "sections", "questions",
                "candidates", "identical", "variant", "near", "related", "ms", "us/sect");
        double baseline = 0;
        for (int scale : scales) {
            List<DocumentOutline> outlines = new ArrayList<>();
            for (int copy = 0; copy < scale; copy++) {
                for (SourceDocument note : notes) {
                    SourceDocument scaled = copy == 0 ? note : perturbed(note, copy);
                    outlines.add(sections.build(converter.convert(scaled)));
                }
            }
            outlines = outlines.stream().sorted(DocumentOutline.READING_ORDER).toList();
            for (int w = 0; w < WARM_UPS; w++) {
                deduplicator.deduplicate(outlines);
            }
            long[] times = new long[RUNS];
            DedupResult result = null;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                result = deduplicator.deduplicate(outlines);
                times[run] = System.nanoTime() - start;
            }
            Arrays.sort(times);
            double ms = times[RUNS / 2] / 1e6;
            DedupResult.Stats s = result.stats();
            double perSection = ms * 1000 / s.sections();
            baseline = baseline == 0 ? perSection : baseline;
            System.out.printf(Locale.ROOT, "%5dx %9d %9d %10d %10d %8d %8d %8d %10.1f %9.1f%n", scale, s.sections(),
                    s.questions(), s.candidatePairs(), s.identicalCopies(), s.variantGroups(), s.nearGroups(),
                    s.relatedLinks(), ms, perSection);
        }
    }

    /**
     * Copy {@code copy} of a note under {@code copy-N/}: in about one prose line in six a word is
     * replaced by another word of the same note, and in about one in thirty a sentence is added.
     * Headings, code and tables are left alone, so the copy asks the same questions.
     */
    static SourceDocument perturbed(SourceDocument note, int copy) {
        SplittableRandom random = new SplittableRandom(31L * copy + note.path().hashCode());
        String[] lines = note.body().split("\n", -1);
        List<String> vocabulary = new ArrayList<>();
        for (String line : lines) {
            for (String word : line.split("\\s+")) {
                if (word.matches("[A-Za-z]{5,}")) {
                    vocabulary.add(word);
                }
            }
        }
        boolean code = false;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            String out = line;
            if (line.stripLeading().startsWith("```")) {
                code = !code;
            } else if (!code && !line.isBlank() && !line.startsWith("#") && !line.startsWith("|") && !vocabulary.isEmpty()) {
                double dice = random.nextDouble();
                if (dice < 1.0 / 6) {
                    String[] words = line.split(" ", -1);
                    int at = random.nextInt(words.length);
                    if (words[at].matches("[A-Za-z]{4,}")) {
                        words[at] = vocabulary.get(random.nextInt(vocabulary.size()));
                    }
                    out = String.join(" ", words);
                } else if (dice < 1.0 / 6 + 1.0 / 30) {
                    out = line + " This also held in project " + copy + ", where it was checked again.";
                }
            }
            body.append(out).append('\n');
        }
        String path = "copy-" + copy + "/" + note.path();
        return new SourceDocument(path, note.frontMatter(), body.toString(), note.firstLine());
    }
}
