package io.github.sitegen.dedup;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.markdown.MarkdownConverter;
import io.github.sitegen.section.SectionTreeBuilder;
import io.github.sitegen.source.ContentReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The live server's dedup, reusing what it worked out from unchanged sections, gives what a fresh one gives. */
class SectionMemoTest {
    private static final SectionTreeBuilder SECTIONS = new SectionTreeBuilder(new MarkdownConverter());

    private static List<SourceDocument> seeds() {
        return new ContentReader(BuildListener.SILENT).readAll(Path.of("content"));
    }

    private static List<DocumentOutline> outlines(List<SourceDocument> sources) {
        return sources.stream().map(s -> SECTIONS.build(new MarkdownConverter().convert(s))).toList();
    }

    @Test
    void aRebuildWithOneNoteEditedReusesTheOthersAndGivesWhatAFreshDedupGives() {
        Deduplicator dedup = new Deduplicator(DedupOptions.DEFAULTS);
        SectionMemo memo = SectionMemo.betweenBuilds();
        List<SourceDocument> sources = seeds();
        List<DocumentOutline> before = outlines(sources);
        DedupResult first = dedup.deduplicate(before, memo);
        assertThat(memo.reused()).isZero();
        assertThat(first).isEqualTo(dedup.deduplicate(before));

        // the last note edited: its answers now say something else; the other notes are the same objects
        List<DocumentOutline> after = new ArrayList<>(before);
        SourceDocument last = sources.get(sources.size() - 1);
        SourceDocument edited = new SourceDocument(last.path(), last.frontMatter(),
                last.body().replace("Django", "Djangoo"), last.firstLine());
        assertThat(edited.body()).isNotEqualTo(last.body());
        after.set(after.size() - 1, SECTIONS.build(new MarkdownConverter().convert(edited)));

        DedupResult second = dedup.deduplicate(after, memo);
        int reused = memo.reused();
        assertThat(second).isEqualTo(dedup.deduplicate(after)).isNotEqualTo(first);
        int sectionsOfTheOthers = before.subList(0, before.size() - 1).stream().mapToInt(o -> o.allSections().size()).sum();
        assertThat(reused).isEqualTo(sectionsOfTheOthers);
    }

    @Test
    void otherOptionsWorkEverythingOutAgain() {
        SectionMemo memo = SectionMemo.betweenBuilds();
        List<DocumentOutline> outlines = outlines(seeds());
        new Deduplicator(DedupOptions.DEFAULTS).deduplicate(outlines, memo);
        DedupOptions d = DedupOptions.DEFAULTS;
        DedupOptions shorter = new DedupOptions(d.enabled(), d.titleSimilarity(), d.answerSimilarity(), d.relatedSimilarity(), d.nearSimilarity(),
                2, d.minHashFunctions(), d.lshBands(), d.minWords(), d.maxRelated(), d.seed());
        DedupResult withMemo = new Deduplicator(shorter).deduplicate(outlines, memo);
        assertThat(memo.reused()).isZero();
        assertThat(withMemo).isEqualTo(new Deduplicator(shorter).deduplicate(outlines));
    }
}
