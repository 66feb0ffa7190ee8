package io.github.sitegen.section;

import io.github.sitegen.core.Nfkc;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises headings that ask something, however the notes number or emphasise them. */
public final class Questions {
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:(?:q(?:uestion)?\\s*)?\\d+(?:\\.\\d+)*[.):]?|step\\s+\\d+[.:]?|example\\s+\\d+[.:]?)\\s+",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Question 68: Steps in deployment", "Q. Describe some features of Python": the note labels
     * it a question, whatever it asks.
     */
    private static final Pattern LABELLED = Pattern.compile("^(?:question|q)\\s*(?:\\d+\\s*[.:)]|[.:]\\s*\\S)", Pattern.CASE_INSENSITIVE);
    /** A heading that opens an answer: {@code #### Answer}, {@code ## Solution:}. */
    private static final Pattern ANSWER_HEADING = Pattern.compile("^(?:answers?|ans|solution)\\W*$", Pattern.CASE_INSENSITIVE);
    /**
     * "How to write a resume", "What to do before the interview": the title of a how-to, not a
     * question, unless it ends with a question mark.
     */
    private static final Pattern HOW_TO = Pattern.compile("^(?:how|what|when|where|which|why)\\s+to\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMPHASIS = Pattern.compile("[*_`]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** An interview list's item number: {@code 7.}, {@code 7)}, {@code Question 7:}. */
    private static final Pattern NUMBERED = Pattern.compile("^(?:(?:question|q)\\s*)?\\d+\\s*[.):]\\s", Pattern.CASE_INSENSITIVE);
    /** The label that opens an answer: {@code **Answer:**}, {@code Ans.}, {@code A:}. */
    private static final Pattern ANSWER = Pattern.compile("^(?:answer|ans|a)\\s*[:.\\-–—]", Pattern.CASE_INSENSITIVE);
    /* Compiled once, not per call: every heading is asked several times, and on a note of
     * 100,000 headings these compiles were a tenth of all the build allocated. */
    /** Ends with an exclamation mark (and perhaps invisible format characters, such as a zero-width space). */
    private static final Pattern EXCLAIMS = Pattern.compile("![\\s\\p{Cf}]*$");
    private static final Pattern MARKERS = Pattern.compile("[*_]+");
    private static final Pattern FIRST_WORD_END = Pattern.compile("[\\s,:]+");
    private static final Pattern VERSUS = Pattern.compile(".*\\S\\s+(vs\\.?|versus)\\s+\\S.*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s\\p{Po}\\p{Pe}&&[^)\\]}]]+$");
    private static final Set<String> INTERROGATIVES = Set.of(
            "what", "what's", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose",
            "is", "are", "can", "could", "should", "does", "do", "did", "will", "would", "explain",
            "describe", "define", "compare", "difference", "differences", "name", "list");
    /**
     * What follows "how", "when" or "where" when they ask ("How does…", "How many…"); any other
     * word makes the heading a title that names what it explains ("How your resume is screened",
     * "How the go mod workflow simplifies").
     */
    private static final Set<String> ASKING_SECOND_WORDS = Set.of(
            "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "would", "will", "shall",
            "may", "might", "must", "has", "have", "had", "am", "many", "much", "long", "often", "far", "well",
            "big", "old", "fast", "soon", "come", "about", "not");
    private static final Set<String> NAMED_TOPIC_WH = Set.of("how", "when", "where");
    /** The words that open a yes/no question, and with "not" after them an instruction ("Do not apply twice"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "can", "could", "should", "does", "do", "did", "will", "would");
    /** "What is this": without a question mark, a heading that names nothing but the page it heads introduces it. */
    private static final Pattern ABOUT_ITSELF = Pattern.compile("^\\S+\\s+(?:is|are)\\s+(?:this|these|it)\\W*$");

    private Questions() {
    }

    /** Whether a heading's text reads as an interview question. */
    public static boolean isQuestion(String headingText) {
        if (isLabelled(headingText)) {
            return true;
        }
        String text = normalise(headingText);
        if (text.isEmpty()) {
            return false;
        }
        if (text.endsWith("?")) {
            return true;
        }
        if (HOW_TO.matcher(text).find()) {
            return false;
        }
        Matcher end = FIRST_WORD_END.matcher(text); // not split: that copies the rest of the heading too
        boolean more = end.find();
        String first = more ? text.substring(0, end.start()) : text;
        if (!INTERROGATIVES.contains(first)) {
            return VERSUS.matcher(text).matches();
        }
        String second = more ? secondWord(text, end.end()) : "";
        // "Do not apply twice": an instruction; "How your resume is screened": a title, not asked
        return !(AUXILIARIES.contains(first) && second.equals("not")) && !(NAMED_TOPIC_WH.contains(first) && !ASKING_SECOND_WORDS.contains(second))
                && !ABOUT_ITSELF.matcher(text).matches();
    }

    private static String secondWord(String text, int from) {
        Matcher end = FIRST_WORD_END.matcher(text);
        return end.find(from) ? text.substring(from, end.start()) : text.substring(from);
    }

    /** Whether the note labels the heading a question ({@code Q. …}, {@code Question 3: …}). */
    public static boolean isLabelled(String headingText) {
        return LABELLED.matcher(MARKERS.matcher(headingText).replaceAll("").strip()).find();
    }

    /** Whether a heading is the label of the answer below a question: {@code #### Answer}. */
    public static boolean isAnswerHeading(String headingText) {
        return ANSWER_HEADING.matcher(MARKERS.matcher(headingText).replaceAll("").strip()).matches();
    }

    /**
     * Whether a heading carries an item number, as the entries of an interview list do; an
     * exclamation ("4. Practice!") is a step of a how-to, not an entry.
     */
    public static boolean isNumbered(String headingText) {
        String text = MARKERS.matcher(headingText).replaceAll("").strip();
        return NUMBERED.matcher(text).find() && !EXCLAIMS.matcher(text).find();
    }

    /** Whether text is the label an answer starts with, such as {@code **Answer:**}. */
    public static boolean isAnswerLabel(String text) {
        return ANSWER.matcher(MARKERS.matcher(text).replaceAll("").strip()).find();
    }

    /**
     * The key two headings are compared by when looking for the same question: the
     * {@link #normalise normalised} form without trailing punctuation, so that "What is
     * Django?" and "**1. What is Django**" meet.
     */
    public static String key(String headingText) {
        return TRAILING_PUNCTUATION.matcher(normalise(headingText)).replaceAll("");
    }

    /**
     * The form two headings are compared in: NFKC, lower case, no numbering prefix, no
     * emphasis markers, collapsed white space.
     */
    public static String normalise(String headingText) {
        // every heading is normalised several times by several stages: what cannot change is skipped
        String text = Nfkc.of(headingText).toLowerCase(Locale.ROOT);
        if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('`') >= 0) {
            text = EMPHASIS.matcher(text).replaceAll("");
        }
        text = (singleSpaced(text) ? text : SPACES.matcher(text).replaceAll(" ")).strip();
        return NUMBERING.matcher(text).replaceFirst("").strip();
    }

    /** Whether {@link #SPACES} would leave the text as it is: no white space but single blanks. */
    private static boolean singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
