package org.unlisted.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.core.DataFolder;
import org.unlisted.core.Messages;
import org.unlisted.core.Preferences;
import org.unlisted.net.NetworkSession;
import org.unlisted.ui.shell.AppWindow;
import org.unlisted.ui.task.SynchronousTaskRunner;
import org.unlisted.ui.theme.Theme;
import org.unlisted.ui.vault.VaultSession;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps several screen tests share, done the way a person does them. */
public final class ScreenSteps {
    public static final String PASSPHRASE = "maple tiger orbit lantern";

    private ScreenSteps() {
    }

    /** From the welcome screen: get started, choose the passphrase, create the vault. */
    public static void welcomeAndCreateVault(FxRobot robot) {
        robot.clickOn("#firstrun-start");
        robot.clickOn("#create-passphrase").write(PASSPHRASE);
        robot.clickOn("#create-confirmation").write(PASSPHRASE);
        robot.clickOn("#create-understood");
        robot.clickOn("#create-vault");
        WaitForAsyncUtils.waitForFxEvents();
        chooseMode(robot, "personal");
    }

    /** Answers "How will you use Unlisted?" (asked once, after the vault is made). */
    public static void chooseMode(FxRobot robot, String mode) {
        robot.clickOn("#mode-" + mode);
        robot.clickOn("#mode-continue");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every address the app asked the system browser to open, in order. */
    public static final java.util.List<String> OPENED = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Opens the app's window on a fresh data folder in {@code parent}, in English, as a person first sees it. */
    public static AppWindow openWindow(Stage stage, Path parent, Clock clock) {
        return openWindow(stage, parent, clock, null);
    }

    /** As above, with the broker catalog read from {@code catalogFolder} ({@code null}: the one in the app). */
    public static AppWindow openWindow(Stage stage, Path parent, Clock clock, Path catalogFolder) {
        // The look is one for the whole app: start each window from the default, whatever a test before chose.
        org.unlisted.ui.theme.Appearance.start(Theme.LIGHT, org.unlisted.ui.theme.TextSize.NORMAL);
        DataFolder folder = DataFolder.at(parent.resolve("run-" + System.nanoTime()));
        Preferences preferences = Preferences.load(folder.preferencesFile());
        AppContext context = new AppContext(Messages.forLocale(Locale.ENGLISH), preferences,
                new SynchronousTaskRunner(), folder, folder.vaultFile(), CatalogSupply.startLoading(catalogFolder, clock),
                OPENED::add, new NetworkSession(preferences, clock));
        AppWindow window = new AppWindow(stage, context, new VaultSession(clock), clock);
        window.showStart();
        stage.show();
        return window;
    }

    public static void unlockWith(FxRobot robot, String passphrase) {
        robot.clickOn("#unlock-passphrase").write(passphrase).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
