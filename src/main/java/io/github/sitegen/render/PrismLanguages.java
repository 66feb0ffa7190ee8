package io.github.sitegen.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prism's languages as its WebJar describes them ({@code components.json}): what a code block's
 * language is called there, and the component files a set of languages needs, each after the
 * components it requires or extends, as Prism's own loader orders them. Immutable.
 */
public final class PrismLanguages {
    static final String VERSION = "1.30.0";
    private static final String BASE = "META-INF/resources/webjars/prismjs/" + VERSION + "/";

    /**
     * Names GitHub highlights a fence by (GitHub Linguist's language names, aliases and a few
     * common extensions) that Prism knows under another name; Prism's own ids and aliases need
     * no entry. SQL dialects are highlighted as SQL, which is what a reader of them expects.
     */
    private static final Map<String, String> GITHUB_NAMES = Map.ofEntries(
            Map.entry("c++", "cpp"), Map.entry("hpp", "cpp"), Map.entry("cc", "cpp"), Map.entry("cxx", "cpp"),
            Map.entry("h", "c"),
            Map.entry("c#", "csharp"), Map.entry("f#", "fsharp"),
            Map.entry("golang", "go"), Map.entry("rs", "rust"),
            Map.entry("python3", "python"), Map.entry("py3", "python"),
            Map.entry("node", "javascript"), Map.entry("nodejs", "javascript"), Map.entry("mjs", "javascript"),
            Map.entry("cjs", "javascript"),
            Map.entry("zsh", "bash"), Map.entry("shell-script", "bash"), Map.entry("envrc", "bash"),
            Map.entry("console", "shell-session"),
            Map.entry("objective-c", "objectivec"), Map.entry("obj-c", "objectivec"),
            Map.entry("batchfile", "batch"), Map.entry("bat", "batch"), Map.entry("cmd", "batch"),
            Map.entry("dosbatch", "batch"), Map.entry("winbatch", "batch"),
            Map.entry("ps1", "powershell"), Map.entry("pwsh", "powershell"), Map.entry("posh", "powershell"),
            Map.entry("jsonc", "json"),
            Map.entry("terraform", "hcl"), Map.entry("tf", "hcl"),
            Map.entry("proto", "protobuf"),
            Map.entry("make", "makefile"), Map.entry("mf", "makefile"), Map.entry("bsdmake", "makefile"),
            Map.entry("asm", "nasm"), Map.entry("assembly", "nasm"),
            Map.entry("viml", "vim"), Map.entry("vimscript", "vim"),
            Map.entry("jinja", "django"), Map.entry("htmldjango", "django"), Map.entry("html+django", "django"),
            Map.entry("html+jinja", "django"), Map.entry("html+erb", "erb"),
            Map.entry("postgresql", "sql"), Map.entry("postgres", "sql"), Map.entry("psql", "sql"),
            Map.entry("pgsql", "sql"), Map.entry("plpgsql", "sql"), Map.entry("mysql", "sql"),
            Map.entry("mariadb", "sql"), Map.entry("sqlite", "sql"), Map.entry("tsql", "sql"), Map.entry("mssql", "sql"),
            Map.entry("ex", "elixir"), Map.entry("exs", "elixir"), Map.entry("erl", "erlang"),
            Map.entry("pl", "perl"), Map.entry("pm", "perl"), Map.entry("ml", "ocaml"), Map.entry("jl", "julia"),
            Map.entry("clj", "clojure"), Map.entry("scm", "scheme"));

    /**
     * Names that ask for no highlighting: Prism's own plain-text names (its core defines them)
     * and what notes write for program output.
     */
    private static final Set<String> PLAIN = Set.of("text", "txt", "plain", "plaintext", "none", "nohighlight",
            "no-highlight", "output");

    private static final PrismLanguages BUNDLED = load();

    /** A component: what must load before it, and what must load before it when both are loaded. */
    private record Component(List<String> require, List<String> after, boolean byDefault, List<String> modify) {
    }

    /** Every language component, in the order of {@code components.json}. */
    private final Map<String, Component> components;
    /** Lower-case id or alias to the id, Prism's names and {@link #GITHUB_NAMES}. */
    private final Map<String, String> names;

    private PrismLanguages(Map<String, Component> components, Map<String, String> names) {
        this.components = components;
        this.names = names;
    }

    /** The languages of the Prism the plugin carries. */
    public static PrismLanguages bundled() {
        return BUNDLED;
    }

