package io.github.sitegen.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.apache.commons.text.similarity.LevenshteinDistance;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.core.Finding;
import io.github.sitegen.core.FrontMatter;
import io.github.sitegen.core.IoReasons;
import io.github.sitegen.core.SiteBuildException;
import io.github.sitegen.core.SourceDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the Markdown notes below a content directory and reads them, front matter included. */
public final class ContentReader {
    /** The fields site-gen reads; {@link #ORDER} and {@link #TAGS} name the others that say the same. */
    private static final List<String> READ = List.of("title", "description", "order", "tags", "draft");
    /** A note's place in the guide, as site-gen, Docusaurus, Just the Docs and Hugo write it, first one given wins. */
    private static final List<String> ORDER = List.of("order", "sidebar_position", "nav_order", "weight");
    /** Its topics: tags, and Hugo's and Jekyll's categories. */
    private static final List<String> TAGS = List.of("tags", "categories");
    /**
     * Fields of other generators that mean nothing in a study guide (page URLs, layouts, sidebars,
     * dates, authors, search engines' keywords): accepted without a word, so that notes written for
     * Docusaurus, MkDocs (Material), Hugo, Jekyll (Just the Docs) or VuePress build as they are.
     */
    private static final Set<String> ACCEPTED = Set.of(
            // Docusaurus
            "id", "slug", "sidebar_label", "sidebar_class_name", "sidebar_custom_props", "sidebar_key", "displayed_sidebar",
            "hide_title", "hide_table_of_contents", "toc_min_heading_level", "toc_max_heading_level", "pagination_label",
            "pagination_next", "pagination_prev", "parse_number_prefixes", "custom_edit_url", "keywords", "image",
            "unlisted", "last_update", "authors", "author", "author_title", "author_url", "author_image_url",
            "author_twitter", "date",
            // MkDocs and Material for MkDocs
            "template", "hide", "icon", "status", "subtitle", "search", "social", "comments", "render_macros",
            // Hugo
            "aliases", "url", "summary", "linkTitle", "type", "layout", "toc", "math", "series", "images", "menu",
            "isCJKLanguage", "headless", "markup", "outputs", "params", "resources", "sitemap", "translationKey",
            "build", "cascade", "lastmod", "publishDate", "expiryDate",
            // Jekyll, Just the Docs, VuePress
            "permalink", "category", "excerpt", "last_modified_at", "redirect_from", "redirect_to", "lang", "rtl",
            "parent", "grand_parent", "has_children", "has_toc", "nav_exclude", "search_exclude", "child_nav_order",
            "sidebar", "sidebarDepth", "prev", "next", "head", "home", "pageClass", "footer", "editLink");
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();
    /** Duplicate keys are an error: {@code title:} given twice would otherwise let the last one win silently. */
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    /** The same without that check: a note whose front matter gives a key twice still has its other fields checked. */
    private static final ObjectMapper LENIENT_YAML = new ObjectMapper(new YAMLFactory());

    private final BuildListener listener;

    public ContentReader(BuildListener listener) {
        this.listener = listener;
    }

