package io.github.sitegen.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The questions being compared and what was found between them, indexed by position in {@code questions}. */
final class ComparedQuestions {
    final List<Integer> questions;
    final List<TitleTerms> titles;
    final List<long[]> shingles;
    /** For each question, the earlier questions it is the same as: {index, score}. */
    final Map<Integer, List<double[]>> same = new HashMap<>();
    /** {earlier, later, topic similarity} of different questions on one topic. */
    final List<double[]> related = new ArrayList<>();
    final int[] head;

    ComparedQuestions(List<Integer> questions, List<TitleTerms> titles, List<long[]> shingles) {
        this.questions = questions;
        this.titles = titles;
        this.shingles = shingles;
        this.head = new int[questions.size()];
    }
}
