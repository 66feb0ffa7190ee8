package io.github.sitegen.core;

import java.util.Objects;

/**
 * One Markdown note as read from disk.
 *
 * @param path      path relative to the content directory, with {@code /} separators
 * @param body      the Markdown after the front matter, line endings normalised to {@code \n}
 * @param firstLine the 1-based line of the file on which {@code body} starts, so that
 *                  positions inside the body can be reported as lines of the file
 */
public record SourceDocument(String path, FrontMatter frontMatter, String body, int firstLine) {
    public SourceDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(frontMatter, "frontMatter");
        Objects.requireNonNull(body, "body");
    }

    /**
     * The same note without its Markdown, for what comes after parsing, which needs only its path
     * and front matter: at 100× the notes the Markdown is 60 MB that would stay in memory until
     * the last page is written.
     */
    public SourceDocument withoutBody() {
        return new SourceDocument(path, frontMatter, "", firstLine);
    }

    /**
     * Whether a file is a note, by its name: Markdown as GitHub and the other generators name it
     * ({@code .md}, {@code .markdown}, and MDX's {@code .mdx}, which Docusaurus notes use), in any case.
     */
    public static boolean isNote(String path) {
        String name = path.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdx");
    }

    /** The file name without directory and extension, e.g. {@code django-orm} for {@code notes/django-orm.md}. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
