package io.github.sitegen.source;

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
    void unclosedFrontMatterNamesFileLineAndFix() {
        assertThatThrownBy(() -> read("---\ntitle: T\n# Heading\n"))
                .isInstanceOf(SiteBuildException.class)
                .hasMessage("notes.md:1: front matter is opened with '---' but never closed: add a line '---' after its last field");
    }

    @Test
    void invalidYamlNamesTheLineInTheFile() {
        assertThatThrownBy(() -> read("---\ntitle: ok\ndescription: a: b\n---\ntext\n"))
                .isInstanceOf(SiteBuildException.class)
                .hasMessageStartingWith("notes.md:3: front matter is not valid YAML")
                .hasMessageContaining("quoting values that contain ':'");
    }

    @Test
    void nonNumericOrderIsRejectedWithItsLine() {
        assertThatThrownBy(() -> read("---\ntitle: ok\norder: first\n---\n"))
                .hasMessage("notes.md:3: front matter 'order' must be a number, found 'first'");
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
        assertThatThrownBy(() -> read("---\ntitle: T\ndraft: maybe\n---\n"))
                .hasMessage("notes.md:3: front matter 'draft' must be true or false, found 'maybe'");
    }

    @Test
    void aPlaceThatIsNoNumberIsRejectedWithItsLine() {
        assertThatThrownBy(() -> read("---\ntitle: T\nsidebar_position: first\n---\n"))
                .hasMessage("notes.md:3: front matter 'sidebar_position' must be a number, found 'first'");
        assertThatThrownBy(() -> read("---\ntags: [[a]]\n---\n"))
                .hasMessage("notes.md:2: front matter 'tags' must be a list of words, e.g. [arrays, sorting]");
    }

    @Test
    void invalidUtf8NamesTheLineAndTheFix() {
        byte[] bytes = "ok\nstill ok\nbad \u00e9 here\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("latin1.md", bytes))
                .hasMessage("latin1.md:3: is not valid UTF-8: save the file with UTF-8 encoding");
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
