package io.github.sitegen.cache;

import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.Finding;
import io.github.sitegen.output.SiteFile;

import io.github.sitegen.output.OutputGuard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The site the last build wrote, remembered under {@code target/} with the key of everything it
 * was built from (every file of the notes and templates, the options, the plugin's own code), so
 * that building unchanged notes again costs hashing them instead of building them.
 *
 * <p>Nothing in the cache is trusted: the manifest carries its own checksum and every file's
 * SHA-256, and a cache whose manifest is unreadable, whose key differs, or one of whose files does
 * not match is ignored (the build then runs in full and replaces it). When the output folder still
 * holds exactly the remembered files, nothing is written; otherwise the remembered bytes are
 * written, so the site is byte for byte what a build would write.
 *
 * <p>The cache keeps hard links to the written files (copies where links are not possible), so
 * remembering a site costs no second copy of it.
 */
public final class BuildCache {
    private static final String FORMAT = "site-gen-cache 1";
    private static final String MANIFEST = "manifest.txt";
    private final Path dir;
    private final BuildListener listener;

    /** What the build that wrote the site told its user, to be told again when it is reused. */
    public record Outcome(int sources, int pages, int questions, List<String> info, List<String> warnings,
                          List<Finding> findings) {
        public Outcome {
            info = List.copyOf(info);
            warnings = List.copyOf(warnings);
            findings = List.copyOf(findings);
        }
    }

    /**
     * A reused site: what to tell the user, and the files it has.
     *
     * @param written whether they had to be written (the output folder did not hold them)
     */
    public record Reused(Outcome outcome, List<String> files, boolean written) {
        public Reused {
            files = List.copyOf(files);
        }
    }

    public BuildCache(Path dir, BuildListener listener) {
        this.dir = dir;
        this.listener = listener;
    }

    /**
     * The key of a build of these inputs: empty when they cannot be keyed safely (a symbolic
     * link among the notes could change without any file here changing).
     *
     * @param options everything else the output depends on, written deterministically
     */
    public Optional<String> key(List<Path> inputDirs, String options) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        update(digest, options);
        try {
            update(digest, pluginCode());
            for (Path input : inputDirs) {
                update(digest, "dir " + input.toAbsolutePath().normalize());
                if (!Files.isDirectory(input)) {
                    continue;
                }
                List<Path> files;
                try (Stream<Path> walk = Files.walk(input)) {
                    files = walk.sorted().toList();
                }
                for (Path file : files) {
                    if (Files.isSymbolicLink(file)) {
                        return Optional.empty();
                    }
                    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        update(digest, "file " + input.relativize(file).toString().replace('\\', '/'));
                        update(digest, hash(file));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Brings {@code outputDir} to the site remembered under {@code key}, if there is one and it
     * is intact; empty (nothing touched) otherwise.
     *
     * @param writer writes a site as a build does (staged, swapped in whole)
     */
    public Optional<Reused> reuse(String key, Path outputDir, java.util.function.BiConsumer<Path, List<SiteFile>> writer) {
        Optional<Manifest> read = Manifest.read(dir.resolve(MANIFEST));
        if (read.isEmpty()) {
            if (Files.exists(dir.resolve(MANIFEST))) {
                listener.info("site-gen: the build cache in " + dir + " is damaged; ignoring it and building in full");
            }
            return Optional.empty();
        }
        Manifest manifest = read.get();
        if (!manifest.key().equals(key)) {
            return Optional.empty();
        }
        try {
            if (holds(outputDir, manifest)) {
                return Optional.of(new Reused(manifest.outcome(), List.copyOf(manifest.files().keySet()), false));
            }
            List<SiteFile> files = new ArrayList<>();
            long budget = Runtime.getRuntime().maxMemory() / 4;
            for (Map.Entry<String, Manifest.Entry> entry : manifest.files().entrySet()) {
                Path file = dir.resolve("files").resolve(entry.getKey());
                budget -= entry.getValue().size();
                if (budget < 0 || !matches(file, entry.getValue())) {
                    listener.info("site-gen: the build cache in " + dir + " does not match its manifest"
                            + (budget < 0 ? " in memory" : " at " + entry.getKey()) + "; building in full");
                    return Optional.empty();
                }
                files.add(new SiteFile(entry.getKey(), Files.readAllBytes(file)));
            }
            writer.accept(outputDir, files);
            return Optional.of(new Reused(manifest.outcome(), List.copyOf(manifest.files().keySet()), true));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * The paths (and, for a cache, sizes and SHA-256s) of the files of a site as they stream past
     * to be written, so that nothing needs to keep the files themselves.
     */
    public static final class Ledger {
        private final boolean hash;
        private final List<String> paths = new ArrayList<>();
        private final Map<String, Manifest.Entry> entries = new TreeMap<>();

        /** @param hash whether to hash each file, for {@link #store} */
        public Ledger(boolean hash) {
            this.hash = hash;
        }

        public void add(SiteFile file) {
            paths.add(file.path());
            if (hash) {
                byte[] content = file.content();
                entries.put(file.path(), new Manifest.Entry(content.length, HexFormat.of().formatHex(sha256().digest(content))));
            }
        }

        public List<String> paths() {
            return List.copyOf(paths);
        }
    }

    /** Remembers the site just written to {@code outputDir}, as {@code written} saw it; a cache that cannot be written is just not there. */
    public void store(String key, Path outputDir, Ledger written, Outcome outcome) {
        try {
            Path manifestFile = dir.resolve(MANIFEST);
            Files.createDirectories(dir);
            Files.deleteIfExists(manifestFile);
            Path store = dir.resolve("files");
            if (Files.exists(store)) {
                Path old = Files.createTempDirectory(dir, "old-");
                Files.move(store, old.resolve("files"), StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            }
            for (String path : written.entries.keySet()) {
                Path copy = store.resolve(path);
                Files.createDirectories(copy.getParent());
                try {
                    Files.createLink(copy, outputDir.resolve(path));
                } catch (FileSystemException | UnsupportedOperationException e) {
                    Files.copy(outputDir.resolve(path), copy);
                }
            }
            new Manifest(key, outcome, written.entries).write(manifestFile);
        } catch (IOException | UncheckedIOException e) {
            listener.info("site-gen: could not remember the site in " + dir + " (" + e.getMessage() + "); the next build runs in full");
        }
    }

    /** Whether the output folder holds exactly the manifest's files, byte for byte. */
    private static boolean holds(Path outputDir, Manifest manifest) throws IOException {
        if (!Files.isDirectory(outputDir)) {
            return false;
        }
        List<String> present;
        try (Stream<Path> walk = Files.walk(outputDir)) {
            present = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> outputDir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.equals(OutputGuard.MARKER)) // the writer's own, not a file of the site
                    .sorted().toList();
        }
        if (!present.equals(List.copyOf(manifest.files().keySet()))) {
            return false;
        }
        for (Map.Entry<String, Manifest.Entry> entry : manifest.files().entrySet()) {
            if (!matches(outputDir.resolve(entry.getKey()), entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Path file, Manifest.Entry entry) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == entry.size()
                && hash(file).equals(entry.sha256());
    }

    static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The plugin's own code: the jar's hash (or the class folder's, when run from a build), so a rebuilt snapshot misses. */
    private static String pluginCode() throws IOException {
        try {
            Path code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                return hash(code);
            }
            MessageDigest digest = sha256();
            try (Stream<Path> walk = Files.walk(code)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    update(digest, code.relativize(file).toString());
                    update(digest, hash(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
            throw new IOException("cannot locate the plugin's code", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
