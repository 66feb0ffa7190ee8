package io.github.sitegen.output;

import io.github.sitegen.core.IoReasons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
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
    private static final SecureRandom RANDOM = new SecureRandom();

    public void replace(Path outputDir, Iterable<SiteFile> files) {
        Path target = outputDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, name, target);
            // createDirectory, not createTempDirectory: the folder gets the umask's mode, not 0700,
            // so that a web server running as another user can read the site
            staging = uniqueFolder(parent, "." + name + ".staging-");
            Files.write(staging.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
            for (SiteFile file : files) {
                Path path = staging.resolve(file.path());
                Files.createDirectories(path.getParent());
                Files.write(path, file.content());
            }
            if (Files.exists(target)) {
                Path old = uniqueName(parent, "." + name + ".old-");
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
            throw new UncheckedIOException("could not write the site to " + target + ": " + IoReasons.of(e), e);
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /**
     * Removes what a build killed half-way left beside the site: its staging folder, and the
     * previous site moved aside. Only folders holding site-gen's marker are touched. If the kill
     * fell between moving the old site aside and the new one in, the old one is put back first,
     * so that the site folder is missing for no longer than that instant.
     */
    static void removeLeftovers(Path parent, String name, Path target) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(parent)) {
            leftovers = siblings.filter(p -> {
                String n = p.getFileName().toString();
                return (n.startsWith("." + name + ".staging-") || n.startsWith("." + name + ".old-"))
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && OutputGuard.isOwnSite(p);
            }).sorted().toList();
        }
        for (Path leftover : leftovers) {
            if (!Files.exists(target) && leftover.getFileName().toString().startsWith("." + name + ".old-")) {
                Files.move(leftover, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                deleteTree(leftover);
            }
        }
    }

    private static Path uniqueFolder(Path parent, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(uniqueName(parent, prefix));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static Path uniqueName(Path parent, String prefix) {
        return parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
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
            Path marker = target.resolve(OutputGuard.MARKER);
            if (!Files.isRegularFile(marker)) {
                Files.write(marker, OutputGuard.MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the site to " + target + ": " + IoReasons.of(e), e);
        }
        try {
            Set<String> stale = new HashSet<>();
            try (Stream<Path> walk = Files.walk(target)) {
                walk.filter(Files::isRegularFile).forEach(p -> stale.add(target.relativize(p).toString().replace('\\', '/')));
            }
            files.forEach(file -> stale.remove(file.path()));
            stale.remove(OutputGuard.MARKER);
            for (String path : stale) {
                Files.delete(target.resolve(path));
                changed.add(path);
            }
            deleteEmptyFolders(target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the site to " + target + ": " + IoReasons.of(e), e);
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
            throw new UncheckedIOException("could not write the site to " + target + ": " + IoReasons.of(e), e);
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
