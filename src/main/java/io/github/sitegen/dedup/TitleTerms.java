package io.github.sitegen.dedup;

import io.github.sitegen.section.Questions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a question's title asks, reduced to the kind of answer it wants and the words that name
 * its topic. "What are signals and how are they used?" is a definition of {@code {signal}}
 * (plus "used", which this guide's titles may or may not use a lot); "When NOT to use signals"
 * asks something else ({@code WHEN}, {@code {not, signal, use}}).
 *
 * <p>Only the grammar of English questions is set aside here: function words, the words that
 * frame a question ("what", "how", "explain", "difference") and those any question uses of
 * its topic ("what is the use of", "how does it work", "how do you write"). Which of the remaining words
 * carry the topic is not decided here but by the guide: {@link GuideWords} weighs each word by
 * how few of the guide's titles use it, so that a guide's subject ("Django", "React", "Python"),
 * named in many of its titles, counts for little, whatever the subject is. Words are reduced to
 * a light stem so that "deploy", "deploying" and "deployment" meet.
 *
 * @param kind  the kind of answer the title asks for
 * @param terms sorted, distinct stems
 */
record TitleTerms(Kind kind, List<String> terms) {

    /**
     * What sort of answer a question wants. Two questions on one topic that want different sorts
     * ("What is caching?" and "How do you implement caching?", "What is Flux?" and "Flux vs
     * Redux") need more than their titles to be the same question. A title that does not say
     * ("Middleware in Django") fits any.
     */
    enum Kind { ANY, WHAT, HOW, WHY, WHEN, WHICH, COMPARE;

        boolean fits(Kind other) {
            return this == other || this == ANY || other == ANY;
        }
    }

    /** Words that frame a question wherever they stand, and the kind of answer they ask for when they lead. */
    private static final Map<String, Kind> FRAMING = Map.ofEntries(
            Map.entry("what", Kind.WHAT), Map.entry("whats", Kind.WHAT), Map.entry("explain", Kind.WHAT),
            Map.entry("describe", Kind.WHAT), Map.entry("define", Kind.WHAT), Map.entry("how", Kind.HOW),
            Map.entry("why", Kind.WHY), Map.entry("when", Kind.WHEN), Map.entry("which", Kind.WHICH));
    /** Words that frame a question only when they lead it: "Understanding X", "Give an example of X", "Steps in X". */
    private static final Map<String, Kind> LEADING = Map.of(
            "understanding", Kind.WHAT, "give", Kind.WHAT, "tell", Kind.WHAT, "name", Kind.WHAT, "list", Kind.WHAT,
            "steps", Kind.HOW, "step", Kind.HOW);
    /** Words that ask for a comparison, wherever they stand: "X vs Y", "the difference between X and Y". */
    private static final Set<String> COMPARING = Set.of("difference", "differences", "differ", "differs", "compare",
            "compared", "comparison", "vs", "versus");
    /** English function words: they carry no topic in any sentence ("not" does: it is kept). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "with", "by", "from", "at", "as", "into",
            "about", "between", "vs", "versus", "via", "is", "are", "was", "were", "be", "been", "being", "am",
            "do", "does", "did", "done", "doing", "have", "has", "had", "who", "whom", "whose", "where", "you",
            "your", "we", "our", "us", "they", "them", "their", "it", "its", "this", "that", "these", "those", "i",
            "me", "my", "u", "s", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "there",
            "here", "then", "than", "so", "also", "if", "some", "any", "all", "each", "every",
            // what an English question says about any topic: "what is the use of X", "how does X work",
            // "how do you write (create, implement) X"
            "use", "uses", "used", "using", "usage", "purpose", "role", "work", "works", "working", "mean",
            "means", "meant", "meaning", "create", "creating", "write", "writing", "implement", "implementing",
            "make", "making");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}_]+");
    /** A one-letter label before the question: "Q. What is …", "Q: …". */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^\\p{L}[.:]\\s+");

    TitleTerms {
        terms = List.copyOf(terms);
    }

    static TitleTerms of(String title) {
        String key = Questions.key(title);
        List<String> words = Texts.words(LABEL.matcher(key).replaceFirst(""));
        // a word written in capitals names something ("EXPLAIN" the SQL command), whatever it usually does
        Set<String> capitals = new java.util.HashSet<>();
        for (String word : NOT_WORD.split(title)) {
            if (word.length() >= 3 && word.equals(word.toUpperCase(java.util.Locale.ROOT)) && !word.equals(word.toLowerCase(java.util.Locale.ROOT))) {
                capitals.add(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
        Kind kind = Kind.ANY;
        boolean leading = true;
        boolean comparing = false;
        Set<String> topic = new TreeSet<>();
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            boolean compares = COMPARING.contains(word) && !capitals.contains(word)
                    || word.equals("different") && w + 1 < words.size() && words.get(w + 1).equals("from");
            comparing |= compares;
            Kind frames = capitals.contains(word) ? null
                    : FRAMING.getOrDefault(word, leading ? LEADING.get(word) : null);
            boolean framing = compares || frames != null;
            if (leading && frames != null && (kind == Kind.ANY || kind == Kind.WHAT)) {
                kind = frames; // "explain how …" asks how
            }
            leading &= framing || FUNCTION_WORDS.contains(word);
            if (!framing && (capitals.contains(word) || !FUNCTION_WORDS.contains(word))) {
                topic.add(stem(word));
            }
        }
        return new TitleTerms(comparing ? Kind.COMPARE : kind, new ArrayList<>(topic));
    }

    /** A light English stem: plural, -ing, -ed, -ment and a final e go, so that inflections meet ("use", "used", "using"). */
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
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 2 && !w.endsWith("eed")) {
                w = w.substring(0, w.length() - suffix.length());
                // "used", "using": what is left is too short to be a stem of its own, so it is "use"
                w = w.length() <= 3 ? w + "e" : w;
                break;
            }
        }
        if ((w.endsWith("tion") || w.endsWith("sion")) && w.length() > 5) {
            w = w.substring(0, w.length() - 3); // "migration" meets "migrate", "connection" "connect"
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
