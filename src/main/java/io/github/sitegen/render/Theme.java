package io.github.sitegen.render;

import io.github.sitegen.core.SiteBuildException;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates and assets a site is rendered with: a project's own {@code templates/} first,
 * file by file, then the default theme packaged in the plugin jar.
 */
public final class Theme {
    /** Where the repository's {@code templates/} folder lands inside the jar. */
    static final String PACKAGED = "io/github/sitegen/theme";
    private static final String SUFFIX = ".peb";

    private final Optional<Path> projectTemplates;
    private final PebbleEngine engine;

    public Theme(Optional<Path> projectTemplates) {
        this.projectTemplates = projectTemplates.filter(Files::isDirectory);
        List<Loader<?>> loaders = new ArrayList<>();
        this.projectTemplates.ifPresent(dir -> {
            FileLoader files = new FileLoader(dir.toAbsolutePath().toString());
            files.setSuffix(SUFFIX);
            files.setCharset("UTF-8");
            loaders.add(files);
        });
        ClasspathLoader packaged = new ClasspathLoader(Theme.class.getClassLoader());
        packaged.setPrefix(PACKAGED);
        packaged.setSuffix(SUFFIX);
        packaged.setCharset("UTF-8");
        loaders.add(packaged);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
    }

    /** Renders template {@code name} (without {@code .peb}); template mistakes name the file and line. */
    public String render(String name, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(name).evaluate(out, context);
        } catch (PebbleException e) {
            String file = describe(e.getFileName() == null ? name : e.getFileName());
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new SiteBuildException(file, line, "template error: " + e.getPebbleMessage()
                    + " (fix the template, or delete it from the project's templates/ to use the default theme)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Where a template named in an error comes from, as the user would look for it. */
    private String describe(String templateName) {
        String file = templateName.endsWith(SUFFIX) ? templateName : templateName + SUFFIX;
        Optional<Path> own = projectTemplates.map(dir -> dir.resolve(file)).filter(Files::exists);
        return own.map(Path::toString).orElse("default theme template " + file);
    }

    /**
     * Every file of the theme's {@code assets/} folder, keyed by its path below it, with the
     * project's own files replacing packaged ones of the same name.
     */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> assets = new TreeMap<>();
        packagedAssets(assets);
        projectTemplates.map(dir -> dir.resolve("assets")).filter(Files::isDirectory).ifPresent(dir -> readTree(dir, assets));
        return assets;
    }

    private static void packagedAssets(Map<String, byte[]> into) {
        URL url = Theme.class.getClassLoader().getResource(PACKAGED + "/assets");
        if (url == null) {
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    readTree(jar.getPath(PACKAGED, "assets"), into);
                }
            } else {
                readTree(Path.of(uri), into);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readTree(Path dir, Map<String, byte[]> into) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                into.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
