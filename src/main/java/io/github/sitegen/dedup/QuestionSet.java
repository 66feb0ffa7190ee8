package io.github.sitegen.dedup;

import java.util.List;

/**
 * The questions one dedup run compares, with what the guide's words are worth: the positions of
 * its lists give the questions' places in {@code units}.
 *
 * @param units     each question's unit in {@link SectionUnits}, in reading order
 * @param questions each question as compared
 * @param lists     for each question, the list it is written in: questions under the same heading
 *                  of the same note (or at the top of the same note) share the number
 * @param notes     for each question, the note it is written in
 * @param templates for each question, whether its title is a template: three or more questions
 *                  of its note have the same title words ("What is the output of the following code?")
 */
record QuestionSet(List<Integer> units, List<ComparedQuestion> questions, int[] lists, int[] notes, boolean[] templates,
                   GuideWords words) {
    /** Questions of one note with the same title words from which the title is a template. */
    static final int TEMPLATE_REPEATS = 3;

    int size() {
        return units.size();
    }

    PairEvidence evidence(int i, int j) {
        return PairEvidence.of(questions.get(i), questions.get(j), lists[i] == lists[j], notes[i] == notes[j],
                templates[i] || templates[j], words);
    }
}
