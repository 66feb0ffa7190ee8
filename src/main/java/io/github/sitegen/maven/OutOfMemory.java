package io.github.sitegen.maven;

import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns a build that did not fit into the JVM's heap into one line saying what to change. By the
 * time the error reaches a goal, the build's own data is unreachable again, so the heap has room
 * for the message; the site was not swapped in, so the previous one stays.
 */
final class OutOfMemory {
    private OutOfMemory() {
    }

    static MojoFailureException failure(OutOfMemoryError e, String outcome) {
        long maxMiB = Runtime.getRuntime().maxMemory() >> 20;
        long suggested = Math.max(1024, Math.round(maxMiB * 2 / 512.0) * 512);
        String what = e.getMessage() == null ? "" : "; " + e.getMessage();
        return new MojoFailureException("site-gen: the notes did not fit into Maven's Java heap (" + maxMiB
                + " MiB" + what + "): give it more with MAVEN_OPTS=-Xmx" + suggested + "m (or a line -Xmx"
                + suggested + "m in .mvn/jvm.config) and run again. " + outcome);
    }
}
