package io.github.sitegen.maven;

import io.github.sitegen.dedup.DedupOptions;
import io.github.sitegen.hostile.Hostile;
import io.github.sitegen.output.OutputGuard;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue 12's hostile-input suite: each case does to a small guide what a hostile but realistic
 * user would (a mistyped outputDir, a symbolic link to /etc/passwd, a note saved as UTF-16, a
 * template that includes itself...) and runs the real Mojo on it, as Maven would, through its
 * exception mapping. Every case asserts the message the user sees (file, line, what to do), that
 * no stack trace reaches them, and that every user file is byte-identical afterwards; a failing
 * case also that the previous site is byte-identical and nothing was left beside it.
 */
class HostileInputTest {
    private static final String GUIDE = "# Guide\n\nWhat this guide is.\n\n## What is a model?\n\nA model maps a table. "
            + "See [views](other.md#what-is-a-view).\n\n## How do signals work?\n\nThey call receivers.\n";
    private static final String OTHER = "# Other\n\n## What is a view?\n\nA view answers a request, as "
            + "[models](guide.md#what-is-a-model) say.\n";

    /** What a case expects: a failure, or a build that warns. */
    enum Outcome { FAILS, WARNS, BUILDS }

    /** The goal a case runs. */
    enum Goal { BUILD, STRICT_BUILD, CHECK, SERVE }

    /** A folder laid out as a user's project: {@code repo/.git}, {@code repo/guide/pom.xml}, {@code content/}, {@code templates/}. */
    record Project(Path root, Path repo, Path dir) {
        Path content() {
            return dir.resolve("content");
        }

        Path templates() {
            return dir.resolve("templates");
        }

        Path site() {
            return dir.resolve("site-output");
        }

        Path write(String path, String text) throws IOException {
            return write(path, text.getBytes(StandardCharsets.UTF_8));
        }

        Path write(String path, byte[] bytes) throws IOException {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        }
    }

    interface Setup {
        /** @return the outputDir to build into, or null for the project's site-output */
        Path apply(Project project) throws Exception;
    }

