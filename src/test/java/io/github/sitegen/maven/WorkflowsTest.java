package io.github.sitegen.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.sitegen.init.NewGuide;
import io.github.sitegen.support.Actionlint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GitHub workflow, this repository's and those {@code site-gen:init} writes, passes the real
 * actionlint; and the pull-request workflows' own script, run by bash on what {@code site-gen:check}
 * really prints, turns each problem (the fatal ones too) into an annotation on its line.
 */
class WorkflowsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static Map<String, String> workflows;

    @BeforeAll
    static void readEveryWorkflow() throws IOException {
        workflows = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of(".github/workflows"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).toList()) {
                workflows.put(file.toString().replace('\\', '/'), Files.readString(file));
            }
        }
        for (String ref : List.of("0123456789abcdef0123456789abcdef01234567", "")) {
            NewGuide.files(new NewGuide.Settings("Guide", "guide", "io.github.sitegen", "site-gen-maven-plugin", "1.0",
                    "sitegen/site-gen", ref)).forEach((path, text) -> {
                        if (path.startsWith(".github/workflows/")) {
                            workflows.put("init" + (ref.isEmpty() ? "-release" : "-snapshot") + "/" + path, text);
                        }
                    });
        }
    }

    @Test
    void everyWorkflowPassesActionlint() throws Exception {
        assertThat(workflows.keySet()).contains(".github/workflows/pages.yml", ".github/workflows/pull-request.yml",
                ".github/workflows/release.yml", "init-snapshot/.github/workflows/pages.yml",
                "init-release/.github/workflows/pull-request.yml");
        Map<String, List<String>> problems = Actionlint.lint(workflows);
        assertThat(problems).hasSameSizeAs(workflows).allSatisfy((path, found) -> assertThat(found).as(path).isEmpty());
    }

    @Test
    void actionlintFindsWhatIsWrongInAWorkflow() throws Exception {
        String broken = workflows.get(".github/workflows/pull-request.yml").replace("${{ github.event.pull_request.number }}",
                "${{ github.event.pull_request.numbr }}").replace("runs-on: ubuntu-latest", "runs-on: ubuntu-latest\n    timeout: 5");
        assertThat(Actionlint.lint(Map.of("broken.yml", broken)).get("broken.yml"))
                .anyMatch(p -> p.contains("timeout") && p.endsWith("[syntax-check]"))
                .hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void thePullRequestCheckAnnotatesEveryProblemOnItsLineTheFatalOneToo(@TempDir Path dir) throws Exception {
        // what site-gen:check prints of a note with a fatal problem among others, as Maven's console shows it
        HostileInputTest.CapturingLog log = new HostileInputTest.CapturingLog();
        List<String> failure = FindingsLogTest.run(HostileInputTest.Goal.CHECK, dir.resolve("project"), log);
        List<String> console = new ArrayList<>(List.of("[INFO] Scanning for projects..."));
        console.addAll(log.lines);
        console.add("[ERROR] Failed to execute goal io.github.sitegen:site-gen-maven-plugin:0.1.0:check (default-cli) on project guide: "
                + failure.get(0));
        Path fakeMaven = Files.createDirectories(dir.resolve("bin")).resolve("mvn");
        Files.writeString(dir.resolve("console.log"), String.join("\n", console) + "\n");
        Files.writeString(fakeMaven, "#!/bin/sh\ncat \"" + dir.resolve("console.log") + "\"\nexit 1\n");
        Files.setPosixFilePermissions(fakeMaven, PosixFilePermissions.fromString("rwxr-xr-x"));

        List<String> expected = Stream.of(FindingsLogTest.UNKNOWN, FindingsLogTest.TWICE_GIVEN, FindingsLogTest.BROKEN,
                FindingsLogTest.UNANSWERED).map(f -> {
                    String[] parts = f.split(":", 3);
                    return "::error file=" + parts[0] + ",line=" + parts[1] + "::" + parts[2].substring(1);
                }).toList();
        for (String path : List.of(".github/workflows/pull-request.yml", "init-snapshot/.github/workflows/pull-request.yml")) {
            String script = checkStep(workflows.get(path));
            Path work = Files.createDirectories(dir.resolve("run-" + path.replace('/', '_')));
            Files.writeString(work.resolve("step.sh"), script);
            // as GitHub runs a step of shell: bash
            ProcessBuilder bash = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "step.sh").directory(work.toFile());
            bash.environment().put("PATH", fakeMaven.getParent() + ":" + System.getenv("PATH"));
            Process process = bash.redirectErrorStream(true).start();
            List<String> out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(path + ": the step fails as the check did").isEqualTo(1);
            assertThat(out.stream().filter(l -> l.startsWith("::"))).as(path).containsExactlyElementsOf(expected);
        }
    }

    /** The script of the step that runs site-gen:check. */
    private static String checkStep(String workflow) throws IOException {
        JsonNode jobs = YAML.readTree(workflow).path("jobs");
        for (JsonNode job : jobs) {
            for (JsonNode step : job.path("steps")) {
                if (step.path("run").asText().contains("site-gen:check")) {
                    return step.path("run").asText();
                }
            }
        }
        throw new AssertionError("no step runs site-gen:check");
    }
}
