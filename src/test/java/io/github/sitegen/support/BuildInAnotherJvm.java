package io.github.sitegen.support;

import io.github.sitegen.SiteBuilder;
import io.github.sitegen.SiteOptions;
import io.github.sitegen.core.BuildListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Builds a site in a fresh JVM. Hash seeds, Map.of orders and identity hashes differ between
 * JVMs, so only a second process shows whether output depends on them.
 */
public final class BuildInAnotherJvm {
    private BuildInAnotherJvm() {
    }

    /** Usage: content templates output title */
    public static void main(String[] args) {
        new SiteBuilder(BuildListener.SILENT).build(new SiteOptions(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]),
                args[3], Optional.empty(), Optional.empty()));
    }

    public static void build(Path content, Path templates, Path output, String title) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BuildInAnotherJvm.class.getName(),
                content.toString(), templates.toString(), output.toString(), title)
                .inheritIO().start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("the build in another JVM failed");
        }
    }
}
