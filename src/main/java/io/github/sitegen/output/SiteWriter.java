package io.github.sitegen.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes the site next to the output directory and swaps it in only once every file is on
 * disk, so that a build that fails (or is killed) leaves the previous site as it was.
 */
public final class SiteWriter {

    public void replace(Path outputDir, Iterable<SiteFile> files) {
        Path target = outputDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, "." + name + ".staging-");
            for (SiteFile file : files) {
                Path path = staging.resolve(file.path());
                Files.createDirectories(path.getParent());
                Files.write(path, file.content());
            }
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(parent, "." + name + ".old-");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
                deleteTree(old);
            } else {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
            staging = null;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the site to " + target + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /**
     * Brings {@code outputDir} to exactly {@code files} by writing only the files whose bytes
     * changed and deleting those no longer in the site; for the live server, whose browser
     * reloads only for what changed. Each file is written beside its place and moved in, so a
     * reader never sees half a file; unlike {@link #replace}, a failure half-way leaves a mix of
     * old and new files, which the next successful update repairs.
     *
     * @return the paths written or deleted, relative to {@code outputDir}, sorted
     */
    public List<String> update(Path outputDir, List<SiteFile> files) {
        Path target = outputDir.toAbsolutePath().normalize();
        Set<String> changed = new TreeSet<>(write(target, files));
        try {
            Set<String> stale = new HashSet<>();
            try (Stream<Path> walk = Files.walk(target)) {
                walk.filter(Files::isRegularFile).forEach(p -> stale.add(target.relativize(p).toString().replace('\\', '/')));
            }
            files.forEach(file -> stale.remove(file.path()));
            for (String path : stale) {
                Files.delete(target.resolve(path));
                changed.add(path);
            }
            deleteEmptyFolders(target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the site to " + target + ": " + e.getMessage(), e);
        }
        return List.copyOf(changed);
    }

    /**
     * Writes those of {@code files} whose bytes differ from what {@code outputDir} holds, each
     * beside its place and moved in; leaves every other file alone.
     *
     * @return the paths written, relative to {@code outputDir}, sorted
     */
    public List<String> write(Path outputDir, List<SiteFile> files) {
        Path target = outputDir.toAbsolutePath().normalize();
        Set<String> written = new TreeSet<>();
        try {
            Files.createDirectories(target);
            for (SiteFile file : files) {
                Path path = target.resolve(file.path());
                byte[] content = file.content();
                if (Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), content)) {
                    continue;
                }
                Files.createDirectories(path.getParent());
                Path part = Files.createTempFile(path.getParent(), ".", ".part");
                try {
                    Files.write(part, content);
                    Files.move(part, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
                written.add(file.path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the site to " + target + ": " + e.getMessage(), e);
        }
        return List.copyOf(written);
    }

    private static void deleteEmptyFolders(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                if (!dir.equals(root)) {
                    try (Stream<Path> children = Files.list(dir)) {
                        if (children.findAny().isEmpty()) {
                            Files.delete(dir);
                        }
                    }
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
