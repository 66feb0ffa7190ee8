package io.github.sitegen.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PrismLanguagesTest {
    private static final String WEBJAR = "META-INF/resources/webjars/prismjs/" + PrismLanguages.VERSION + "/";
    private final PrismLanguages prism = PrismLanguages.bundled();

    @ParameterizedTest
    @CsvSource({
            "js, javascript", "ts, typescript", "sh, bash", "shell, bash", "yml, yaml", "py, python", "cs, csharp",
            "kt, kotlin", "dockerfile, docker", "html, markup", "jinja2, django", "Java, java", "JSX, jsx",
            // GitHub's names, which Prism knows under another
            "c++, cpp", "c#, csharp", "golang, go", "rs, rust", "console, shell-session", "zsh, bash", "postgresql, sql",
            // Pandoc's {.lang}
            "{.html}, markup", ".python, python",
    })
    void aFenceWordIsThePrismLanguageItNames(String word, String language) {
        assertThat(prism.language(word)).contains(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "txt", "plaintext", "none", "output", "TEXT"})
    void plainTextIsAskedForAndNeedsNoLanguage(String word) {
        assertThat(prism.plain(word)).isTrue();
        assertThat(prism.language(word)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"src", "jsp", "javascriptlet", "vue", ""})
    void aWordPrismDoesNotKnowIsNoLanguage(String word) {
        assertThat(prism.language(word)).isEmpty();
        assertThat(prism.plain(word)).isFalse();
    }

    @Test
    void aLanguageLoadsAfterWhatItNeedsAndNothingElseIsLoaded() {
        assertThat(prism.components(List.of("tsx"))).containsExactly("core", "markup", "css", "clike", "javascript", "jsx", "typescript", "tsx");
        assertThat(prism.components(List.of("python"))).containsExactly("core", "python");
        assertThat(prism.components(List.of())).containsExactly("core");
    }

    /** Checked against components.json read here on its own: for every language, alone. */
    @Test
    void everyComponentComesAfterWhatItRequiresExtendsOrOptionallyUses() throws IOException {
        JsonNode languages = components().get("languages");
        List<String> ids = new ArrayList<>();
        languages.fieldNames().forEachRemaining(id -> {
            if (!id.equals("meta")) {
                ids.add(id);
            }
        });
        for (String id : ids) {
            List<String> order = prism.components(List.of(id));
            assertThat(order).as(id).startsWith("core").contains(id).doesNotHaveDuplicates();
            for (String component : order.subList(1, order.size())) {
                JsonNode entry = languages.get(component);
                for (String field : List.of("require", "optional", "modify")) {
                    for (String before : list(entry.get(field))) {
                        if (field.equals("require")) {
                            assertThat(order).as(id + ": " + component + " requires " + before).contains(before);
                        }
                        if (order.contains(before)) {
                            assertThat(order.indexOf(before)).as(id + ": " + before + " before " + component)
                                    .isLessThan(order.indexOf(component));
                        }
                    }
                }
            }
        }
    }

    /** The same components as Prism's own loader (its dependencies.js, run by node) picks for each language. */
    @Test
    void theComponentsAreThoseOfPrismsOwnLoader(@TempDir Path dir) throws Exception {
        for (String file : List.of("components.json", "dependencies.js")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(WEBJAR + file)) {
                Files.write(dir.resolve(file), in.readAllBytes());
            }
        }
        List<List<String>> sets = new ArrayList<>();
        components().get("languages").fieldNames().forEachRemaining(id -> {
            if (!id.equals("meta")) {
                List<String> set = new ArrayList<>(List.of(id));
                if (prism.components(List.of(id)).contains("markup")) {
                    set.addAll(List.of("css", "javascript")); // what HTML brings along, as in Prism's default build
                }
                sets.add(set);
            }
        });
        sets.add(List.of("java", "go", "rust", "python", "bash", "yaml"));
        Files.writeString(dir.resolve("sets.json"), new ObjectMapper().writeValueAsString(sets));
        Files.writeString(dir.resolve("loader.js"), """
                const components = require('./components.json');
                const getLoader = require('./dependencies.js');
                const sets = require('./sets.json');
                console.log(JSON.stringify(sets.map(set => getLoader(components, set).getIds())));
                """);
        Process node = new ProcessBuilder("node", "loader.js").directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(out).isZero();
        JsonNode loaded = new ObjectMapper().readTree(out);
        for (int i = 0; i < sets.size(); i++) {
            Set<String> ours = new HashSet<>(prism.components(sets.get(i)));
            ours.remove("core");
            assertThat(ours).as(sets.get(i).toString()).isEqualTo(new HashSet<>(list(loaded.get(i))));
        }
    }

    @Test
    void theScriptHoldsCoreAndTheLanguagesAsked() {
        String script = new String(prism.script(List.of("go")), StandardCharsets.UTF_8);
        assertThat(script.lines().findFirst().orElseThrow()).isEqualTo("/* Prism 1.30.0 (MIT licence, prismjs.com): core, clike, go */");
        assertThat(script).contains("Prism.languages.go=").doesNotContain("Prism.languages.python=");
    }

    private JsonNode components() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WEBJAR + "components.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isTextual()) {
            values.add(node.asText());
        } else {
            node.forEach(n -> values.add(n.asText()));
        }
        return values;
    }
}
