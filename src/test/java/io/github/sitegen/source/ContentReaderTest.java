package io.github.sitegen.source;

import io.github.sitegen.core.Finding;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.core.SourceDocument;
import io.github.sitegen.support.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ContentReaderTest {
    private final RecordingListener listener = new RecordingListener();
    private final ContentReader reader = new ContentReader(listener);

    private SourceDocument read(String text) {
        return reader.read("notes.md", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void frontMatterFieldsAreReadAndTheBodyStartsAfterThem() {
        SourceDocument doc = read("---\ntitle: ORM notes\ndescription: \"Queries: the lot\"\norder: 3\n---\n# Heading\n");
        assertThat(doc.frontMatter().title()).contains("ORM notes");
        assertThat(doc.frontMatter().description()).contains("Queries: the lot");
        assertThat(doc.frontMatter().order()).hasValue(3);
        assertThat(doc.body()).isEqualTo("# Heading\n");
        assertThat(doc.firstLine()).isEqualTo(6);
    }

    @Test
    void aNoteWithoutFrontMatterIsTakenWhole() {
        SourceDocument doc = read("# Title\n---\ntext\n");
        assertThat(doc.frontMatter()).isEqualTo(FrontMatter.NONE);
        assertThat(doc.body()).isEqualTo("# Title\n---\ntext\n");
        assertThat(doc.firstLine()).isEqualTo(1);
    }

    @Test
    void windowsLineEndingsAndByteOrderMarkAreNormalised() {
        SourceDocument doc = read("\uFEFF---\r\ntitle: T\r\n---\r\nline one\r\nline two\r\n");
        assertThat(doc.frontMatter().title()).contains("T");
        assertThat(doc.body()).isEqualTo("line one\nline two\n");
    }

    @Test
    void unclosedFrontMatterIsAFatalFindingAndTheNoteIsReadAsMarkdown() {
        SourceDocument doc = read("---\ntitle: T\n# Heading\n");
        assertThat(listener.findings()).containsExactly(Finding.fatal("notes.md", 1,
                "front matter is opened with '---' but never closed: add a line '---' after its last field"));
        assertThat(doc.body()).isEqualTo("---\ntitle: T\n# Heading\n");
    }

    @Test
    void invalidYamlNamesTheLineInTheFile() {
        SourceDocument doc = read("---\ntitle: ok\ndescription: a: b\n---\ntext\n");
        assertThat(listener.findings()).singleElement().satisfies(f -> {
            assertThat(f.fatal()).isTrue();
            assertThat(f.toString()).startsWith("notes.md:3: front matter is not valid YAML").contains("quoting values that contain ':'");
        });
        assertThat(doc.frontMatter()).isEqualTo(FrontMatter.NONE);
        assertThat(doc.body()).isEqualTo("text\n");
        assertThat(doc.firstLine()).isEqualTo(5);
    }

    @Test
    void nonNumericOrderIsRejectedWithItsLine() {
        SourceDocument doc = read("---\ntitle: ok\norder: first\n---\n");
        assertThat(listener.findings()).containsExactly(
                Finding.fatal("notes.md", 3, "front matter 'order' must be a number, found 'first'"));
        assertThat(doc.frontMatter().title()).contains("ok");
    }

    @Test
    void aKeyGivenTwiceDoesNotHideTheOtherFieldsProblems() {
        SourceDocument doc = read("---\ntitle: One\ntitel: typo\ntitle: Two\norder: first\n---\n# Body\n");
        assertThat(listener.findings()).extracting(Finding::toString, Finding::fatal).containsExactly(
                tuple("notes.md:4: front matter gives 'title' more than once: keep one of them, the one you mean", true),
                tuple("notes.md:3: unknown front matter field 'titel' is ignored: did you mean 'title'?", false),
                tuple("notes.md:5: front matter 'order' must be a number, found 'first'", true));
        assertThat(doc.body()).isEqualTo("# Body\n");
    }

    @Test
    void unknownFrontMatterFieldIsAWarningNotAFailure() {
        SourceDocument doc = read("---\ntitle: T\ncolour: blue\n---\nbody\n");
        assertThat(doc.body()).isEqualTo("body\n");
        assertThat(listener.warnings()).containsExactly("notes.md:3: unknown front matter field 'colour' is ignored; the fields"
                + " site-gen reads are [title, description, order, tags, draft] (other generators' fields for the place and the"
                + " topics work too: sidebar_position, nav_order, weight, categories)");
    }

    @Test
    void aTypoOfAFieldSaysWhichFieldItMeant() {
        read("---\ntitel: T\nsidebar_postion: 2\n---\n");
        assertThat(listener.warnings()).containsExactly("notes.md:2: unknown front matter field 'titel' is ignored: did you mean 'title'?",
                "notes.md:3: unknown front matter field 'sidebar_postion' is ignored: did you mean 'sidebar_position'?");
    }

    @Test
    void otherGeneratorsStandardFieldsAreAcceptedWithoutAWord() {
        read("""
                ---
                id: prep
                slug: /prep
                sidebar_label: Prep
                keywords: [coding interview, prep]
                hide_table_of_contents: true
                toc_max_heading_level: 2
                icon: material/book
                layout: page
                permalink: /prep/
                lang: en
                linkTitle: Prep
                aliases: [/old/]
                ---
                """);
        assertThat(listener.warnings()).isEmpty();
    }

    @Test
    void anotherGeneratorsPlaceIsTheNotesOrderAndFractionsSortBetween() {
        assertThat(read("---\nsidebar_position: 2.5\n---\n").frontMatter().order()).hasValue(2.5);
        assertThat(read("---\nnav_order: 4\n---\n").frontMatter().order()).hasValue(4);
        assertThat(read("---\nweight: 10\n---\n").frontMatter().order()).hasValue(10);
        assertThat(read("---\norder: 1\nweight: 10\n---\n").frontMatter().order()).hasValue(1);
    }

    @Test
    void tagsAndCategoriesAreTheNotesTopics() {
        assertThat(read("---\ntags: [front end, career]\ncategories: [career, hiring]\n---\n").frontMatter().tags())
                .containsExactly("front end", "career", "hiring");
        assertThat(read("---\ntags:\n  - label: Arrays\n    permalink: /arrays\n---\n").frontMatter().tags()).containsExactly("Arrays");
        assertThat(read("---\ntags: sorting\n---\n").frontMatter().tags()).containsExactly("sorting");
    }

    @Test
    void aDraftOrUnpublishedNoteSaysSo() {
        assertThat(read("---\ndraft: true\n---\n").frontMatter().draft()).isTrue();
        assertThat(read("---\npublished: false\n---\n").frontMatter().draft()).isTrue();
        assertThat(read("---\ndraft: false\npublished: true\n---\n").frontMatter().draft()).isFalse();
        assertThat(read("---\ntitle: T\ndraft: maybe\n---\n").frontMatter().draft()).isFalse();
        assertThat(listener.findings()).containsExactly(
                Finding.fatal("notes.md", 3, "front matter 'draft' must be true or false, found 'maybe'"));
    }

    @Test
    void aPlaceThatIsNoNumberIsRejectedWithItsLine() {
        assertThat(read("---\ntitle: T\nsidebar_position: first\n---\n").frontMatter().order()).isEmpty();
        assertThat(read("---\ntags: [[a], b]\n---\n").frontMatter().tags()).containsExactly("b");
        assertThat(listener.findings()).containsExactly(
                Finding.fatal("notes.md", 3, "front matter 'sidebar_position' must be a number, found 'first'"),
                Finding.fatal("notes.md", 2, "front matter 'tags' must be a list of words, e.g. [arrays, sorting]"));
    }

    @Test
    void invalidUtf8NamesTheLineAndTheFixAndTheRestIsStillRead() {
        byte[] bytes = "ok\nstill ok\nbad \u00e9 here\n".getBytes(StandardCharsets.ISO_8859_1);
        SourceDocument doc = reader.read("latin1.md", bytes);
        assertThat(listener.findings()).containsExactly(
                Finding.fatal("latin1.md", 3, "is not valid UTF-8: save the file with UTF-8 encoding"));
        assertThat(doc.body()).isEqualTo("ok\nstill ok\nbad \uFFFD here\n");
    }

    @Test
    void readsMarkdownFilesRecursivelyInPathOrderAndIgnoresOthers(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/two.md"), "two");
        Files.writeString(dir.resolve("a.md"), "one");
        Files.writeString(dir.resolve("c.markdown"), "three");
        Files.writeString(dir.resolve("notes.txt"), "not markdown");
        assertThat(reader.readAll(dir)).extracting(SourceDocument::path).containsExactly("a.md", "b/two.md", "c.markdown");
    }

    @Test
    void missingContentDirectorySaysWhichParameterToSet(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.readAll(dir.resolve("nope")))
                .hasMessageContaining("content directory does not exist")
                .hasMessageContaining("siteGen.contentDir");
    }
}
