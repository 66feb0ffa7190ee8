package io.github.sitegen.model;

import io.github.sitegen.core.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of pages cut from a run of questions, as a reader would name them: the range of
 * questions they hold and the first of them, "Questions 1–15: What is Django? …". The range
 * uses the numbers the questions are written with, else their places in the note.
 */
final class PageNames {
    private static final Pattern NUMBERED = Pattern.compile("^(?:(?:question|q)\\s*)?(\\d+)[.):]", Pattern.CASE_INSENSITIVE);

    private PageNames() {
    }

    /**
     * "Questions 42–53" when every section of the run (the note's own index aside) is a
     * question and there are at least two; empty otherwise.
     *
     * @param before  questions of the note on earlier pages of such runs, for unnumbered questions
     * @param several whether the run is one of several pages
     */
    static Optional<String> questionRange(List<Section> chunk, Predicate<Section> index, int before, boolean several) {
        List<Section> questions = chunk.stream().filter(index.negate()).toList();
        if (questions.size() < 2 || !questions.stream().allMatch(Section::question)) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (Section section : questions) {
            Matcher m = NUMBERED.matcher(section.title().replaceAll("[*_]+", "").strip());
            if (!m.find()) {
                numbers.clear();
                break;
            }
            numbers.add(Integer.parseInt(m.group(1)));
        }
        if (numbers.isEmpty()) {
            // unnumbered questions are counted by place only where a note is cut into several pages
            return several ? Optional.of("Questions " + (before + 1) + "–" + (before + questions.size())) : Optional.empty();
        }
        return Optional.of("Questions " + numbers.get(0) + "–" + numbers.get(numbers.size() - 1));
    }

    /** The range followed by the first question shown on the page: "Questions 1–15: What is Django? …". */
    static String withFirstQuestion(String range, List<Section> chunk, Predicate<Section> index, Predicate<Section> folded) {
        return chunk.stream().filter(index.negate().and(folded.negate())).findFirst()
                .map(s -> PageSplitter.shorten(PageSplitter.tidy(s.title())))
                .filter(t -> !t.isEmpty())
                .map(t -> range + ": " + t + (t.endsWith("…") ? "" : " …"))
                .orElse(range);
    }
}
