package io.github.sitegen.dedup;

import io.github.sitegen.section.Questions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a question's title asks, reduced to the kind of question and the words that name its
 * topic. "What are Django signals and how are they used?" and "40. What are Django Signals?"
 * are both a definition of {@code {signal}}; "What are signals pitfalls and how to avoid
 * them?" keeps {@code {avoid, pitfall, signal}}; "When NOT to use signals" asks something
 * else ({@code WHEN}, {@code {not, signal}}).
 *
 * <p>Function words, question boilerplate ("how do you implement", "what is the purpose of")
 * and the subject every note shares (Django, DRF) are dropped, and words are reduced to a
 * light stem so that "deploy", "deploying" and "deployment" meet. A title that is nothing but
 * such words keeps its subject, so that "What is Django?" is still about {@code {django}}.
 *
 * @param terms sorted, distinct stems
 */
record TitleTerms(Kind kind, List<String> terms) {

    /**
     * What sort of answer a question wants. Two questions on the same topic that want different
     * sorts ("What is caching?" and "How do you implement caching?") are related, not the same.
     * A title that does not say ("Middleware in Django", "select_related vs prefetch_related")
     * fits any.
     */
    enum Kind { ANY, WHAT, HOW, WHY, WHEN, WHICH;

        boolean fits(Kind other) {
            return this == other || this == ANY || other == ANY;
        }
    }

    /** Leading words that frame a question and the kind of answer they ask for. */
    private static final Map<String, Kind> FRAMING = Map.ofEntries(
            Map.entry("what", Kind.WHAT), Map.entry("whats", Kind.WHAT), Map.entry("explain", Kind.WHAT),
            Map.entry("describe", Kind.WHAT), Map.entry("define", Kind.WHAT), Map.entry("understanding", Kind.WHAT),
            Map.entry("difference", Kind.WHAT), Map.entry("differences", Kind.WHAT), Map.entry("compare", Kind.WHAT),
            Map.entry("give", Kind.WHAT), Map.entry("tell", Kind.WHAT), Map.entry("name", Kind.WHAT),
            Map.entry("list", Kind.WHAT), Map.entry("how", Kind.HOW), Map.entry("steps", Kind.HOW),
            Map.entry("step", Kind.HOW), Map.entry("why", Kind.WHY), Map.entry("when", Kind.WHEN),
            Map.entry("which", Kind.WHICH));
    /** Words that carry no topic in any sentence ("not" does: it is kept). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "by", "from", "at", "as", "into",
            "about", "between", "vs", "versus", "via", "is", "are", "was", "were", "be", "been", "being", "am",
            "do", "does", "did", "done", "doing", "have", "has", "had", "what", "whats", "which", "who", "whom",
            "whose", "why", "how", "when", "where", "you", "your", "we", "our", "us", "they", "them", "their", "it",
            "its", "this", "that", "these", "those", "i", "me", "my", "u", "s", "can", "could", "would", "should",
            "will", "shall", "may", "might", "must", "there", "here", "then", "than", "so", "also", "if");
    /** Words that frame an interview question anywhere in it rather than name its topic. */
    private static final Set<String> GENERIC_WORDS = Set.of(
            "explain", "describe", "define", "definition", "brief", "mean", "meaning", "difference", "differences",
            "differ", "use", "uses", "used", "using", "usage", "work", "works", "working", "happen", "happens",
            "some", "any", "all", "each", "every", "other", "another", "different", "various", "way", "ways",
            "understanding", "understand", "overview", "introduction", "key", "main", "important", "concept",
            "concepts", "create", "creating", "write", "writing", "make", "making", "implement", "implementing",
            "implementation", "build", "building", "add", "adding", "perform", "performing", "apply", "applying",
            "get", "getting", "handle", "handling", "purpose", "role", "feature", "features", "significance",
            "mechanism", "steps", "step", "common");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}_]+");
    /** The subject every one of these notes shares: naming it says nothing about the topic. */
    private static final Set<String> SUBJECT_WORDS = Set.of("django", "drf", "rest", "framework");

    TitleTerms {
        terms = List.copyOf(terms);
    }

    static TitleTerms of(String title) {
        List<String> words = Texts.words(Questions.key(title));
        // a word written in capitals names something ("EXPLAIN" the SQL command), whatever it usually does
        Set<String> capitals = new java.util.HashSet<>();
        for (String word : NOT_WORD.split(title)) {
            if (word.length() >= 3 && word.equals(word.toUpperCase(java.util.Locale.ROOT)) && !word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                capitals.add(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
        int start = 0;
        Kind kind = Kind.ANY;
        while (start < words.size() && FRAMING.containsKey(words.get(start))) {
            if (kind == Kind.ANY || kind == Kind.WHAT) {
                kind = FRAMING.get(words.get(start)); // "explain how …" asks how
            }
            start++;
        }
        Set<String> topic = new TreeSet<>();
        Set<String> subject = new TreeSet<>();
        for (String word : words.subList(start, words.size())) {
            if (!capitals.contains(word) && (FUNCTION_WORDS.contains(word) || GENERIC_WORDS.contains(word))) {
                continue;
            }
            if (SUBJECT_WORDS.contains(word)) {
                subject.add(stem(word));
            } else {
                topic.add(stem(word));
            }
        }
        return new TitleTerms(kind, List.copyOf(topic.isEmpty() ? subject : topic));
    }

    /** Jaccard similarity of the topic words; 0 when the two want different kinds of answer. */
    double similarity(TitleTerms other) {
        return kind.fits(other.kind) ? jaccard(terms, other.terms) : 0.0;
    }

    /** Jaccard similarity of the topic words whatever the kind of question: how related two questions are. */
    double topicSimilarity(TitleTerms other) {
        return jaccard(terms, other.terms);
    }

    static double jaccard(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.size() && j < b.size()) {
            int c = a.get(i).compareTo(b.get(j));
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    /** A light English stem: plural, -ing, -ed, -ment and a final e go, so that inflections meet. */
    static String stem(String word) {
        if (word.length() <= 3) {
            return word;
        }
        String w = word;
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        for (String suffix : new String[] {"ment", "ing", "ed"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
