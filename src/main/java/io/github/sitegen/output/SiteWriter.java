package io.github.sitegen.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Writes the site next to the output directory and swaps it in only once every file is on
 * disk, so that a build that fails (or is killed) leaves the previous site as it was.
 */
public final class SiteWriter {

    public void replace(Path outputDir, List<SiteFile> files) {
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
