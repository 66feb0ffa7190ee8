package io.github.sitegen.dedup;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.sitegen.core.IoReasons;
import io.github.sitegen.core.SiteBuildException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the author says about questions that look alike, in {@code repeats.yml} beside the notes;
 * it has the last word over what dedup would decide. Each entry lists questions, each named as
 * {@code note.md#heading}: the note's path in the content folder, then the heading as it reads
 * (numbering, emphasis and case may differ) or its id.
 *
 * <pre>
 * same:        # one question: shown once, with every answer
 *   - ["interview.md#How do you use generic views?", "answers.md#What are generic views?"]
 * different:   # different questions: never merged, never linked as "also asked in"
 *   - ["guide.md#What is the virtual DOM?", "guide.md#How does the virtual DOM work?"]
 * </pre>
 *
 * @param same      lists of questions that are one question
 * @param different lists of questions that are all different
 */
public record Repeats(List<Entry> same, List<Entry> different) {
    public static final String FILE = "repeats.yml";
    public static final Repeats NONE = new Repeats(List.of(), List.of());
    private static final YAMLFactory YAML = new YAMLFactory();

    /** One list of questions, each with the line of {@link #FILE} it is named on. */
    public record Entry(int line, List<Place> places) {
        public Entry {
            places = List.copyOf(places);
        }
    }

    /** A question as named: {@code note} and {@code heading} split at the first {@code #} after {@code .md}. */
    public record Place(int line, String written, String note, String heading) {
    }

    public Repeats {
        same = List.copyOf(same);
        different = List.copyOf(different);
    }

    /** The file beside the notes, or {@link #NONE} when there is none. */
    public static Repeats read(Path contentDir) {
        Path file = contentDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return parse(FILE, Files.readString(file));
        } catch (CharacterCodingException e) {
            throw new SiteBuildException(file.toString(), 0, "is not valid UTF-8: save the file with UTF-8 encoding", e);
        } catch (IOException e) {
            throw new SiteBuildException(file.toString(), 0, "cannot be read (" + IoReasons.of(e)
                    + "): make it readable by the user running the build", e);
        }
    }

    /** Parses the file's text; problems are reported at their line of {@code name}. */
    public static Repeats parse(String name, String yaml) {
        List<Entry> same = new ArrayList<>();
        List<Entry> different = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(yaml)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return NONE;
            }
            if (token != JsonToken.START_OBJECT) {
                throw wrong(name, parser, "must be a map with 'same:' and 'different:' lists");
            }
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                if (!key.equals("same") && !key.equals("different")) {
                    throw wrong(name, parser, "'" + key + ":' is not known: the file has a 'same:' list and a 'different:' list");
                }
                if (parser.nextToken() == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (parser.currentToken() != JsonToken.START_ARRAY) {
                    throw wrong(name, parser, "'" + key + ":' must be a list, each item a list of questions: - [\"a.md#Question?\", \"b.md#Question?\"]");
                }
                (key.equals("same") ? same : different).addAll(entries(name, parser, key));
            }
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new SiteBuildException(name, line, "is not valid YAML (" + e.getOriginalMessage().lines().findFirst().orElse("")
                    + "): each item is a list of questions in quotes, - [\"a.md#Question?\", \"b.md#Question?\"]", e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        return new Repeats(same, different);
    }

    private static List<Entry> entries(String name, JsonParser parser, String key) throws IOException {
        List<Entry> entries = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            int line = parser.currentTokenLocation().getLineNr();
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw wrong(name, parser, "each item of '" + key + ":' must be a list of two or more questions: - [\"a.md#Question?\", \"b.md#Question?\"]");
            }
            List<Place> places = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    throw wrong(name, parser, "a question is named as \"note.md#heading\", in quotes");
                }
                places.add(place(name, parser.currentTokenLocation().getLineNr(), parser.getText()));
            }
            if (places.size() < 2) {
                throw new SiteBuildException(name, line, "an item of '" + key + ":' names " + places.size()
                        + " question: name two or more, - [\"a.md#Question?\", \"b.md#Question?\"]");
            }
            entries.add(new Entry(line, places));
        }
        return entries;
    }

    private static Place place(String name, int line, String written) {
        String text = written.strip();
        int hash = text.indexOf('#', Math.max(0, text.toLowerCase(java.util.Locale.ROOT).indexOf(".md")));
        if (hash < 0) {
            throw new SiteBuildException(name, line, "\"" + written + "\" names no heading: write it as \"note.md#heading\"");
        }
        return new Place(line, written, text.substring(0, hash).strip(), text.substring(hash + 1).strip());
    }

    private static SiteBuildException wrong(String name, JsonParser parser, String message) {
        return new SiteBuildException(name, parser.currentTokenLocation().getLineNr(), message);
    }
}
