package io.github.sitegen.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: every problem, every time. A note whose front matter gives a key twice (a problem
 * no build gets past) also has an unknown field, a broken link and a question without an answer;
 * what each goal prints of it, line by line, as Maven would show it, with the project's paths.
 */
class FindingsLogTest {
    /** Lines 3, 4, 8 and 10 are wrong. */
    static final String TWICE = "---\ntitle: One\ntitel: typo\ntitle: Two\n---\n# Twice\n\nSee [gone](#nowhere).\n\n## What is missing?\n";

    static final String UNKNOWN = "content/twice.md:3: unknown front matter field 'titel' is ignored: did you mean 'title'?";
    static final String TWICE_GIVEN = "content/twice.md:4: front matter gives 'title' more than once: keep one of them, the one you mean";
    static final String BROKEN = "content/twice.md:8: link '#nowhere' points to no heading of the note: fix the #fragment, or the heading it should match";
    static final String UNANSWERED = "content/twice.md:10: question \"What is missing?\" has no answer: write the answer under the heading, or remove the heading";

    /** Runs the goal on the hostile-input suite's small guide with twice.md added; the failure's message, the log in order. */
    static List<String> run(HostileInputTest.Goal goal, Path dir, HostileInputTest.CapturingLog log) throws Exception {
        HostileInputTest.Project project = HostileInputTest.project(dir);
        project.write("content/twice.md", TWICE);
        try {
            HostileInputTest.run(goal, project, project.site(), log);
        } catch (MojoFailureException e) {
            return List.of(e.getMessage());
        }
        return List.of();
    }

    private static List<String> at(HostileInputTest.CapturingLog log, String level) {
        return log.lines.stream().filter(l -> l.startsWith("[" + level + "] content/")).toList();
    }

    @Test
    void checkListsTheFatalProblemAndEveryOtherAsErrors(@TempDir Path dir) throws Exception {
        HostileInputTest.CapturingLog log = new HostileInputTest.CapturingLog();
        List<String> failure = run(HostileInputTest.Goal.CHECK, dir, log);
        assertThat(at(log, "ERROR")).containsExactly("[ERROR] " + UNKNOWN, "[ERROR] " + TWICE_GIVEN, "[ERROR] " + BROKEN, "[ERROR] " + UNANSWERED);
        assertThat(at(log, "WARNING")).isEmpty();
        assertThat(failure).containsExactly(
                "4 problems in the notes, listed above as file:line: message. Fix each as its message says, then run site-gen:check again.");
    }

    @Test
    void aStrictBuildListsThemAllAndKeepsThePreviousSite(@TempDir Path dir) throws Exception {
        HostileInputTest.CapturingLog log = new HostileInputTest.CapturingLog();
        List<String> failure = run(HostileInputTest.Goal.STRICT_BUILD, dir, log);
        assertThat(at(log, "ERROR")).containsExactly("[ERROR] " + UNKNOWN, "[ERROR] " + TWICE_GIVEN, "[ERROR] " + BROKEN, "[ERROR] " + UNANSWERED);
        assertThat(failure).singleElement().asString()
                .startsWith("4 problems in the notes, listed above as file:line: message. A strict build (siteGen.strict) fails on them;");
    }

    @Test
    void aLenientBuildFailsOnTheFatalOneAloneAndWarnsOfTheOthers(@TempDir Path dir) throws Exception {
        HostileInputTest.CapturingLog log = new HostileInputTest.CapturingLog();
        List<String> failure = run(HostileInputTest.Goal.BUILD, dir, log);
        assertThat(at(log, "WARNING")).containsExactly("[WARNING] " + UNKNOWN, "[WARNING] " + BROKEN, "[WARNING] " + UNANSWERED);
        assertThat(at(log, "ERROR")).containsExactly("[ERROR] " + TWICE_GIVEN);
        assertThat(failure).singleElement().asString().startsWith("1 problem in the notes, listed above as file:line: message. "
                + "A note that cannot be read as written fails every build; the previous site in ");
    }

    @Test
    void aBrokenTopicsFileIsNamedAsTheProjectSeesItAndHidesNoNotesProblem(@TempDir Path dir) throws Exception {
        HostileInputTest.CapturingLog log = new HostileInputTest.CapturingLog();
        HostileInputTest.Project project = HostileInputTest.project(dir);
        project.write("content/topics.yml", "topics:\n  - name: Views\n");
        project.write("content/guide.md", "# Guide\n\n## What is a model?\n");
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> HostileInputTest.run(HostileInputTest.Goal.CHECK, project, project.site(), log));
        assertThat(log.lines.stream().filter(l -> l.startsWith("[ERROR]"))).containsExactly(
                "[ERROR] content/guide.md:3: question \"What is a model?\" has no answer: write the answer under the heading, or remove the heading",
                "[ERROR] content/topics.yml:2: topic 'Views' needs a 'name:' and a non-empty 'keywords:' list");
        assertThat(failure).hasMessageStartingWith("2 problems in the notes");
    }
}
