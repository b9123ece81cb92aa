package org.unlisted.ui.task;

import javafx.concurrent.Task;

/**
 * Runs a task at once on the calling thread, for view-model tests. Call it on the JavaFX thread
 * (or from a TestFX interaction) so the task's state handlers fire before {@code run} returns.
 */
public final class SynchronousTaskRunner implements TaskRunner {
    @Override
    public <T> Task<T> run(Task<T> task) {
        task.run();
        return task;
    }
}
