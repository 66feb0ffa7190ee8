package io.github.sitegen.check;

import io.github.sitegen.core.DocumentOutline;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.Nfkc;
import io.github.sitegen.core.Section;
import io.github.sitegen.section.Questions;
import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds copies of a question that differ only by a typo. Exact copies are not reported (merging
 * them is deduplication's business); a copy with a slip of the keyboard escapes that merge and
 * would drift apart from the other, so it is reported at the later copy, naming the earlier one
 * and the words that differ.
 *
 * <p>Questions are compared as normalised heading (numbering and emphasis removed, as
 * {@link Questions#normalise} does) plus normalised answer text. A typo sits either in the
 * heading or in the answer, so two copies that differ by one share the other exactly: only
 * pairs with the same heading or the same answer are compared, never all pairs. A pair is a
 * near-duplicate when its Damerau-Levenshtein distance (a swap of two letters counts once) is
 * at least 1 and at most {@link #allowedEdits(int) a few edits}, scaled to the text's length.
 * Texts whose lengths differ by more than that are not even compared.
 *
 * <p>Stateless and thread-safe. Self-contained on purpose: it needs only the section tree.
 */
public final class NearDuplicateQuestions {
    /** The most edits counted as a typo, however long the question. */
    static final int MAX_EDITS = 3;
    /** Characters of question per allowed edit: short texts get fewer, so "Yes" and "No" are not typos of each other. */
    static final int CHARS_PER_EDIT = 20;

    /**
     * A question as this check compares it.
     *
     * @param heading the heading, normalised
     * @param answer  the text under it and its subsections, normalised
     */
    public record Question(String file, int line, String title, String heading, String answer) {
        String text() {
            return heading + "\n" + answer;
        }
    }

    /** The questions of one note, ready to compare; a builder may keep them as long as the note is unchanged. */
    public List<Question> questionsOf(DocumentOutline outline) {
        List<Question> questions = new ArrayList<>();
        for (Section section : outline.allSections()) {
            if (section.question()) {
                questions.add(new Question(outline.source().path(), section.heading().line(), section.title(),
                        Questions.normalise(section.title()), normalise(answerOf(section))));
            }
        }
        return List.copyOf(questions);
    }

    public List<Finding> check(List<DocumentOutline> outlines) {
        return compare(outlines.stream().map(this::questionsOf).toList());
    }

    /** Near-duplicates among the questions of all notes, each note's as {@link #questionsOf} gave them. */
    public List<Finding> compare(List<List<Question>> notes) {
        List<Question> questions = new ArrayList<>();
        notes.forEach(questions::addAll);
        questions.sort(Comparator.comparing(Question::file).thenComparingInt(Question::line));
        Map<Question, Finding> findings = new LinkedHashMap<>();
        findTypos(groups(questions, Question::heading), findings);
        findTypos(groups(questions.stream().filter(q -> !q.answer().isEmpty()).toList(), Question::answer), findings);
        return findings.values().stream().sorted().toList();
    }

    /**
     * Whether two different texts are at most {@code allowed} Damerau-Levenshtein edits apart.
     * commons-text's bounded Levenshtein is fast on long texts; its Damerau variant is not, so it
     * only decides the rare pairs in between (a swap of two letters is two Levenshtein edits but
     * one typo), on the part of the texts that differs.
     */
    static boolean isTypo(String a, String b, int allowed) {
        if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) {
            return false;
        }
        int levenshtein = new LevenshteinDistance(2 * allowed).apply(a, b);
        if (levenshtein < 0) {
            return false;
        }
        if (levenshtein <= allowed) {
            return true;
        }
        int prefix = commonPrefix(a, b);
        int suffix = commonSuffix(a, b, prefix);
        return new DamerauLevenshteinDistance(allowed)
                .apply(a.substring(prefix, a.length() - suffix), b.substring(prefix, b.length() - suffix)) >= 0;
    }

    private static int commonPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int n = 0;
        while (n < max && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** Common suffix that does not reach into the first {@code prefix} characters of either text. */
    private static int commonSuffix(String a, String b, int prefix) {
        int max = Math.min(a.length(), b.length()) - prefix;
        int n = 0;
        while (n < max && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    static int allowedEdits(int length) {
        return Math.max(0, Math.min(MAX_EDITS, length / CHARS_PER_EDIT));
    }

    /** Questions whose key is equal, in order of first appearance. Groups are small, a question repeats a few times at most, but not always. */
    private static Collection<List<Question>> groups(List<Question> questions, Function<Question, String> key) {
        return questions.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList())).values();
    }

    /**
     * Reports each question of a group that is a typo of an earlier one, at the first such one.
     * Of the earlier copies that read the same only the first is compared: the others would give
     * the same answer later. So a question asked 5,000 times alike costs 5,000 look-ups, not
     * 12.5 million pairs (that took minutes and gigabytes).
     */
    private static void findTypos(Collection<List<Question>> groups, Map<Question, Finding> findings) {
        for (List<Question> group : groups) {
            Map<String, Question> earlier = new LinkedHashMap<>(); // each text, and the first question that reads so
            for (Question later : group) {
                String text = later.text();
                if (!findings.containsKey(later)) {
                    for (Map.Entry<String, Question> first : earlier.entrySet()) {
                        String firstText = first.getKey();
                        if (!firstText.equals(text)
                                && isTypo(firstText, text, allowedEdits(Math.min(firstText.length(), text.length())))) {
                            findings.put(later, finding(first.getValue(), later, text, firstText));
                            break;
                        }
                    }
                }
                earlier.putIfAbsent(text, later);
            }
        }
    }

    private static Finding finding(Question first, Question later, String laterText, String firstText) {
        return new Finding(later.file(), later.line(), "question \"" + later.title()
                + "\" repeats the one at " + first.file() + ":" + first.line() + " except for "
                + difference(laterText, firstText) + ": if that is a typo, make both copies read the same");
    }

    /** The answer as a reader sees it: the text under the heading and under its subsections. */
    private static String answerOf(Section section) {
        StringBuilder text = new StringBuilder();
        for (Section s : section.flatten()) {
            if (s != section) {
                text.append(s.title()).append('\n');
            }
            s.body().forEach(b -> text.append(b.text()).append('\n'));
        }
        return text.toString();
    }

    private static String normalise(String text) {
        return Nfkc.of(text).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** {@code "framwork" where that one has "framework"}: the differing words, with whole words around the edit. */
    static String difference(String mine, String theirs) {
        int prefix = commonPrefix(mine, theirs);
        int suffix = commonSuffix(mine, theirs, prefix);
        int start = prefix;
        while (start > 0 && !Character.isWhitespace(mine.charAt(start - 1))) {
            start--;
        }
        int tail = suffix;
        while (tail > 0 && !Character.isWhitespace(mine.charAt(mine.length() - tail))) {
            tail--;
        }
        return quote(mine.substring(start, mine.length() - tail)) + " where that one has "
                + quote(theirs.substring(start, theirs.length() - tail));
    }

    private static String quote(String words) {
        String shown = words.strip();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "…";
        }
        return "\"" + shown + "\"";
    }
}
