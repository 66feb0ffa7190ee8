package io.github.sitegen.anki;

import java.util.List;

/**
 * The notes as a text file Anki imports ({@code File › Import}, Anki 2.1.55 and later read its
 * header lines): tab-separated, HTML allowed, into Anki's own "Basic" note type, with each note's
 * guid (the same as in the package, so either import updates the other's notes), deck and tags.
 * Other flashcard apps read it as plain tab-separated values after the {@code #} lines.
 */
public final class AnkiText {
    private AnkiText() {
    }

    /** @param guide the guide's title, as given to {@link AnkiPackage#write} */
    public static String write(String guide, List<AnkiNote> notes) {
        StringBuilder text = new StringBuilder("""
                #separator:tab
                #html:true
                #notetype:Basic
                #columns:guid\tFront\tBack\tdeck\ttags
                #guid column:1
                #deck column:4
                #tags column:5
                """);
        for (AnkiNote n : notes) {
            String back = n.answer() + "\n<p class=\"sg-source\">" + (n.link().isEmpty() ? AnkiPackage.escape(n.source())
                    : "<a href=\"" + AnkiPackage.escape(n.link()) + "\">" + AnkiPackage.escape(n.source()) + "</a>") + "</p>";
            text.append(String.join("\t", AnkiIds.guid(guide + "\n" + n.key()), cell(AnkiPackage.escape(n.question())),
                    cell(back), cell(AnkiPackage.deckPath(guide, n.deck())), cell(String.join(" ", n.tags())))).append('\n');
        }
        return text.toString();
    }

    /** A field as Anki's CSV reader takes it: quoted, quotes doubled, when it holds a tab, a line break or a quote. */
    static String cell(String field) {
        return field.matches("(?s).*[\t\n\r\"].*") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
