package org.unlisted.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The smallest JavaFX window, the yardstick for the app's cold start: the same JVM, the same
 * JavaFX jars, one label. {@code packaging/linux/startup-ratio.sh} times both. Started through
 * {@link Launcher}, as the app is, because a main class that is an Application needs JavaFX as modules.
 */
public final class MinimalWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Minimal");
        stage.setScene(new Scene(new Label("Hello"), 1100, 720));
        stage.show();
    }

    /** The main class. */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }
}
