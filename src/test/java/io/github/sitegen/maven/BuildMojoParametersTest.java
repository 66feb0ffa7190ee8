package io.github.sitegen.maven;

import io.github.sitegen.dedup.DedupOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin descriptor Maven reads (built from the Mojo's annotations before the tests run)
 * documents the same dedup defaults the core uses when no Mojo is involved.
 */
class BuildMojoParametersTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void everyDedupParameterHasAPropertyTheCoresDefaultAndADescription() throws IOException {
        Document plugin = Jsoup.parse(Files.readString(DESCRIPTOR), "", Parser.xmlParser());
        Element mojo = plugin.select("mojo").stream().filter(m -> m.selectFirst("> goal").text().equals("build")).findFirst().orElseThrow();
        DedupOptions d = DedupOptions.DEFAULTS;
        Map<String, String> expected = Map.of(
                "enabled", String.valueOf(d.enabled()),
                "titleSimilarity", String.valueOf(d.titleSimilarity()),
                "relatedSimilarity", String.valueOf(d.relatedSimilarity()),
                "nearSimilarity", String.valueOf(d.nearSimilarity()),
                "shingleSize", String.valueOf(d.shingleSize()),
                "minHashFunctions", String.valueOf(d.minHashFunctions()),
                "lshBands", String.valueOf(d.lshBands()),
                "minWords", String.valueOf(d.minWords()),
                "maxRelated", String.valueOf(d.maxRelated()),
                "seed", String.valueOf(d.seed()));
        expected.forEach((name, value) -> {
            String field = "dedup" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Element configured = mojo.selectFirst("> configuration > " + field);
            assertThat(configured).as(field).isNotNull();
            assertThat(configured.attr("default-value")).as(field).isEqualTo(value);
            assertThat(configured.text()).as(field).isEqualTo("${siteGen.dedup." + name + "}");
            Element parameter = mojo.select("> parameters > parameter").stream()
                    .filter(p -> p.selectFirst("> name").text().equals(field)).findFirst().orElseThrow();
            assertThat(parameter.selectFirst("> description").text()).as(field).isNotBlank();
        });
    }
}