    record Case(String name, Goal goal, Setup setup, Outcome outcome, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Path previousSite;

    @BeforeAll
    static void buildThePreviousSiteOnce(@TempDir Path dir) throws Exception {
        Project project = project(dir);
        run(Goal.BUILD, project, project.site(), new CapturingLog());
        previousSite = project.site();
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // ---- the output folder: never delete what site-gen did not write
        cases.add(fails("outputDir is contentDir", p -> p.content(), "outputDir", "is contentDir itself", "Nothing was written or deleted", "-DsiteGen.outputDir"));
        cases.add(fails("outputDir is the project", Project::dir, "outputDir", "holds contentDir", "Nothing was written or deleted"));
        cases.add(fails("outputDir is templatesDir", p -> p.templates(), "is templatesDir itself"));
        cases.add(fails("outputDir is the repository root", Project::repo, "holds contentDir"));
        cases.add(fails("outputDir is above the repository", Project::root, "holds contentDir"));
        cases.add(fails("outputDir is /", p -> Path.of("/"), "outputDir / is the root of the file system"));
        cases.add(fails("outputDir names pom.xml", p -> p.dir().resolve("pom.xml"), "pom.xml is a file"));
        cases.add(fails("outputDir names a note", p -> p.content().resolve("guide.md"), "guide.md is a file"));
        cases.add(fails("outputDir inside contentDir", p -> p.content().resolve("site"), "is inside contentDir", "next build would read"));
        cases.add(fails("outputDir inside templatesDir", p -> p.templates().resolve("assets/site"), "is inside templatesDir"));
        cases.add(fails("outputDir is a folder of the user's files", p -> {
            p.write("docs/report.txt", "mine");
            return p.dir().resolve("docs");
        }, "docs holds files site-gen did not write (report.txt)", "Nothing was written or deleted"));
        cases.add(fails("outputDir is a symbolic link to contentDir", p ->
                Files.createSymbolicLink(p.dir().resolve("out-link"), p.content()), "is contentDir itself"));
        cases.add(fails("outputDir is contentDir spelt with ..", p -> p.content().resolve("x/.."), "is contentDir itself"));
        cases.add(fails("outputDir is the project spelt with ..", p -> p.content().resolve(".."), "holds contentDir"));
        cases.add(fails("outputDir holds .git of the repository", p -> p.repo(), "holds"));
        cases.add(new Case("serve with outputDir contentDir", Goal.SERVE, p -> p.content(), Outcome.FAILS,
                List.of("outputDir", "is contentDir itself", "Nothing was written or deleted")));
        cases.add(new Case("serve with outputDir the project", Goal.SERVE, Project::dir, Outcome.FAILS, List.of("holds contentDir")));
        cases.add(builds("outputDir written by an older site-gen, without the marker", p -> {
            Files.delete(p.site().resolve(OutputGuard.MARKER));
            return null;
        }));
        cases.add(builds("outputDir an empty folder", p -> Files.createDirectories(p.dir().resolve("empty-out"))));
        cases.add(builds("leftovers of a build killed while writing are removed", p -> {
            Files.createDirectories(p.dir().resolve(".site-output.staging-killed/guide"));
            Files.writeString(p.dir().resolve(".site-output.staging-killed/" + OutputGuard.MARKER), "");
            Files.createDirectories(p.dir().resolve(".site-output.old-killed"));
            Files.writeString(p.dir().resolve(".site-output.old-killed/" + OutputGuard.MARKER), "");
            return null;
        }));
        cases.add(builds("a folder named like a leftover but not site-gen's is kept", p -> {
            p.write(".site-output.old-mine/notes.txt", "mine");
            return null;
        }));

        // ---- reading the notes: file:line and what to do
        cases.add(fails("note not UTF-8", p -> {
            p.write("content/guide.md", bytes("# Guide\n\ntext\ncaf\u00e9\n", "ISO-8859-1"));
            return null;
        }, "guide.md:4: is not valid UTF-8", "save the file with UTF-8 encoding"));
        cases.add(fails("note saved as UTF-16", p -> {
            p.write("content/guide.md", bytes("\uFEFF# Guide\n", "UTF-16LE"));
            return null;
        }, "guide.md:1: is not valid UTF-8"));
        cases.add(fails("front matter never closed", note("---\ntitle: x\n# Guide\n"), "guide.md:1:", "never closed", "add a line '---'"));
        cases.add(fails("front matter not YAML", note("---\ntitle: [unclosed\n---\n# Guide\n"), "guide.md:", "front matter is not valid YAML"));
        cases.add(fails("front matter key given twice", note("---\ntitle: One\norder: 1\ntitle: Two\n---\n# Guide\n"),
                "guide.md:4: front matter gives 'title' more than once", "keep one"));
        cases.add(fails("front matter order not a number", note("---\norder: first\n---\n# Guide\n"), "guide.md:2:", "'order' must be a number"));
        cases.add(fails("front matter title a list", note("---\ntitle:\n  - a\n---\n# Guide\n"), "guide.md:2:", "'title' must be plain text"));
        cases.add(fails("front matter a list", note("---\n- a\n- b\n---\n# Guide\n"), "guide.md:2:", "'key: value' lines"));
        cases.add(builds("front matter alias bomb is not expanded", note("---\na: &a [x,x,x,x,x,x,x,x,x,x]\n" + bomb() + "---\n# G\n")));
        cases.add(fails("topics.yml not UTF-8", p -> {
            p.write("content/topics.yml", bytes("topics:\n  - name: Caf\u00e9\n    keywords: [cache]\n", "ISO-8859-1"));
            return null;
        }, "topics.yml", "not valid UTF-8", "save the file with UTF-8 encoding"));
        cases.add(fails("topics.yml not YAML", p -> {
            p.write("content/topics.yml", "topics:\n  - name: [x\n");
            return null;
        }, "topics.yml:", "is not valid YAML"));
        cases.add(fails("topics.yml without a list", p -> {
            p.write("content/topics.yml", "subjects: []\n");
            return null;
        }, "topics.yml:1: needs a 'topics:' list"));
        cases.add(fails("topic without keywords", p -> {
            p.write("content/topics.yml", "topics:\n  - name: Caching\n");
            return null;
        }, "topics.yml:2: topic 'Caching' needs a 'name:' and a non-empty 'keywords:' list"));
        cases.add(fails("contentDir without notes", p -> {
            Hostile.deleteTree(p.content());
            Files.createDirectories(p.content());
            return null;
        }, "contains no Markdown notes", "siteGen.contentDir"));
        cases.add(fails("contentDir missing", p -> {
            Hostile.deleteTree(p.content());
            return null;
        }, "content directory does not exist", "siteGen.contentDir"));

        // ---- templates
        cases.add(fails("template syntax error", template("page.peb", "{% extends \"layout\" %}\n{% block content %}\n{{ oops\n{% endblock %}\n"),
                "page.peb:", "template error", "fix the template"));
        cases.add(fails("template misspelt variable", template("404.peb", "{% extends \"layout\" %}\n{% block content %}{{ nosuch }}{% endblock %}\n"),
                "404.peb:", "template error"));
        cases.add(fails("template includes itself", template("page.peb", "{% include \"page\" %}\n"),
                "page.peb", "template recurses without end", "remove that include"));
        cases.add(fails("two templates include each other", p -> {
            p.write("templates/page.peb", "{% include \"a\" %}\n");
            p.write("templates/a.peb", "{% include \"page\" %}\n");
            return null;
        }, "page.peb", "template recurses without end"));
        cases.add(fails("layout extends itself", template("layout.peb", "{% extends \"layout\" %}\n"),
                "recurses without end", "project's templates: templates/layout.peb"));
        cases.add(fails("template includes a missing template", template("page.peb", "{% include \"nowhere\" %}\n"), "page.peb", "template error"));

        // ---- what leaves the notes: warned by file:line, errors under check
        cases.add(warns("note is a symbolic link to /etc/passwd", symlinkNote("leak.md", Path.of("/etc/passwd")),
                "leak.md:1: is a symbolic link to /etc/passwd, outside contentDir", "it is not read"));
        cases.add(warns("note is a symbolic link to the pom", p -> {
            Files.createSymbolicLink(p.content().resolve("pom.md"), p.dir().resolve("pom.xml"));
            return null;
        }, "pom.md:1: is a symbolic link to", "outside contentDir"));
        cases.add(new Case("check fails on a note linked from outside", Goal.CHECK, symlinkNote("leak.md", Path.of("/etc/passwd")),
                Outcome.FAILS, List.of("content/leak.md:1: is a symbolic link to /etc/passwd", "listed above as file:line")));
        cases.add(warns("link climbing out of the notes", append("guide.md", "\nRead [this](../../../etc/passwd).\n"),
                "guide.md:13: link '../../../etc/passwd' leaves the notes folder", "link a note or file inside the notes folder"));
        cases.add(warns("link to a file: URL", append("guide.md", "\nSee [hosts](file:///etc/hosts).\n"),
                "guide.md:13: link 'file:///etc/hosts' points to a file on the computer that builds the site"));
        cases.add(new Case("a file: URL is not published", Goal.BUILD, append("guide.md", "\nSee [hosts](file:///etc/hosts).\n"),
                Outcome.BUILDS, List.of("file:///etc/hosts")));
        cases.add(new Case("strict build fails on a link to a note outside the notes", Goal.STRICT_BUILD,
                append("guide.md", "\n[up](../../secret.md)\n"), Outcome.FAILS,
                List.of("content/guide.md:13: link '../../secret.md' leaves the notes folder", "was left as it was")));
        cases.add(warns("encoded link climbing out", append("guide.md", "\n[x](..%2F..%2Fsecret.txt)\n"), "guide.md:13:", "leaves the notes folder"));
        cases.add(new Case("strict build fails on a link leaving the site", Goal.STRICT_BUILD,
                append("guide.md", "\nRead [this](../../../etc/passwd).\n"), Outcome.FAILS,
                List.of("content/guide.md:13: link '../../../etc/passwd' leaves the notes folder", "was left as it was")));
        cases.add(warns("NUL byte in a note", append("guide.md", "\nnul \0 here\n"), "guide.md:13: contains a NUL byte", "remove it"));
        cases.add(new Case("check fails on a NUL byte", Goal.CHECK, append("guide.md", "\nnul \0 here\n"), Outcome.FAILS,
                List.of("content/guide.md:13: contains a NUL byte")));
        cases.add(warns("broken link", append("guide.md", "\n[gone](#no-such-heading)\n"), "guide.md:13: link '#no-such-heading' points to no heading"));
        cases.add(new Case("strict build fails on a broken link", Goal.STRICT_BUILD, append("guide.md", "\n[gone](missing.md)\n"),
                Outcome.FAILS, List.of("content/guide.md:13: link 'missing.md' points to a note that is not part of the guide", "was left as it was")));

        // ---- pathological notes that must build, quickly
        cases.add(builds("heading of 300 bytes", append("guide.md", "\n## " + "Very long chapter name ".repeat(14) + "\n\nText.\n")));
        cases.add(builds("heading of 300 multi-byte characters", append("guide.md", "\n## " + "章".repeat(300) + "\n\nText.\n")));
        cases.add(builds("a thousand identical headings", append("guide.md", "\n## Same\n\nx\n".repeat(1000))));
        cases.add(builds("a word of 100,000 characters", append("guide.md", "\n" + "x".repeat(100_000) + "\n")));
        cases.add(builds("identifier of 100,000 characters", append("guide.md", "\n" + "a_b".repeat(33_000) + "\n")));
        cases.add(builds("blockquotes nested 1,000 deep", append("guide.md", "\n" + ">".repeat(1000) + " deep\n")));
        cases.add(builds("lists nested 500 deep", p -> {
            StringBuilder md = new StringBuilder(GUIDE).append('\n');
            for (int i = 0; i < 500; i++) {
                md.append("  ".repeat(i)).append("- item\n");
            }
            p.write("content/guide.md", md.toString());
            return null;
        }));
        cases.add(builds("10,000 unclosed brackets and emphasis", append("guide.md", "\n" + "[*_`".repeat(10_000) + "\n")));
        cases.add(builds("notes that are templates", append("guide.md", "\n{% include 'page' %} {{ root }} {% csrf_token %}\n")));
        cases.add(builds("a named pipe called note.md is skipped, not waited on", p -> {
            new ProcessBuilder("mkfifo", p.content().resolve("pipe.md").toString()).start().waitFor();
            return null;
        }));
        cases.add(builds("file names with spaces, #, ? and accents", p -> {
            p.write("content/a note #1?.md", "# Odd\n\nSee [guide](guide.md).\n");
            p.write("content/ünïcödé.md", "# Ünï\n\nText.\n");
            return null;
        }));
        cases.add(builds("a symbolic link inside the notes is read", p -> {
            Files.createSymbolicLink(p.content().resolve("alias.md"), p.content().resolve("other.md"));
            return null;
        }));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileInput(Case c, @TempDir Path dir) throws Exception {
        Project project = project(dir);
        copyTree(previousSite, project.site());
        Path output = c.setup().apply(project);
        Path out = output == null ? project.site() : output;
        Map<String, String> siteBefore = Hostile.snapshot(project.site());
        Map<String, String> userBefore = userFiles(project);
        CapturingLog log = new CapturingLog();
        String message = null;
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(c.goal(), project, out, log));
        } catch (Exception e) {
            if (!(e instanceof MojoFailureException || e instanceof MojoExecutionException)) {
                throw e;
            }
            message = e.getMessage();
        }
        assertThat(userFiles(project)).as("every user file is byte-identical").isEqualTo(userBefore);
        String seen = (message == null ? "" : message + "\n") + String.join("\n", log.lines);
        assertThat(seen).as("no stack trace reaches the user").doesNotContain("\tat ", "Exception:", "Error:", "java.lang.");
        assertThat(log.throwables).as("nothing logged with a stack trace").isEmpty();
        switch (c.outcome()) {
            case FAILS -> {
                assertThat(message).as("the goal fails").isNotNull();
                assertThat(seen).contains(c.expected());
                assertThat(Hostile.snapshot(project.site())).as("the previous site is byte-identical").isEqualTo(siteBefore);
                try (Stream<Path> siblings = Files.list(project.dir())) {
                    assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".site-output."));
                }
            }
            case WARNS -> {
                assertThat(message).as("the build succeeds").isNull();
                assertThat(String.join("\n", log.warnings())).contains(c.expected());
                assertThat(Hostile.snapshot(out).toString()).doesNotContain("staging");
                assertNothingOfEtcPasswdPublished(out);
            }
            case BUILDS -> {
                assertThat(message).as("the build succeeds").isNull();
                try (Stream<Path> all = Files.walk(out)) {
                    for (Path file : all.filter(Files::isRegularFile).toList()) {
                        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
                        c.expected().forEach(absent -> assertThat(text).as("not published: " + absent).doesNotContain(absent));
                    }
                }
                assertThat(out.resolve("index.html")).exists();
                assertThat(out.resolve(OutputGuard.MARKER)).exists();
                try (Stream<Path> all = Files.walk(out)) {
                    assertThat(all.map(p -> p.getFileName().toString().getBytes(StandardCharsets.UTF_8).length))
                            .as("every file name fits every file system").allMatch(n -> n <= 143);
                }
                try (Stream<Path> siblings = Files.list(project.dir())) {
                    assertThat(siblings.map(p -> p.getFileName().toString()))
                            .noneMatch(n -> n.startsWith(".site-output.staging-") || n.equals(".site-output.old-killed"));
                }
                if (c.name().contains("not site-gen's")) {
                    assertThat(project.dir().resolve(".site-output.old-mine/notes.txt")).hasContent("mine");
                }
            }
        }
    }

    private static void assertNothingOfEtcPasswdPublished(Path site) throws IOException {
        try (Stream<Path> all = Files.walk(site)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain("root:x:0:0");
            }
        }
    }

    // ---- running the real Mojo, as Maven would

    static void run(Goal goal, Project project, Path outputDir, Log log) throws Exception {
        AbstractSiteMojo mojo = switch (goal) {
            case BUILD, STRICT_BUILD -> new BuildMojo();
            case CHECK -> new CheckMojo();
            case SERVE -> new ServeMojo();
        };
        set(mojo, "contentDir", project.content().toFile());
        set(mojo, "templatesDir", project.templates().toFile());
        set(mojo, "basedir", project.dir().toFile());
        set(mojo, "siteTitle", "Hostile");
        set(mojo, "editBranch", "main");
        DedupOptions d = DedupOptions.DEFAULTS;
        set(mojo, "dedupEnabled", true);
        set(mojo, "dedupTitleSimilarity", d.titleSimilarity());
        set(mojo, "dedupAnswerSimilarity", d.answerSimilarity());
        set(mojo, "dedupRelatedSimilarity", d.relatedSimilarity());
        set(mojo, "dedupNearSimilarity", d.nearSimilarity());
        set(mojo, "dedupShingleSize", d.shingleSize());
        set(mojo, "dedupMinHashFunctions", d.minHashFunctions());
        set(mojo, "dedupLshBands", d.lshBands());
        set(mojo, "dedupMinWords", d.minWords());
        set(mojo, "dedupMaxRelated", d.maxRelated());
        set(mojo, "dedupSeed", d.seed());
        if (goal != Goal.CHECK) {
            set(mojo, "outputDir", outputDir.toFile());
        }
        if (goal == Goal.STRICT_BUILD) {
            set(mojo, "strict", true);
        }
        if (goal == Goal.SERVE) {
            set(mojo, "port", 0);
        }
        mojo.setLog(log);
        if (goal == Goal.SERVE) {
            // a serve that started would run until stopped: the cases here must fail before it does
            Thread serving = new Thread(() -> {
                try {
                    mojo.execute();
                } catch (Exception e) {
                    ((CapturingLog) log).failure = e;
                }
            });
            serving.setDaemon(true);
            serving.start();
            serving.join(30_000);
            if (serving.isAlive()) {
                fail("serve started instead of refusing");
            }
            Exception failure = ((CapturingLog) log).failure;
            if (failure instanceof MojoFailureException f) {
                throw f;
            }
            if (failure != null) {
                throw failure;
            }
            return;
        }
        mojo.execute();
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> type = target.getClass(); type != AbstractMojo.class; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value instanceof File || !field.getType().isPrimitive() ? value : value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }

    /** Maven's log as the user sees it; a Throwable handed to it would print a stack trace. */
    static final class CapturingLog implements Log {
        final List<String> lines = new ArrayList<>();
        final List<Throwable> throwables = new ArrayList<>();
        final List<String> warnLines = new ArrayList<>();
        volatile Exception failure;

        List<String> warnings() {
            return List.copyOf(warnLines);
        }

        private synchronized void add(String level, CharSequence text, Throwable t) {
            if (text != null) {
                lines.add("[" + level + "] " + text);
                if (!level.equals("INFO") && !level.equals("DEBUG")) {
                    warnLines.add(text.toString());
                }
            }
            if (t != null) {
                throwables.add(t);
            }
        }

        @Override public boolean isDebugEnabled() { return false; }
        @Override public void debug(CharSequence c) { }
        @Override public void debug(CharSequence c, Throwable t) { add("DEBUG", c, t); }
        @Override public void debug(Throwable t) { add("DEBUG", null, t); }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public void info(CharSequence c) { add("INFO", c, null); }
        @Override public void info(CharSequence c, Throwable t) { add("INFO", c, t); }
        @Override public void info(Throwable t) { add("INFO", null, t); }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public void warn(CharSequence c) { add("WARNING", c, null); }
        @Override public void warn(CharSequence c, Throwable t) { add("WARNING", c, t); }
        @Override public void warn(Throwable t) { add("WARNING", null, t); }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public void error(CharSequence c) { add("ERROR", c, null); }
        @Override public void error(CharSequence c, Throwable t) { add("ERROR", c, t); }
        @Override public void error(Throwable t) { add("ERROR", null, t); }
    }

    // ---- the project and what a case does to it

    static Project project(Path root) throws IOException {
        Path repo = Files.createDirectories(root.resolve("repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Path dir = Files.createDirectories(repo.resolve("guide"));
        Project project = new Project(root, repo, dir);
        project.write("pom.xml", "<project/>\n");
        project.write("content/guide.md", GUIDE);
        project.write("content/other.md", OTHER);
        project.write("templates/assets/extra.css", "body { }\n");
        return project;
    }

    /** Notes, templates, the pom and the rest of the repository: everything but the site and its staging. */
    private static Map<String, String> userFiles(Project project) {
        Map<String, String> all = Hostile.snapshot(project.repo());
        all.keySet().removeIf(k -> k.startsWith("guide/site-output") || k.startsWith("guide/.site-output.")
                || k.startsWith("guide/empty-out"));
        return all;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(java.nio.charset.Charset.forName(charset));
    }

    private static Setup note(String text) {
        return p -> {
            p.write("content/guide.md", text);
            return null;
        };
    }

    private static Setup append(String note, String text) {
        return p -> {
            p.write("content/" + note, Files.readString(p.content().resolve(note)) + text);
            return null;
        };
    }

    private static Setup template(String name, String text) {
        return p -> {
            p.write("templates/" + name, text);
            return null;
        };
    }

    private static Setup symlinkNote(String name, Path target) {
        return p -> {
            Files.createSymbolicLink(p.content().resolve(name), target);
            return null;
        };
    }

    /** Seven levels of ten aliases each: a billion laughs, were the aliases expanded. */
    private static String bomb() {
        StringBuilder yaml = new StringBuilder();
        for (char level = 'b'; level <= 'h'; level++) {
            yaml.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(10, "*" + (char) (level - 1)))).append("]\n");
        }
        return yaml.toString();
    }

    private static Case fails(String name, Setup setup, String... expected) {
        return new Case(name, Goal.BUILD, setup, Outcome.FAILS, List.of(expected));
    }

    private static Case warns(String name, Setup setup, String... expected) {
        return new Case(name, Goal.BUILD, setup, Outcome.WARNS, List.of(expected));
    }

    /** A case that builds; nothing in the site may contain {@code absent}. */
    private static Case builds(String name, Setup setup) {
        return new Case(name, Goal.BUILD, setup, Outcome.BUILDS, List.of());
    }
}