    /**
     * The Prism language a code block written as {@code ```word} is highlighted with, its id;
     * empty when Prism does not know the word, or it asks for plain text (see {@link #plain}).
     * Case does not matter, and Pandoc's {@code {.word}} is the same as {@code word}.
     */
    public Optional<String> language(String word) {
        return Optional.ofNullable(names.get(normalise(word)));
    }

    /** Whether {@code word} asks for no highlighting ({@code text}, {@code none}, {@code output}, …). */
    public boolean plain(String word) {
        return PLAIN.contains(normalise(word));
    }

    /**
     * Whether Prism reads {@code word}, as written, as one of its own ids or aliases (which the
     * loaded component defines itself); it reads a class's word in any case, and nothing else of it.
     */
    boolean prismName(String word) {
        String name = word.toLowerCase(Locale.ROOT);
        return name.matches("[\\w-]+") && names.containsKey(name) && !GITHUB_NAMES.containsKey(name);
    }

    private static String normalise(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.startsWith("{")) {
            w = w.substring(1);
        }
        if (w.endsWith("}")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.startsWith(".") ? w.substring(1) : w;
    }

    /**
     * The component files {@code languages} (ids) need, core first, each after what it requires and
     * after what it extends or optionally uses when that is loaded too. HTML brings the CSS and
     * JavaScript that Prism's default build embeds in it, so that {@code <style>} and
     * {@code <script>} are highlighted inside it.
     */
    public List<String> components(Collection<String> languages) {
        Set<String> needed = new HashSet<>();
        for (String language : languages) {
            require(language, needed);
        }
        components.forEach((id, c) -> {
            if (c.byDefault() && c.modify().stream().anyMatch(needed::contains)) {
                require(id, needed);
            }
        });
        List<String> order = new ArrayList<>(List.of("core"));
        Set<String> placed = new HashSet<>();
        for (String id : components.keySet()) {
            if (needed.contains(id)) {
                place(id, needed, placed, order);
            }
        }
        return List.copyOf(order);
    }

    private void require(String id, Set<String> needed) {
        Component c = components.get(id);
        if (c == null) {
            throw new IllegalArgumentException("not a Prism language: " + id);
        }
        if (needed.add(id)) {
            c.require().forEach(r -> require(r, needed));
        }
    }

    private void place(String id, Set<String> needed, Set<String> placed, List<String> order) {
        if (!placed.add(id)) {
            return; // placed, or being placed: Prism's data has no cycles, and a cycle must not loop here
        }
        Component c = components.get(id);
        c.require().forEach(r -> place(r, needed, placed, order));
        c.after().stream().filter(needed::contains).forEach(r -> place(r, needed, placed, order));
        order.add(id);
    }

    /** Prism's core and the components {@code languages} need, as one script. */
    public byte[] script(Collection<String> languages) {
        List<String> files = components(languages);
        StringBuilder js = new StringBuilder("/* Prism " + VERSION + " (MIT licence, prismjs.com): "
                + String.join(", ", files) + " */\n");
        for (String component : files) {
            js.append(new String(resource("components/prism-" + component + ".min.js"), StandardCharsets.UTF_8).strip())
                    .append('\n');
        }
        return js.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static PrismLanguages load() {
        JsonNode languages;
        try {
            languages = new ObjectMapper().readTree(resource("components.json")).get("languages");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Component> components = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        languages.fields().forEachRemaining(entry -> {
            String id = entry.getKey();
            if (id.equals("meta")) {
                return;
            }
            JsonNode c = entry.getValue();
            List<String> after = new ArrayList<>(list(c.get("optional")));
            after.addAll(list(c.get("modify")));
            components.put(id, new Component(list(c.get("require")), after, "default".equals(c.path("option").asText()),
                    list(c.get("modify"))));
            names.put(id, id);
            list(c.get("alias")).forEach(alias -> names.putIfAbsent(alias.toLowerCase(Locale.ROOT), id));
        });
        GITHUB_NAMES.forEach((name, id) -> {
            if (!components.containsKey(id)) {
                throw new IllegalStateException("Prism " + VERSION + " has no language " + id + " (for " + name + ")");
            }
            names.putIfAbsent(name, id);
        });
        return new PrismLanguages(java.util.Collections.unmodifiableMap(components), Map.copyOf(names));
    }

    private static List<String> list(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        List<String> values = new ArrayList<>();
        node.forEach(n -> values.add(n.asText()));
        return List.copyOf(values);
    }

    private static byte[] resource(String path) {
        try (InputStream in = PrismLanguages.class.getClassLoader().getResourceAsStream(BASE + path)) {
            if (in == null) {
                throw new IllegalStateException("Prism file missing from the plugin's classpath: " + BASE + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
