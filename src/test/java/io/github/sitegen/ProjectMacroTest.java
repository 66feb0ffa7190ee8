package io.github.sitegen;

import io.github.sitegen.core.BuildListener;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's promise: a project's own {@code templates/macros/card.peb} changes how every question looks. */
class ProjectMacroTest {
    @TempDir
    Path dir;

    @Test
    void aProjectsOwnCardMacroChangesEveryCardOnEveryPage() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/orm.md"), "# ORM\n## Models\n### What is a model?\n\nA class.\n\n"
                + "### What is a manager?\n\nThe query interface.\n## Queries\n### What is a QuerySet?\n\nA lazy query.\n");
        Files.createDirectories(dir.resolve("templates/macros"));
        Files.writeString(dir.resolve("templates/macros/card.peb"),
                "{% macro card(s) %}<div class=\"my-card\" id=\"{{ s.heading.id }}\">{{ s.heading.html }}{{ s.body }}</div>{% endmacro %}\n");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(dir.resolve("content"), dir.resolve("templates"),
                dir.resolve("site"), "T", Optional.empty(), Optional.empty()));

        Document models = Jsoup.parse(dir.resolve("site/orm/models.html").toFile(), "UTF-8");
        Document queries = Jsoup.parse(dir.resolve("site/orm/queries.html").toFile(), "UTF-8");
        assertThat(models.select(".my-card")).extracting(e -> e.id()).containsExactly("what-is-a-model", "what-is-a-manager");
        assertThat(queries.select(".my-card")).extracting(e -> e.id()).containsExactly("what-is-a-queryset");
        assertThat(models.select(".sg-question")).isEmpty();
        // the rest of the theme still comes from the jar: non-question sections (this one's heading is the page's
        // title, so only its id is kept), the frame
        assertThat(models.select("section.sg-section > span#models")).hasSize(1);
        assertThat(models.select("nav.sg-sidebar")).hasSize(1);
    }
}
