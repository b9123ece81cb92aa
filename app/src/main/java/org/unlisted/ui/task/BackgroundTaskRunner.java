package org.unlisted.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs tasks on daemon threads (they never keep the app alive) and logs every failure. */
public final class BackgroundTaskRunner implements TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskRunner.class);

    private final ExecutorService executor;

    public BackgroundTaskRunner(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "unlisted-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> Task<T> run(Task<T> task) {
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED,
                event -> LOG.error("Background task {} failed", task.getClass().getName(), task.getException()));
        executor.execute(task);
        return task;
    }

    @Override
    public void shutdown() {
        executor.shutdownNow();
    }
}
