package io.github.sitegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sitegen.core.BuildListener;
import io.github.sitegen.support.SiteCrawler;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page of the built guide through the Nu HTML Checker, the validator behind validator.w3.org/nu. */
class HtmlValidityTest {
    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        site = work.resolve("site-output");
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(Path.of("content"), Path.of("templates"), site,
                "Django Study Guide", Optional.empty(), Optional.of("https://example.github.io/django-guide/")));
    }

    @Test
    void everyPageHasNoValidationErrors() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        ObjectMapper json = new ObjectMapper();
        List<String> errors = new ArrayList<>();
        List<String> pages = new SiteCrawler(site).htmlFiles();
        for (String page : pages) {
            JsonNode messages = json.readTree(validator.validate(site.resolve(page))).get("messages");
            for (JsonNode m : messages) {
                if (m.get("type").asText().equals("error") || m.path("subType").asText().equals("fatal")) {
                    errors.add(page + ":" + m.path("lastLine").asInt() + ": " + m.get("message").asText()
                            + " [" + m.path("extract").asText().strip() + "]");
                }
            }
        }
        assertThat(pages).hasSizeGreaterThan(40);
        assertThat(errors).isEmpty();
    }
}