    /** Every note below {@code contentDir}, sorted by path so that builds are deterministic. */
    public List<SourceDocument> readAll(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            throw new SiteBuildException(contentDir.toString(), 0,
                    "content directory does not exist: create it or set <contentDir> (siteGen.contentDir)");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> SourceDocument.isNote(p.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(contentDir, e);
        }
        Path realContent = realPath(contentDir);
        List<SourceDocument> docs = new ArrayList<>();
        for (Path file : files) {
            String relative = contentDir.relativize(file).toString().replace('\\', '/');
            Path real = realPath(file);
            if (!real.startsWith(realContent)) {
                // a symbolic link out of the notes: reading it could publish /etc/passwd as a page
                listener.finding(new Finding(relative, 1, "is a symbolic link to " + real + ", outside contentDir ("
                        + realContent + "); it is not read: copy the note into contentDir, or remove the link"));
                continue;
            }
            docs.add(read(relative, readBytes(file)));
        }
        return List.copyOf(docs);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private static SiteBuildException unreadable(Path where, Exception e) {
        String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile()
                : e.getCause() instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : where.toString();
        return new SiteBuildException(file, 0, "cannot be read (" + IoReasons.of(e)
                + "): make it readable by the user running the build, or move it out of contentDir", e);
    }

    /**
     * Parses one note's bytes; {@code path} is only used to name it and in messages. A note that
     * cannot be read as written (not UTF-8, front matter that is not YAML or gives a key twice) is
     * a fatal finding, and is read as well as it can be, so that its other problems are found too.
     */
    public SourceDocument read(String path, byte[] bytes) {
        String text = decode(path, bytes);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            listener.finding(new Finding(path, 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count(),
                    "contains a NUL byte, which is shown as \uFFFD: remove it (a file with NUL bytes is often binary, or saved as UTF-16)"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.startsWith("---\n")) {
            return new SourceDocument(path, FrontMatter.NONE, text, 1);
        }
        int close = findClosingFence(text);
        if (close < 0) {
            // read as Markdown, where '---' is a rule: what follows is checked as the note it is meant to be
            listener.finding(Finding.fatal(path, 1,
                    "front matter is opened with '---' but never closed: add a line '---' after its last field"));
            return new SourceDocument(path, FrontMatter.NONE, text, 1);
        }
        String yaml = text.substring(4, close);
        int afterFence = text.indexOf('\n', close);
        String body = afterFence < 0 ? "" : text.substring(afterFence + 1);
        int bodyLine = 1 + (int) text.substring(0, afterFence < 0 ? text.length() : afterFence + 1).chars().filter(c -> c == '\n').count();
        return new SourceDocument(path, parseFrontMatter(path, yaml), body, bodyLine);
    }

    private static int findClosingFence(String text) {
        int pos = 4;
        while (pos <= text.length()) {
            int end = text.indexOf('\n', pos);
            String line = end < 0 ? text.substring(pos) : text.substring(pos, end);
            if (line.equals("---") || line.equals("...")) {
                return pos;
            }
            if (end < 0) {
                return -1;
            }
            pos = end + 1;
        }
        return -1;
    }

    private FrontMatter parseFrontMatter(String path, String yaml) {
        if (yaml.isBlank()) {
            return FrontMatter.NONE;
        }
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : 1 + e.getLocation().getLineNr();
            java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("^Duplicate field '(.*)'").matcher(e.getOriginalMessage());
            if (!duplicate.find()) {
                listener.finding(Finding.fatal(path, line, "front matter is not valid YAML ("
                        + e.getOriginalMessage().lines().findFirst().orElse("").strip()
                        + "): write it as 'key: value' lines, quoting values that contain ':'"));
                return FrontMatter.NONE;
            }
            listener.finding(Finding.fatal(path, line, "front matter gives '" + duplicate.group(1)
                    + "' more than once: keep one of them, the one you mean"));
            try {
                root = LENIENT_YAML.readTree(yaml); // the last one given, to check the rest of the fields
            } catch (JsonProcessingException again) {
                return FrontMatter.NONE;
            }
        }
        if (root == null || root.isNull()) {
            return FrontMatter.NONE;
        }
        if (!root.isObject()) {
            listener.finding(Finding.fatal(path, 2, "front matter must be 'key: value' lines (title, description, order)"));
            return FrontMatter.NONE;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            String key = it.next().getKey();
            if (!READ.contains(key) && !ORDER.contains(key) && !TAGS.contains(key) && !key.equals("published")
                    && !ACCEPTED.contains(key)) {
                listener.finding(new Finding(path, 1 + lineOf(yaml, key), unknown(key)));
            }
        }
        OptionalDouble order = OptionalDouble.empty();
        for (String key : ORDER) {
            JsonNode node = root.get(key);
            if (order.isEmpty() && node != null && !node.isNull()) {
                if (!node.isNumber()) {
                    listener.finding(Finding.fatal(path, 1 + lineOf(yaml, key),
                            "front matter '" + key + "' must be a number, found '" + node.asText() + "'"));
                } else {
                    order = OptionalDouble.of(node.doubleValue());
                }
            }
        }
        List<String> tags = new ArrayList<>();
        for (String key : TAGS) {
            tags(path, yaml, key, root.get(key), tags);
        }
        boolean draft = flag(path, yaml, root, "draft", false) || !flag(path, yaml, root, "published", true);
        return new FrontMatter(text(path, yaml, root, "title"), text(path, yaml, root, "description"), order,
                tags.stream().distinct().toList(), draft);
    }

    /** What to say of a field site-gen does not know: the field it is a typo of, if it is close to one. */
    private static String unknown(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        Optional<String> meant = Stream.of(READ, ORDER, TAGS, List.of("published"), ACCEPTED).flatMap(Collection::stream)
                .filter(known -> key.length() > 3 && DISTANCE.apply(lower, known.toLowerCase(Locale.ROOT)) <= 2)
                .min(Comparator.comparing((String known) -> DISTANCE.apply(lower, known.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
        return "unknown front matter field '" + key + "' is ignored" + meant.map(m -> ": did you mean '" + m + "'?")
                .orElse("; the fields site-gen reads are " + READ + " (other generators' fields for the place and the "
                        + "topics work too: " + String.join(", ", ORDER.subList(1, ORDER.size())) + ", categories)");
    }

    /** A list of tags ({@code [a, b]}, or Docusaurus's {@code {label: a}}) or one tag, added to {@code into}. */
    private void tags(String path, String yaml, String key, JsonNode node, List<String> into) {
        if (node == null || node.isNull()) {
            return;
        }
        for (JsonNode tag : node.isArray() ? node : List.of(node)) {
            JsonNode label = tag.isObject() ? tag.get("label") : tag;
            if (label == null || !label.isValueNode()) {
                listener.finding(Finding.fatal(path, 1 + lineOf(yaml, key), "front matter '" + key
                        + "' must be a list of words, e.g. [arrays, sorting]"));
                continue;
            }
            if (!label.asText().isBlank()) {
                into.add(label.asText().strip());
            }
        }
    }

    private boolean flag(String path, String yaml, JsonNode root, String key, boolean absent) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return absent;
        }
        if (!node.isBoolean()) {
            listener.finding(Finding.fatal(path, 1 + lineOf(yaml, key), "front matter '" + key
                    + "' must be true or false, found '" + node.asText() + "'"));
            return absent;
        }
        return node.booleanValue();
    }

    private Optional<String> text(String path, String yaml, JsonNode root, String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isValueNode()) {
            listener.finding(Finding.fatal(path, 1 + lineOf(yaml, key), "front matter '" + key + "' must be plain text"));
            return Optional.empty();
        }
        String value = node.asText().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** 1-based line of {@code key:} inside the YAML block (the block starts on line 2 of the file). */
    private static int lineOf(String yaml, String key) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The note's text; bytes that are not UTF-8 are a fatal finding, read as \uFFFD. */
    private String decode(String path, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            listener.finding(Finding.fatal(path, 1 + firstBadLine(bytes), "is not valid UTF-8: save the file with UTF-8 encoding"));
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** 0-based line of the first byte sequence that is not valid UTF-8. */
    private static int firstBadLine(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lines = 0;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return lines;
                }
                lines++;
                start = i + 1;
            }
        }
        return 0;
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }
}
