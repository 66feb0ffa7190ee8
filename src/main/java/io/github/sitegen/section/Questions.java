package io.github.sitegen.section;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises headings that ask something, however the notes number or emphasise them. */
public final class Questions {
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:q(?:uestion)?\\s*)?\\d+(?:\\.\\d+)*[.):]?|step\\s+\\d+[.:]?|example\\s+\\d+[.:]?)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** "Question 68: Steps in deployment" is an interview item whatever it asks. */
    private static final Pattern LABELLED = Pattern.compile("^(?:question|q)\\s*\\d+\\s*[.:)]", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]+");
    private static final Set<String> INTERROGATIVES = Set.of(
            "what", "what's", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose",
            "is", "are", "can", "could", "should", "does", "do", "did", "will", "would", "explain",
            "describe", "define", "compare", "difference", "differences", "name", "list");

    private Questions() {
    }

    /** Whether a heading's text reads as an interview question. */
    public static boolean isQuestion(String headingText) {
        if (LABELLED.matcher(headingText.replaceAll("[*_]+", "").strip()).find()) {
            return true;
        }
        String text = normalise(headingText);
        if (text.isEmpty()) {
            return false;
        }
        if (text.endsWith("?")) {
            return true;
        }
        String first = text.split("[\\s,:]+", 2)[0];
        return INTERROGATIVES.contains(first) || text.matches(".*\\S\\s+(vs\\.?|versus)\\s+\\S.*");
    }

    /**
     * The form two headings are compared in: NFKC, lower case, no numbering prefix, no
     * emphasis markers, collapsed white space.
     */
    public static String normalise(String headingText) {
        String text = Normalizer.normalize(headingText, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = EMPHASIS.matcher(text).replaceAll("");
        text = text.replaceAll("\\s+", " ").strip();
        return NUMBERING.matcher(text).replaceFirst("").strip();
    }
}
