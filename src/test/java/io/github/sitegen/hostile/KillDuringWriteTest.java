package io.github.sitegen.hostile;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.support.BuildInAnotherJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: a build killed with {@code kill -9} at any moment of writing the site leaves the
 * site folder as the complete old site or the complete new one, and the next build removes what
 * the killed one left beside it. A real child JVM builds; this test watches the folder for the
 * staging folder to appear and kills the child at several moments after it.
 */
class KillDuringWriteTest {
    /** Milliseconds after the staging folder appeared at which the child is killed. */
    private static final long[] DELAYS = {0, 3, 10, 30, 80, 200};

    @Test
    void theSiteIsAlwaysTheWholeOldOrTheWholeNewAndTheNextBuildCleansUp(@TempDir Path dir) throws Exception {
        Path oldNotes = notes(dir.resolve("old"), "first");
        Path newNotes = notes(dir.resolve("new"), "second");
        Path templates = dir.resolve("templates");
        Path expectedNew = dir.resolve("expected/site-output");
        build(newNotes, templates, expectedNew);
        Map<String, String> newSite = Hostile.snapshot(expectedNew);
        Path work = Files.createDirectories(dir.resolve("work"));
        Path out = work.resolve("site-output");
        build(oldNotes, templates, out);
        Map<String, String> oldSite = Hostile.snapshot(out);
        assertThat(oldSite).isNotEqualTo(newSite);

        List<String> seen = new ArrayList<>();
        for (long delay : DELAYS) {
            Process child = start(newNotes, templates, out);
            boolean staged = waitFor(work, ".site-output.staging-", child);
            if (staged) {
                Thread.sleep(delay);
            }
            child.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
            child.waitFor(30, TimeUnit.SECONDS);
            Map<String, String> after = Hostile.snapshot(out);
            List<String> leftovers = leftovers(work);
            if (after.equals(oldSite)) {
                seen.add(delay + " ms: old site" + (leftovers.isEmpty() ? "" : ", with " + leftovers));
            } else if (after.equals(newSite)) {
                seen.add(delay + " ms: new site" + (leftovers.isEmpty() ? "" : ", with " + leftovers));
            } else if (after.isEmpty() && leftovers.stream().anyMatch(n -> n.contains(".old-"))) {
                // killed in the instant between moving the old site aside and the new one in
                seen.add(delay + " ms: between the two moves");
            } else {
                throw new AssertionError("killed " + delay + " ms after staging began, the site is neither the old nor the new one: "
                        + after.size() + " entries, leftovers " + leftovers);
            }
            // the next build removes the leftovers (and puts an old site moved aside back first)
            build(oldNotes, templates, out);
            assertThat(leftovers(work)).as("leftovers after the next build").isEmpty();
            assertThat(Hostile.snapshot(out)).isEqualTo(oldSite);
        }
        System.out.println("kill -9 while writing: " + seen);
        assertThat(seen).as("at least one kill fell while the staging folder was written").anyMatch(s -> s.contains("old site, with"));
    }

    /** Enough notes that writing the site takes a while: 24 notes of 30 questions. */
    private static Path notes(Path dir, String version) throws IOException {
        Path content = Files.createDirectories(dir);
        for (int n = 0; n < 24; n++) {
            StringBuilder md = new StringBuilder("# Note ").append(n).append("\n\n");
            for (int q = 0; q < 30; q++) {
                md.append("## ").append(q + 1).append(". What is thing ").append(n).append('-').append(q).append("?\n\n");
                md.append(("The " + version + " answer to thing " + n + "-" + q + " explains it in words. ").repeat(12)).append("\n\n");
            }
            Files.writeString(content.resolve("note-" + n + ".md"), md);
        }
        return content;
    }

    private static void build(Path content, Path templates, Path out) {
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(content, templates, out, "Kill", Optional.empty(), Optional.empty()));
    }

    private static Process start(Path content, Path templates, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BuildInAnotherJvm.class.getName(),
                content.toString(), templates.toString(), out.toString(), "Kill")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Polls for a sibling starting with {@code prefix}; false if the child ended first. */
    private static boolean waitFor(Path folder, String prefix, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (leftovers(folder).stream().anyMatch(n -> n.startsWith(prefix))) {
                return true;
            }
            Thread.sleep(0, 200_000);
        }
        return false;
    }

    private static List<String> leftovers(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site-output.")).sorted().toList();
        }
    }
}
