package org.unlisted.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import org.unlisted.Launcher.StartOptions;

/** The desktop app. */
public final class UnlistedApp extends Application {
    private static StartOptions options = new StartOptions(null, null);

    public static void start(StartOptions startOptions) {
        options = startOptions;
        Application.launch(UnlistedApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Unlisted");
        stage.show();
    }
}
