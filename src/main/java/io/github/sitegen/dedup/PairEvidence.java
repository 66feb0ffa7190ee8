package io.github.sitegen.dedup;

import java.util.List;

/**
 * What two questions have in common, measured against the guide they are in.
 *
 * @param title     weighted Jaccard similarity of the titles' topic words, each weighted by how
 *                  few of the guide's titles use it: 1 when they name the same topic words
 * @param topic     Jaccard similarity of the titles' topic words, each counting alike (the guide's
 *                  subject words left out): how related two questions are, whatever they ask
 * @param sameWords whether the titles' topic words are the same words
 * @param extra     of the two titles, the larger share of its weight in words the other title
 *                  lacks: "update objects in state" against "update nested objects in state"
 *                  has the weight of "nested" over the whole of the longer title
 * @param swap      of the two titles, the smaller share of its weight in words the other lacks:
 *                  above nothing when each title has words of its own ("the maximum number in a
 *                  set" and "the minimum number in a set"), as two different questions do
 * @param kindsFit  whether the titles ask for the same kind of answer (what, how, why, …)
 * @param answer    how much of the lighter answer the other says too: the weight of the words
 *                  both answers use over the lighter one's, each word weighted by how few of the
 *                  guide's answers use it, so that shared rare words, identifiers and code count most
 * @param text      Jaccard similarity of the answers' word shingles: how much is the same text
 * @param sameList  whether both are written in one list of one note (siblings under one heading,
 *                  numbered on without starting again)
 * @param sameNote  whether both are written in one note
 * @param template  whether either title is a template: one that three or more questions of one
 *                  note share ("What is the output of the following code?")
 */
