package io.github.sitegen.output;

import io.github.sitegen.core.IoReasons;
import io.github.sitegen.core.SiteBuildException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides, before anything is written, whether {@code outputDir} may be replaced as a whole.
 * It may when it is missing, empty, or a site site-gen wrote (it holds {@link #MARKER}); never
 * when it is, holds, or sits inside the notes, the templates, the project or its repository.
 * A mistyped {@code -DsiteGen.outputDir=content} must cost nothing but a message.
 */
public final class OutputGuard {
    /** The file site-gen writes into every site it makes: what tells its own folders from the user's. */
    public static final String MARKER = ".site-gen-output";
    static final String MARKER_TEXT = "This folder was written by site-gen and is replaced as a whole by each build.\n";
    /** What sites written before the marker existed always hold at their top. */
    private static final String[] LEGACY_SIGNATURE = {".nojekyll", "index.html", "404.html", "assets"};

    private OutputGuard() {
    }

    /** {@link #check(Path, Map)} for a build's folders: before anything is read or written. */
    public static void check(Path outputDir, Path contentDir, Path templatesDir, Path projectDir) {
        Map<String, Path> folders = new LinkedHashMap<>();
        folders.put("contentDir", contentDir);
        folders.put("templatesDir", templatesDir);
        folders.put("the project", projectDir);
        check(outputDir, folders);
    }

    /**
     * @param folders the user's folders by what they are ("contentDir", "templatesDir", "the project"):
     *                the output may be none of them, hold none, and sit inside neither notes nor templates
     * @throws SiteBuildException naming {@code outputDir} and what to do, if it may not be replaced
     */
    public static void check(Path outputDir, Map<String, Path> folders) {
        Path out = real(outputDir);
        if (out.getParent() == null) {
            throw refused(outputDir, "is the root of the file system");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw refused(outputDir, "is a file, which the site would replace");
        }
        Map<String, Path> guarded = new LinkedHashMap<>();
        folders.forEach((what, dir) -> guarded.put(what, real(dir)));
        Optional.ofNullable(folders.get("the project")).flatMap(OutputGuard::repositoryRoot)
                .ifPresent(root -> guarded.put("the git repository", root));
        for (Map.Entry<String, Path> folder : guarded.entrySet()) {
            Path dir = folder.getValue();
            if (dir.equals(out)) {
                throw refused(outputDir, "is " + folder.getKey() + " itself (" + dir + "); building would delete it");
            }
            if (dir.startsWith(out)) {
                throw refused(outputDir, "holds " + folder.getKey() + " (" + dir + "); building would delete it");
            }
            boolean readBack = folder.getKey().equals("contentDir") || folder.getKey().equals("templatesDir");
            if (readBack && out.startsWith(dir)) {
                throw refused(outputDir, "is inside " + folder.getKey() + " (" + dir + "), whose files the next build would read");
            }
        }
        if (Files.isDirectory(out) && !isOwnSite(out)) {
            throw refused(outputDir, "holds files site-gen did not write (" + firstEntries(out)
                    + "); it replaces the folder as a whole, so it only takes a missing or empty folder, or one it wrote ("
                    + MARKER + " in it)");
        }
    }

    /** Whether site-gen wrote {@code dir} (or it is empty): the folders it may delete. */
    static boolean isOwnSite(Path dir) {
        if (Files.isRegularFile(dir.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
                return true;
            }
        } catch (IOException e) {
            return false;
        }
        for (String name : LEGACY_SIGNATURE) {
            if (!Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    private static String firstEntries(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            var names = entries.map(p -> p.getFileName().toString()).sorted().limit(4).toList();
            return String.join(", ", names) + (names.size() == 4 ? ", …" : "");
        } catch (IOException e) {
            return IoReasons.of(e);
        }
    }

    /** The folder holding {@code .git} at or above {@code project}: deleting it would delete the history. */
    private static Optional<Path> repositoryRoot(Path project) {
        for (Path dir = real(project); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** The absolute path with every symbolic link of its existing part resolved: two names of one folder compare equal. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    private static SiteBuildException refused(Path outputDir, String why) {
        return new OutputRefusedException("outputDir " + outputDir + " " + why + ". Nothing was written or deleted: set "
                + "<outputDir> (-DsiteGen.outputDir) to a folder of the site's own, such as ${basedir}/site-output.");
    }

    /** The output folder may not be replaced; nothing was written, so there is no previous site to speak of. */
    public static final class OutputRefusedException extends SiteBuildException {
        OutputRefusedException(String message) {
            super(null, 0, message);
        }
    }
}
