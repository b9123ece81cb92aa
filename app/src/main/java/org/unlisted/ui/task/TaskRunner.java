package org.unlisted.ui.task;

import javafx.concurrent.Task;

/**
 * Runs slow work (key derivation, database, network, PDF) away from the JavaFX thread.
 * View-models take a runner so tests can use {@link SynchronousTaskRunner}.
 */
public interface TaskRunner {
    <T> Task<T> run(Task<T> task);

    /** Stops accepting work; running work is abandoned (threads are daemons). */
    default void shutdown() {
    }
}