record PairEvidence(double title, double topic, boolean sameWords, double extra, double swap, boolean kindsFit,
                    double answer, double text, boolean sameList, boolean sameNote, boolean template) {

    /** Of two titles that ask the same, the most weight either may have in words the other lacks. */
    static final double NEAR_TITLE_EXTRA = 0.1;
    /** Title similarity from which the same text is the same question. */
    static final double SAME_TEXT_TITLE = 0.5;
    /** Answer similarity from which two questions of one list, asked alike, are the same. */
    static final double IN_LIST_ANSWER = 0.7;
    /** Answer similarity from which matching titles are linked. */
    static final double LINK_ANSWER = 0.2;
    /** Answer similarity from which questions of other lists whose titles share anything are linked. */
    static final double LINK_ANSWER_ALONE = 0.6;

    /** Words an answer needs before the share of it another answer says counts in full. */
    static final int MIN_ANSWER_WORDS = 8;

    /** What a pair of questions is found to be. */
    enum Verdict {
        /** The same question: one is folded into the other. */
        SAME,
        /** Perhaps the same question: both stay, each linked to the other. */
        MAYBE,
        /** Different questions on one topic: linked as related. */
        RELATED,
        NONE
    }

    Verdict verdict(DedupOptions options) {
        boolean subset = swap <= NEAR_TITLE_EXTRA; // one title's words are (nearly) all in the other
        boolean nearTitles = kindsFit && extra <= NEAR_TITLE_EXTRA && !template;
        if (sameList) {
            // an author who numbers or lists questions one after another meant them to differ,
            // unless the same question came back with the same answer
            if (nearTitles && answer >= IN_LIST_ANSWER || sameText(options) && nearTitles) {
                return Verdict.SAME;
            }
            return nearTitles ? Verdict.MAYBE : related(options);
        }
        boolean titlesAlike = subset && !template && title >= options.titleSimilarity();
        boolean titlesMatch = kindsFit && titlesAlike;
        if (sameText(options) && kindsFit && subset && title >= SAME_TEXT_TITLE) {
            return Verdict.SAME; // the same text under titles that ask alike
        }
        if (nearTitles) {
            return Verdict.SAME; // the same question in (nearly) the same words
        }
        // the more one title says that the other does not, the more the answers must agree
        if (titlesMatch && answer >= options.answerSimilarity() + extra) {
            return Verdict.SAME;
        }
        // in two notes, one title's topic all in the other's ("caching" and "the caching mechanism") and answers
        // that share some rare words: perhaps the same question, asked more or less narrowly (one note asking
        // both meant them to differ)
        boolean narrower = !sameNote && kindsFit && subset && !template && title > 0 && answer >= LINK_ANSWER;
        if (sameWords && !template || titlesMatch && answer >= LINK_ANSWER || titlesAlike && answer >= options.answerSimilarity()
                || narrower || kindsFit && !template && title > 0 && answer >= LINK_ANSWER_ALONE) {
            return Verdict.MAYBE;
        }
        return related(options);
    }

    /** What a pair that is not the same question is: related, if its titles share topic words enough. */
    Verdict related(DedupOptions options) {
        return topic >= options.relatedSimilarity() ? Verdict.RELATED : Verdict.NONE;
    }

    /** The same text, with something added or changed: shown once, with what the other adds. */
    boolean sameText(DedupOptions options) {
        return text >= options.nearSimilarity();
    }

    /**
     * Evidence strong enough to join a group that already has {@link Deduplicator#GROUP_LIMIT}
     * members: the same text, or the same title with answers that agree.
     */
    boolean strong(DedupOptions options) {
        return sameText(options) && extra <= NEAR_TITLE_EXTRA
                || kindsFit && extra <= NEAR_TITLE_EXTRA && !template && answer >= options.answerSimilarity();
    }

    /** How strongly the pair is the same question, for choosing among candidates: 0 to 1. */
    double strength() {
        return Math.max(text, (title + answer) / 2);
    }

    /** Why, in words, for the report. */
    String describe(DedupOptions options, List<String> sharedWords) {
        StringBuilder why = new StringBuilder();
        if (sameText(options)) {
            why.append("the same text (").append(percent(text)).append(" of word runs shared)");
        } else {
            why.append(sameWords ? "the same title words" : "titles " + percent(title) + " alike");
            if (!kindsFit) {
                why.append(", asking for different kinds of answer");
            }
            why.append("; answers ").append(percent(answer)).append(" alike");
        }
        if (!sharedWords.isEmpty()) {
            why.append(", sharing ").append(String.join(", ", sharedWords));
        }
        if (sameList) {
            why.append("; written in one list");
        }
        return why.toString();
    }

    private static String percent(double value) {
        return Math.round(value * 100) + "%";
    }

    static PairEvidence of(ComparedQuestion a, ComparedQuestion b, boolean sameList, boolean sameNote, boolean template,
                           GuideWords words) {
        List<String> x = a.title().terms();
        List<String> y = b.title().terms();
        double common = 0;
        double onlyX = 0;
        double onlyY = 0;
        int topicCommon = 0;
        int topicUnion = 0;
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            int c = i == x.size() ? 1 : j == y.size() ? -1 : x.get(i).compareTo(y.get(j));
            String term = c <= 0 ? x.get(i) : y.get(j);
            double w = words.titleWeight(term);
            topicUnion += w > 0 ? 1 : 0;
            if (c == 0) {
                common += w;
                topicCommon += w > 0 ? 1 : 0;
                i++;
                j++;
            } else if (c < 0) {
                onlyX += w;
                i++;
            } else {
                onlyY += w;
                j++;
            }
        }
        double union = common + onlyX + onlyY;
        // titles made only of the guide's subject ("What is Django?") are compared word for word
        boolean same = !x.isEmpty() && x.equals(y);
        double title = union == 0 ? (same ? 1 : 0) : common / union;
        double shareX = onlyX == 0 ? 0 : onlyX / (common + onlyX);
        double shareY = onlyY == 0 ? 0 : onlyY / (common + onlyY);
        double extra = Math.max(shareX, shareY);
        if (union == 0 && !same) {
            extra = 1;
        }
        double topic = topicUnion == 0 ? 0 : (double) topicCommon / topicUnion;
        return new PairEvidence(title, topic, same, extra, Math.min(shareX, shareY), a.title().kind().fits(b.title().kind()),
                overlap(a.answer(), b.answer(), words), text(a.shingles(), b.shingles()), sameList, sameNote, template);
    }

    /**
     * How much of the lighter answer the other says too: the weight of the words both use over the
     * weight of the lighter one's words, each word weighted by its rarity in the guide's answers.
     * A two-line answer and a page that say the same thing score high, which a cosine would not.
     */
    static double overlap(long[] a, long[] b, GuideWords words) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        double common = 0;
        double wa = 0;
        double wb = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j == b.length || i < a.length && a[i] < b[j]) {
                wa += words.answerWeight(a[i++]);
            } else if (i == a.length || b[j] < a[i]) {
                wb += words.answerWeight(b[j++]);
            } else {
                double w = words.answerWeight(a[i]);
                common += w;
                wa += w;
                wb += w;
                i++;
                j++;
            }
        }
        // an answer of a few words ("Model-View-Template") is found inside many a long one: it counts
        // as if its words were spread over MIN_ANSWER_WORDS
        double lighter = wa <= wb ? wa : wb;
        int size = wa <= wb ? a.length : b.length;
        return common / (lighter * Math.max(1.0, (double) MIN_ANSWER_WORDS / size));
    }

    private static double text(long[] a, long[] b) {
        return a.length == 0 || b.length == 0 ? 0.0 : Shingles.jaccard(a, b);
    }
}
