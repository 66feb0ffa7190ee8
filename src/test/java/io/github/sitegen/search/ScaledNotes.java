package io.github.sitegen.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A guide n times the size of {@code content/}: the notes as they are, then n - 1 copies, each in its own
 * folder, with one prose word in five replaced, so that deduplication cannot fold the copies into the original.
 * Most replacements are other words of the notes; one in three is a word of that copy's own (the word with a
 * suffix only that copy uses), so the vocabulary grows with the notes as a real guide's does, sublinearly.
 * Code blocks and Markdown syntax are left alone, and everything is a function of the copy number: the same
 * n gives the same bytes.
 */
public final class ScaledNotes {
    private static final Pattern WORD = Pattern.compile("(?<![\\w`/.#-])[a-z]{4,}(?![\\w`/(-])");
    private static final String[] SYLLABLES = {"ra", "ne", "to", "ki", "lu", "me", "so", "va", "di", "po", "ze", "fu"};

    private ScaledNotes() {
    }

    /** Writes the scaled notes of {@code source} (a content folder) into {@code target}; returns it. */
    public static Path write(Path source, Path target, int copies) {
        try {
            Files.createDirectories(target);
            List<Path> notes;
            try (Stream<Path> files = Files.list(source)) {
                notes = files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yml")).sorted().toList();
            }
            List<String> vocabulary = vocabulary(notes);
            for (Path note : notes) {
                Files.copy(note, target.resolve(note.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            for (int copy = 1; copy < copies; copy++) {
                Path dir = Files.createDirectories(target.resolve(String.format("copy-%03d", copy)));
                for (Path note : notes) {
                    if (note.toString().endsWith(".md")) {
                        Files.writeString(dir.resolve(note.getFileName()), mutate(Files.readString(note), copy, vocabulary),
                                StandardCharsets.UTF_8);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> vocabulary(List<Path> notes) throws IOException {
        TreeSet<String> words = new TreeSet<>();
        for (Path note : notes) {
            Matcher m = WORD.matcher(Files.readString(note));
            while (m.find()) {
                words.add(m.group());
            }
        }
        return new ArrayList<>(words);
    }

    static String mutate(String text, int copy, List<String> vocabulary) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        boolean code = false;
        boolean frontMatter = false;
        String[] lines = text.split("\n", -1);
        for (int line = 0; line < lines.length; line++) {
            String s = lines[line];
            if (line == 0 && s.equals("---")) {
                frontMatter = true;
            } else if (frontMatter) {
                if (s.equals("---")) {
                    frontMatter = false;
                } else if (s.startsWith("title:")) {
                    s = "title: Set " + copy + " - " + s.substring(6).strip();
                } else if (s.startsWith("order:")) {
                    s = "order: " + (copy * 100 + Integer.parseInt(s.substring(6).strip()));
                }
            } else if (s.stripLeading().startsWith("```") || s.stripLeading().startsWith("~~~")) {
                code = !code;
            } else if (!code) {
                s = mutateLine(s, copy, line, vocabulary);
            }
            out.append(s);
            if (line + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String mutateLine(String s, int copy, int line, List<String> vocabulary) {
        Matcher m = WORD.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 16);
        int word = 0;
        while (m.find()) {
            long h = mix(copy * 1_000_003L + line * 8191L + word++);
            String replacement = m.group();
            if (Math.floorMod(h, 5) == 0) {
                replacement = Math.floorMod(h >> 8, 3) == 0
                        ? m.group() + suffix(copy)
                        : vocabulary.get((int) Math.floorMod(h >> 16, (long) vocabulary.size()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String suffix(int copy) {
        StringBuilder s = new StringBuilder();
        int n = copy;
        do {
            s.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        return s.toString();
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    /** {@code ScaledNotes <content> <target> <copies>}: writes the scaled notes, for benchmarks run by hand. */
    public static void main(String[] args) {
        write(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    }
}
