package io.github.sitegen.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Prism, from its WebJar, with just the languages study notes use, as one script: the site
 * works offline and from disk, and a page loads one file instead of a dozen.
 */
final class PrismBundle {
    static final String VERSION = "1.30.0";
    private static final String BASE = "META-INF/resources/webjars/prismjs/" + VERSION + "/components/";
    /** In dependency order: each component extends the ones before it. */
    static final List<String> COMPONENTS = List.of("core", "clike", "markup", "markup-templating", "javascript",
            "python", "bash", "sql", "json", "yaml", "django", "docker", "nginx", "ini");

    private PrismBundle() {
    }

    static byte[] script() {
        StringBuilder js = new StringBuilder("/* Prism " + VERSION + " (MIT licence, prismjs.com): "
                + String.join(", ", COMPONENTS) + " */\n");
        for (String component : COMPONENTS) {
            String resource = BASE + "prism-" + component + ".min.js";
            try (InputStream in = PrismBundle.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Prism component missing from the plugin's classpath: " + resource);
                }
                js.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return js.toString().getBytes(StandardCharsets.UTF_8);
    }
}
