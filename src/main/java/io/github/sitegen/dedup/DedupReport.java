package io.github.sitegen.dedup;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What the dedup stage did, for people and tools: the build log's summary line,
 * {@code dedup-report.json}, and the duplicates page all come from one report, so they agree.
 *
 * @param summary the counts
 * @param groups  one entry per group, in the order of {@link DedupResult#groups()}
 */
@JsonPropertyOrder({"summary", "groups"})
public record DedupReport(Summary summary, List<Group> groups) {
    private static final ObjectWriter JSON = new ObjectMapper()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    @JsonPropertyOrder({"sections", "questions", "candidatePairs", "identicalCopies", "variantGroups", "nearGroups",
            "linkedPairs", "relatedLinks", "blocks", "blocksLost"})
    public record Summary(int sections, int questions, int candidatePairs, int identicalCopies, int variantGroups,
                          int nearGroups, int linkedPairs, int relatedLinks, int blocks, int blocksLost) {
    }

    @JsonPropertyOrder({"id", "kind", "similarity", "members"})
    public record Group(int id, String kind, double similarity, List<Member> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    /**
     * @param page     the page its text is shown on, relative to the site root
     * @param anchor   the id it is shown under on that page: for a copy, where what it repeats is
     *                 shown; for another answer, its own block at the canonical place
     * @param evidence why it is in the group, in words (empty for the first member)
     */
    @JsonPropertyOrder({"role", "source", "line", "title", "page", "anchor", "titleSimilarity", "answerSimilarity", "evidence"})
    public record Member(String role, String source, int line, String title, String page, String anchor,
                         double titleSimilarity, double answerSimilarity, String evidence) {
    }

    public DedupReport {
        groups = List.copyOf(groups);
    }

    /**
     * @param placement where the guide shows a note's heading: {@code page.html#id}, from the site model
     * @param account   what rendering showed of the notes
     */
    public static DedupReport of(DedupResult result, BiFunction<String, String, Optional<String>> placement,
                                 BlockAccount account) {
        DedupResult.Stats s = result.stats();
        Summary summary = new Summary(s.sections(), s.questions(), s.candidatePairs(), s.identicalCopies(),
                s.variantGroups(), s.nearGroups(), s.linkedPairs(), s.relatedLinks(), account.blocks(), account.lost().size());
        List<Group> groups = result.groups().stream().map(g -> new Group(g.id(), g.kind().id(), g.similarity(),
                g.members().stream().map(m -> member(m, placement)).toList())).toList();
        return new DedupReport(summary, groups);
    }

    private static Member member(GroupMember m, BiFunction<String, String, Optional<String>> placement) {
        SectionRef ref = m.section();
        String href = placement.apply(ref.source(), ref.anchor()).orElse("");
        int hash = href.indexOf('#');
        return new Member(m.role().id(), ref.source(), ref.line(), ref.title(),
                hash < 0 ? href : href.substring(0, hash), hash < 0 ? "" : href.substring(hash + 1),
                m.titleSimilarity(), m.answerSimilarity(), m.evidence());
    }

    /** The one line the build log gets, each count with the noun it takes ("1 identical copy", "2 identical copies"). */
    public String summaryLine() {
        return "dedup: " + count(summary.sections(), "section", "sections") + ", "
                + count(summary.identicalCopies(), "identical copy", "identical copies") + " folded, "
                + count(summary.variantGroups(), "variant group", "variant groups") + ", "
                + count(summary.nearGroups(), "near-duplicate group", "near-duplicate groups") + ", "
                + count(summary.linkedPairs(), "possible repeat", "possible repeats") + " linked, "
                + count(summary.relatedLinks(), "related link", "related links") + ", "
                + count(summary.blocksLost(), "block", "blocks") + " lost";
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * {@code dedup-report.json}: fixed field order, two-space indent, a final newline; written
     * straight to UTF-8 bytes, since at 100× the notes it is 18 MB, which as a string and its
     * copies took hundreds of MB at the end of a build.
     */
    public byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            JSON.writeValue(out, this);
        } catch (IOException e) {
            throw new IllegalStateException("a report of plain values always serialises", e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
