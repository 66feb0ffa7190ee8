package io.github.sitegen.dedup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the evidence of every labelled pair of the named guides, one line a pair, with the
 * verdict it gets, whether or not a candidate step would propose it: for studying how the
 * signals separate the same question from a different one. Arguments: the corpora folder, then
 * guide names (see {@link DedupLabelBenchmark}).
 */
public final class DedupEvidenceDump {
    private DedupEvidenceDump() {
    }

    public static void main(String[] args) {
        Path corpora = Path.of(args[0]);
        List<String> only = List.of(args).subList(1, args.length);
        for (LabelledGuide.Source source : LabelledGuide.sources()) {
            if (!only.contains(source.name())) {
                continue;
            }
            LabelledGuide guide = LabelledGuide.read(source, source.root(corpora), LabelledGuide.LABELS.resolve(source.name() + ".tsv"));
            Map<SectionKey, Integer> index = new HashMap<>();
            QuestionSet set = new Deduplicator(DedupOptions.DEFAULTS).questions(guide.outlines(), index);
            for (LabelledGuide.Pair pair : guide.pairs()) {
                Integer a = index.get(pair.a());
                Integer b = index.get(pair.b());
                if (a == null || b == null) {
                    System.out.println(source.name() + " " + pair.kind() + " not compared: " + pair.a() + " ~ " + pair.b());
                    continue;
                }
                PairEvidence e = set.evidence(Math.min(a, b), Math.max(a, b));
                System.out.printf(Locale.ROOT, "%-18s %-5s %-9s %-7s t=%.2f topic=%.2f same=%-5s x=%.2f sw=%.2f fit=%-5s a=%.2f s=%.2f "
                                + "list=%-5s tpl=%-5s %s ~ %s | %s ~ %s%n",
                        source.name(), pair.split(), pair.kind().name().toLowerCase(Locale.ROOT),
                        e.verdict(DedupOptions.DEFAULTS).name().toLowerCase(Locale.ROOT), e.title(), e.topic(), e.sameWords(),
                        e.extra(), e.swap(), e.kindsFit(), e.answer(), e.text(), e.sameList(), e.template(), pair.a(), pair.b(),
                        set.questions().get(a).title(), set.questions().get(b).title());
            }
        }
    }
}
