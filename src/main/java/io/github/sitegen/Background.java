package io.github.sitegen;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value made on a thread of its own while the caller goes on, e.g. the search files while the
 * pages render: the pages keep both cores busy only in bursts, and the search files need only
 * the site model. {@link #get} hands back what the work threw, unwrapped, so that an
 * {@link OutOfMemoryError} or a {@link io.github.sitegen.core.SiteBuildException} reaches the goal as itself.
 */
final class Background<T> {
    private final FutureTask<T> task;

    private Background(Supplier<T> work) {
        this.task = new FutureTask<>(work::get);
    }

    static <T> Background<T> start(String name, Supplier<T> work) {
        Background<T> background = new Background<>(work);
        Thread thread = new Thread(background.task, name);
        thread.setDaemon(true); // a build that failed elsewhere does not wait for it
        thread.start();
        return background;
    }

    T get() {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + task, e);
        }
    }
}
