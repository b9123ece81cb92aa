package org.unlisted.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.concurrent.Task;

/**
 * The usual shape of slow work started by a view-model: a busy flag that is true while it runs,
 * then one callback for the result or one for the failure, both on the JavaFX thread.
 */
public final class Work {
    private Work() {
    }

    public static <T> Task<T> start(TaskRunner runner, BooleanProperty busy, Callable<T> work,
                                    Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> {
            busy.set(false);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            busy.set(false);
            onFailure.accept(task.getException());
        });
        busy.set(true);
        return runner.run(task);
    }
}
