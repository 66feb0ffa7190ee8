package io.github.sitegen.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the guide's own questions say about its words: how many titles use each title word, and
 * how many answers each answer word. A word few titles use names a topic; a word many use is
 * the guide's subject or its way of asking ("Django" in one guide, "React" or "Python" in
 * another, "output" in a guide of code puzzles) and tells two questions apart not at all. So a
 * title word weighs {@code ln(s·(n + 10) / df)}, nothing once it is in a share {@code s} of the
 * titles ({@link #SUBJECT_SHARE}, with {@link #PRIOR_TITLES} more titles assumed), and an answer word its inverse document frequency. Both are learned
 * anew for every guide: no word list says what a subject is.
 */
final class GuideWords {
    /** Share of the titles from which a word is the guide's subject, not a topic. */
    static final double SUBJECT_SHARE = 0.2;
    /**
     * Titles a guide is weighed as having beyond its own, none of them using any word: in a guide
     * of a dozen questions a word four titles use may be its subject or just its most asked-about
     * topic, and only a word most of them use is surely the subject. A large guide hardly notices.
     */
    static final int PRIOR_TITLES = 10;
    private final int titles;
    private final int answers;
    private final Map<String, Integer> titleFrequency = new HashMap<>();
    private final Map<Long, Integer> answerFrequency = new HashMap<>();

    GuideWords(List<TitleTerms> titleTerms, List<long[]> answerTerms) {
        this.titles = Math.max(1, titleTerms.size());
        this.answers = Math.max(1, (int) answerTerms.stream().filter(a -> a.length > 0).count());
        titleTerms.forEach(t -> t.terms().forEach(term -> titleFrequency.merge(term, 1, Integer::sum)));
        answerTerms.forEach(a -> {
            for (long token : a) {
                answerFrequency.merge(token, 1, Integer::sum);
            }
        });
    }

    /** How much a title word says about the topic in this guide. */
    double titleWeight(String term) {
        return Math.max(0.0, Math.log(SUBJECT_SHARE * (titles + PRIOR_TITLES) / titleFrequency.getOrDefault(term, 1)));
    }

    /** How many of the guide's titles use the word. */
    int titleFrequency(String term) {
        return titleFrequency.getOrDefault(term, 0);
    }

    /** How much an answer word says in this guide. */
    double answerWeight(long token) {
        return Math.log(1.0 + (double) answers / answerFrequency.getOrDefault(token, 1));
    }

    int answerFrequency(long token) {
        return answerFrequency.getOrDefault(token, 0);
    }

    int titles() {
        return titles;
    }
}
