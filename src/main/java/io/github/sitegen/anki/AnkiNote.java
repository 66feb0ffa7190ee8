package io.github.sitegen.anki;

import java.util.List;

/**
 * One question of the guide as an Anki note: what the package and the text file are made of.
 *
 * @param key      what the question is known by across builds (its note's path and its id there):
 *                 the note's guid and ids derive from it, so that importing a newer package updates the note
 * @param deck     the deck it goes to below the guide's: its note's title
 * @param question the question, plain text
 * @param answer   the answer's HTML, images named as in {@link AnkiPackage#write}'s media
 * @param source   where it is in the guide, plain text ("Models › What is a manager?")
 * @param link     the question's address in the published guide; empty when the guide's address is unknown
 * @param tags     its topics, as Anki tags (no spaces)
 * @param modified when its note last changed, in seconds since 1970 (Anki updates a note only with a newer one)
 */
public record AnkiNote(String key, String deck, String question, String answer, String source, String link,
                       List<String> tags, long modified) {
    public AnkiNote {
        tags = List.copyOf(tags);
    }
}
