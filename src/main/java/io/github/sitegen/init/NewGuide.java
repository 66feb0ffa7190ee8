package io.github.sitegen.init;

import io.github.sitegen.core.IoReasons;
import io.github.sitegen.core.SiteBuildException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The files a new guide starts with, as {@code site-gen:init} writes them: a pom that uses the
 * plugin, two example notes that show every kind of question, {@code topics.yml}, {@code .gitignore},
 * the GitHub workflows that publish the guide and check pull requests, a README and
 * {@code .mvn/jvm.config}. Each file is a resource beside this class, with {@code @name@}
 * placeholders for the {@link Settings}.
 */
public final class NewGuide {
    /** Commit or tag names GitHub's checkout takes: no spaces, quotes or YAML that could break out of the workflow. */
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9._/-]*");
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");

    /**
     * What a new guide is made with.
     *
     * @param title             the guide's title, in its pom and README
     * @param artifactId        the guide's own artifactId (it is never published)
     * @param siteGenRepository the GitHub repository ({@code owner/name}) of site-gen's source
     * @param siteGenRef        the commit or tag of it the workflows build while the plugin is not on
     *                          Maven Central; empty when the plugin comes from Maven Central
     */
    public record Settings(String title, String artifactId, String pluginGroupId, String pluginArtifactId,
                           String pluginVersion, String siteGenRepository, String siteGenRef) {
        public Settings {
            if (!REPOSITORY.matcher(siteGenRepository).matches()) {
                throw new IllegalArgumentException("'" + siteGenRepository + "' is not a GitHub repository written owner/name");
            }
            if (!REF.matcher(siteGenRef).matches()) {
                throw new IllegalArgumentException("'" + siteGenRef + "' is not a commit or tag name");
            }
        }

        /** What a person checks out to build the plugin: the pinned ref, or the release's tag. */
        String sourceRef() {
            return siteGenRef.isEmpty() ? "v" + pluginVersion : siteGenRef;
        }
    }

    /** A file of the new guide: the resource it is made from, where it goes, how placeholders' values are escaped there. */
    private record Template(String resource, String path, UnaryOperator<String> escape) {
    }

    private static final UnaryOperator<String> XML = s -> s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    private static final UnaryOperator<String> PLAIN = UnaryOperator.identity();

    private static final List<Template> FILES = List.of(
            new Template("guide-pom.xml", "pom.xml", XML),
            new Template("guide-readme.md", "README.md", PLAIN),
            new Template("gitignore", ".gitignore", PLAIN),
            new Template("jvm.config", ".mvn/jvm.config", PLAIN),
            new Template("writing-notes.md", "content/writing-notes.md", PLAIN),
            new Template("quick-notes.md", "content/quick-notes.md", PLAIN),
            new Template("topics.yml", "content/topics.yml", PLAIN),
            new Template("pages.yml", ".github/workflows/pages.yml", PLAIN),
            new Template("pull-request.yml", ".github/workflows/pull-request.yml", PLAIN));

    private NewGuide() {
    }

    /** Each file's text, by its path in the guide, in the order they are written. */
    public static Map<String, String> files(Settings settings) {
        Map<String, String> values = Map.of("title", settings.title(), "artifactId", settings.artifactId(),
                "pluginGroupId", settings.pluginGroupId(), "pluginArtifactId", settings.pluginArtifactId(),
                "pluginVersion", settings.pluginVersion(), "siteGenRepository", settings.siteGenRepository(),
                "siteGenRef", settings.siteGenRef(), "sourceRef", settings.sourceRef());
        Map<String, String> files = new LinkedHashMap<>();
        for (Template template : FILES) {
            String text = resource(template.resource());
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("@" + value.getKey() + "@", template.escape().apply(value.getValue()));
            }
            files.put(template.path(), text);
        }
        return files;
    }

    /**
     * Writes the new guide into {@code dir}, or nothing at all: a file that exists already is
     * never overwritten, and when any does, the refusal names each one.
     *
     * @return the paths written, relative to {@code dir}
     */
    public static List<String> write(Path dir, Settings settings) {
        Map<String, String> files = files(settings);
        List<String> existing = files.keySet().stream()
                .filter(path -> Files.exists(dir.resolve(path), LinkOption.NOFOLLOW_LINKS)).toList();
        if (!existing.isEmpty()) {
            throw new SiteBuildException(dir.toString(), 0, "already has " + String.join(", ", existing)
                    + ", which a new guide would overwrite; nothing was written. Run site-gen:init in an empty folder,"
                    + " or move " + (existing.size() == 1 ? "that file" : "those files") + " aside first");
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                // CREATE_NEW: a file that appeared since the check above is not overwritten either
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                written.add(path);
            }
        } catch (IOException e) {
            for (Path path : written) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // the message below says what failed; a file left behind is named by the next run
                }
            }
            throw new SiteBuildException(dir.toString(), 0, "cannot be written (" + IoReasons.of(e)
                    + "); nothing of the new guide was kept", e);
        }
        return List.copyOf(files.keySet());
    }

    /** The commit of site-gen this plugin was built from, when the build knew it (see the pom's site-gen-commit). */
    public static Optional<String> builtFromCommit() {
        try (InputStream in = NewGuide.class.getResourceAsStream("commit")) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            return COMMIT.matcher(text).matches() ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A guide's title from its folder's name: {@code django-notes} is "Django Notes". */
    public static String titleOf(String folderName) {
        StringBuilder title = new StringBuilder();
        for (String word : folderName.split("[-_\\s]+")) {
            if (!word.isEmpty()) {
                title.append(title.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return title.length() == 0 ? "Study Guide" : title.toString();
    }

    /** A Maven artifactId from a folder's name: lower case letters, digits and hyphens. */
    public static String artifactIdOf(String folderName) {
        String id = folderName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "study-guide" : id;
    }

    private static String resource(String name) {
        try (InputStream in = NewGuide.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + NewGuide.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
