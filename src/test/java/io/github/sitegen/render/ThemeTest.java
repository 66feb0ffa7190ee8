package io.github.sitegen.render;

import io.github.sitegen.core.SiteBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeTest {
    private static Map<String, Object> context() {
        Map<String, Object> context = new HashMap<>();
        context.put("site", new Views.SiteView("T", "", 1, 1, 0, List.of(), List.of(), ""));
        context.put("root", "");
        context.put("page", null);
        context.put("topic", null);
        context.put("meta", new Views.Meta("T", "", ""));
        return context;
    }

    @Test
    void theDefaultThemeComesFromTheJarWhenTheProjectHasNoTemplates(@TempDir Path dir) {
        Theme theme = new Theme(Optional.of(dir.resolve("missing")));
        assertThat(theme.render("404", context())).contains("Page not found");
        assertThat(theme.assets()).containsKeys("site.css", "site.js");
    }

    @Test
    void aProjectTemplateReplacesTheThemesFileOfTheSameNameOnly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("404.peb"), "{% extends \"layout\" %}{% block content %}mine{% endblock %}");
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/site.css"), "body{}");
        Theme theme = new Theme(Optional.of(dir));
        assertThat(theme.render("404", context())).contains("mine").contains("assets/site.css");
        assertThat(new String(theme.assets().get("site.css"))).isEqualTo("body{}");
        assertThat(theme.assets()).containsKey("site.js");
    }

    @Test
    void autoEscapingIsOnForEveryValue() {
        Map<String, Object> context = context();
        context.put("site", new Views.SiteView("<script>x</script>", "", 1, 1, 0, List.of(), List.of(), ""));
        assertThat(new Theme(Optional.empty()).render("404", context))
                .contains("&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>x");
    }

    @Test
    void aTemplateMistakeNamesTheTemplateFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("404.peb"), "line one\n{{ site.nope }}\n");
        assertThatThrownBy(() -> new Theme(Optional.of(dir)).render("404", context()))
                .isInstanceOf(SiteBuildException.class)
                .hasMessageStartingWith(dir.resolve("404.peb") + ":2: template error:")
                .hasMessageContaining("nope");
    }
}
