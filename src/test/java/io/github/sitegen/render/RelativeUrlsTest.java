package io.github.sitegen.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeUrlsTest {
    @ParameterizedTest
    @CsvSource({
            "orm/models.html, orm/queries.html, queries.html",
            "orm/models.html, orm/models.html#what-is-a-model, #what-is-a-model",
            "orm/models.html, drf/views.html#apiview, ../drf/views.html#apiview",
            "orm/models.html, index.html, ../index.html",
            "index.html, orm/models.html, orm/models.html",
            "index.html, assets/site.css, assets/site.css",
            "a/b/c.html, a/d.html, ../d.html",
    })
    void linksBetweenPagesAreRelative(String from, String to, String expected) {
        assertThat(RelativeUrls.between(from, to)).isEqualTo(expected);
    }
}
