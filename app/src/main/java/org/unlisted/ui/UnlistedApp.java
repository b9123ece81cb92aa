package org.unlisted.ui;

import java.io.IOException;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.catalog.bundle.InstalledUpdate;
import org.slf4j.LoggerFactory;
import org.unlisted.Launcher.StartOptions;
import org.unlisted.core.DataFolder;
import org.unlisted.core.LogSetup;
import org.unlisted.core.Messages;
import org.unlisted.core.Preferences;
import org.unlisted.net.NetworkSession;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.error.ErrorDialog;
import org.unlisted.ui.settings.Language;
import org.unlisted.ui.settings.SettingsViewModel;
import org.unlisted.ui.shell.AppWindow;
import org.unlisted.ui.shell.WindowPlacement;
import org.unlisted.ui.task.BackgroundTaskRunner;
import org.unlisted.ui.task.TaskRunner;
import org.unlisted.ui.theme.Appearance;
import org.unlisted.ui.vault.VaultSession;

/** The desktop app: sets up the theme, language and window, then hands over to {@link AppWindow}. */
public final class UnlistedApp extends Application {
    private static StartOptions options = new StartOptions(null, null, null, null);

    private TaskRunner tasks;
    private VaultSession session;

    public static void start(StartOptions startOptions) {
        options = startOptions;
        Application.launch(UnlistedApp.class);
    }

    @Override
    public void start(Stage stage) {
        // The first logger of the app: logging, started beside JavaFX, must be ready (LogSetup).
        LogSetup.awaitReady();
        Logger log = LoggerFactory.getLogger(UnlistedApp.class);
        DataFolder folder = options.dataFolder();
        try {
            folder.create();
        } catch (IOException e) {
            log.error("Data folder could not be created", e);
        }
        Preferences preferences = Preferences.load(folder.preferencesFile());
        Appearance.start(SettingsViewModel.savedTheme(preferences), SettingsViewModel.savedTextSize(preferences));
        Messages messages = Messages.forLocale(
                Language.fromPreference(preferences.get(SettingsViewModel.LANGUAGE_KEY).orElse("")).locale());
        tasks = new BackgroundTaskRunner(2);

        AppContext context = new AppContext(messages, preferences, tasks, folder, options.vaultFile(),
                catalogSupply(folder, Clock.systemDefaultZone()),
                getHostServices()::showDocument, new NetworkSession(preferences, Clock.systemUTC()));
        session = new VaultSession(Clock.systemUTC());
        AppWindow window = new AppWindow(stage, context, session, Clock.systemUTC());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            log.error("Uncaught failure on {}", thread.getName(), error);
            Platform.runLater(() -> ErrorDialog.show(stage, error, window.context().messages()));
        });
        WindowPlacement.restore(stage, preferences);
        stage.setOnCloseRequest(event -> WindowPlacement.remember(stage, preferences));
        if (options.demo() != null) {
            window.startDemo(WorkspaceMode.CLINIC.name().equalsIgnoreCase(options.demo())
                    ? WorkspaceMode.CLINIC : WorkspaceMode.PERSONAL);
        } else {
            window.showStart();
        }
        stage.show();
        startCatalogAfterFirstFrame(stage, context.catalog());
        log.info("Unlisted started");
    }

    /** {@code --catalog DIR} when given; otherwise the installed catalog update if it is valid and newer. */
    private static CatalogSupply catalogSupply(DataFolder folder, Clock clock) {
        if (options.catalogOverride() != null) {
            return CatalogSupply.holdUntilStarted(CatalogSupply.folder(options.catalogOverride(), clock));
        }
        // A lambda, not InstalledUpdate.in(...)::current: that would make the update's verifier and the
        // catalog's schema checker here, on the way to the first window.
        return CatalogSupply.holdUntilStarted(() -> InstalledUpdate.in(folder, clock).current());
    }

    /** Once the first window has been laid out, the catalog may be read (see {@link CatalogSupply}). */
    private static void startCatalogAfterFirstFrame(Stage stage, CatalogSupply catalog) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            stage.getScene().removePostLayoutPulseListener(once[0]);
            Platform.runLater(catalog::start);
        };
        stage.getScene().addPostLayoutPulseListener(once[0]);
    }

    @Override
    public void stop() {
        if (session != null) {
            session.lock();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
