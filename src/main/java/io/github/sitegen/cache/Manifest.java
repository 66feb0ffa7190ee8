package io.github.sitegen.cache;

import io.github.sitegen.core.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cache's table of contents, one record per line, closed by the SHA-256 of all lines before
 * it: a manifest cut short, edited or damaged on disk fails to read instead of being believed.
 *
 * @param files every file of the site by path, sorted
 */
record Manifest(String key, BuildCache.Outcome outcome, Map<String, Entry> files) {
    private static final String FORMAT = "site-gen-cache-manifest 1";

    /** A remembered file: its size and SHA-256, in hex. */
    record Entry(long size, String sha256) {
    }

    Manifest {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        text.append("key ").append(key).append('\n');
        text.append("counts ").append(outcome.sources()).append(' ').append(outcome.pages()).append(' ')
                .append(outcome.questions()).append('\n');
        outcome.info().forEach(line -> text.append("info ").append(escape(line)).append('\n'));
        outcome.warnings().forEach(line -> text.append("warn ").append(escape(line)).append('\n'));
        for (Finding f : outcome.findings()) {
            text.append("finding ").append(f.line()).append(' ').append(escape(f.file())).append(' ')
                    .append(escape(f.message())).append('\n');
        }
        files.forEach((path, e) -> text.append("file ").append(e.sha256()).append(' ').append(e.size()).append(' ')
                .append(escape(path)).append('\n'));
        String sum = checksum(text.toString());
        text.append("end ").append(sum).append('\n');
        Path temp = Files.createTempFile(file.getParent(), "manifest-", ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The manifest in {@code file}; empty when it is missing, of another format, or does not match its checksum. */
    static Optional<Manifest> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        int end = text.lastIndexOf("end ");
        if (!text.startsWith(FORMAT + "\n") || end < 0 || !text.endsWith("\n")
                || !text.substring(end + 4, text.length() - 1).equals(checksum(text.substring(0, end)))) {
            return Optional.empty();
        }
        try {
            String key = null;
            int[] counts = null;
            List<String> info = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            Map<String, Entry> files = new LinkedHashMap<>();
            for (String line : text.substring(0, end).split("\n")) {
                int space = line.indexOf(' ');
                String kind = space < 0 ? line : line.substring(0, space);
                String rest = space < 0 ? "" : line.substring(space + 1);
                switch (kind) {
                    case "key" -> key = rest;
                    case "counts" -> counts = java.util.Arrays.stream(rest.split(" ")).mapToInt(Integer::parseInt).toArray();
                    case "info" -> info.add(unescape(rest));
                    case "warn" -> warnings.add(unescape(rest));
                    case "finding" -> {
                        String[] parts = rest.split(" ", 3);
                        findings.add(new Finding(unescape(parts[1]), Integer.parseInt(parts[0]), unescape(parts[2])));
                    }
                    case "file" -> {
                        String[] parts = rest.split(" ", 3);
                        files.put(unescape(parts[2]), new Entry(Long.parseLong(parts[1]), parts[0]));
                    }
                    default -> {
                        if (!line.equals(FORMAT)) {
                            return Optional.empty();
                        }
                    }
                }
            }
            if (key == null || counts == null || counts.length != 3) {
                return Optional.empty();
            }
            return Optional.of(new Manifest(key, new BuildCache.Outcome(counts[0], counts[1], counts[2], info, warnings,
                    findings), files));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String checksum(String text) {
        return HexFormat.of().formatHex(BuildCache.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One line per record: backslash, line breaks and spaces that separate fields are escaped. */
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace(" ", "\\s");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 's' -> ' ';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
