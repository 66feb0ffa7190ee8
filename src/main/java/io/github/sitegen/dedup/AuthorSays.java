package io.github.sitegen.dedup;

import io.github.sitegen.core.Finding;
import io.github.sitegen.section.Questions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@link Repeats} resolved against the notes: which compared questions the author says are one
 * question, and which pairs differ. A name that finds no question is a finding at its line of
 * {@link Repeats#FILE}, saying what to write instead.
 *
 * @param same      groups of question numbers (positions in the {@link QuestionSet}), each sorted,
 *                  with the line that says so
 * @param different pairs of question numbers, packed {@code (earlier << 32) | later}, with the line
 */
record AuthorSays(List<Group> same, Map<Long, Integer> different, List<Finding> findings) {
    static final AuthorSays NOTHING = new AuthorSays(List.of(), Map.of(), List.of());

    record Group(int line, List<Integer> questions) {
    }

    AuthorSays {
        same = List.copyOf(same);
        different = Map.copyOf(different);
        findings = List.copyOf(findings);
    }

    /** The line of {@link Repeats#FILE} saying the two questions differ, or 0. */
    int different(int a, int b) {
        return different.getOrDefault(pair(a, b), 0);
    }

    static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    /**
     * @param units      every section of the notes
     * @param foldedInto for each unit, the unit it is an identical copy of, or -1: a name of a copy
     *                   stands for what it repeats
     * @param questions  each compared question's number, by unit
     */
    static AuthorSays resolve(Repeats repeats, SectionUnits units, int[] foldedInto, Map<Integer, Integer> questions) {
        if (repeats.same().isEmpty() && repeats.different().isEmpty()) {
            return NOTHING;
        }
        Map<String, List<Integer>> byNote = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            byNote.computeIfAbsent(units.refs.get(u).source(), k -> new ArrayList<>()).add(u);
        }
        List<Finding> findings = new ArrayList<>();
        List<Group> same = new ArrayList<>();
        for (Repeats.Entry entry : repeats.same()) {
            List<Integer> found = find(entry, units, byNote, foldedInto, questions, findings);
            if (found.size() >= 2) {
                same.add(new Group(entry.line(), found));
            }
        }
        Map<Long, Integer> different = new HashMap<>();
        for (Repeats.Entry entry : repeats.different()) {
            List<Integer> found = find(entry, units, byNote, foldedInto, questions, findings);
            for (int i = 0; i < found.size(); i++) {
                for (int j = i + 1; j < found.size(); j++) {
                    different.putIfAbsent(pair(found.get(i), found.get(j)), entry.line());
                }
            }
        }
        return new AuthorSays(same, different, findings);
    }

    private static List<Integer> find(Repeats.Entry entry, SectionUnits units, Map<String, List<Integer>> byNote,
                                      int[] foldedInto, Map<Integer, Integer> questions, List<Finding> findings) {
        TreeSet<Integer> found = new TreeSet<>();
        for (Repeats.Place place : entry.places()) {
            List<Integer> inNote = byNote.get(place.note());
            if (inNote == null) {
                findings.add(new Finding(Repeats.FILE, place.line(), "\"" + place.written() + "\": there is no note "
                        + place.note() + ": write the note's path in the content folder, then # and the heading"));
                continue;
            }
            // the heading as written, else its id, else the heading as it reads (numbering, emphasis, case aside)
            List<Integer> matches = inNote.stream().filter(u -> units.refs.get(u).title().strip().equals(place.heading())).toList();
            if (matches.isEmpty()) {
                matches = inNote.stream().filter(u -> units.refs.get(u).anchor().equals(place.heading())).toList();
            }
            if (matches.isEmpty()) {
                String key = Questions.key(place.heading());
                matches = inNote.stream().filter(u -> Questions.key(units.refs.get(u).title()).equals(key)).toList();
            }
            if (matches.isEmpty()) {
                findings.add(new Finding(Repeats.FILE, place.line(), "\"" + place.written() + "\": " + place.note()
                        + " has no heading \"" + place.heading() + "\": write the heading as it reads in the note, or its id"));
            } else if (matches.size() > 1) {
                findings.add(new Finding(Repeats.FILE, place.line(), "\"" + place.written() + "\": " + place.note() + " has "
                        + matches.size() + " headings that read so: name the one you mean by its id, " + String.join(" or ",
                        matches.stream().map(u -> place.note() + "#" + units.refs.get(u).anchor()).toList())));
            } else {
                int u = matches.get(0);
                int shown = foldedInto[u] >= 0 ? foldedInto[u] : u;
                Integer question = questions.get(shown);
                if (question == null) {
                    findings.add(new Finding(Repeats.FILE, place.line(), "\"" + place.written() + "\" is not a question the guide "
                            + "compares (its heading asks nothing, or it is part of another question's answer): name a question"));
                } else {
                    found.add(question);
                }
            }
        }
        return new ArrayList<>(found);
    }
}
