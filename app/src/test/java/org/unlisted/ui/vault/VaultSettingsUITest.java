package org.unlisted.ui.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unlisted.ui.ScreenSteps.PASSPHRASE;
import static org.unlisted.ui.ScreenSteps.unlockWith;
import static org.unlisted.ui.ScreenSteps.welcomeAndCreateVault;

import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlisted.TestClock;
import org.unlisted.core.DataFolder;
import org.unlisted.ui.ScreenSteps;
import org.unlisted.ui.shell.AppWindow;
import org.unlisted.vault.Vault;

/** Auto-lock time, change of passphrase and restore, through Settings. */
@ExtendWith(ApplicationExtension.class)
class VaultSettingsUITest {
    private static final String NEW_PASSPHRASE = "river candle north velvet";

    @TempDir
    static Path dataDir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
    private AppWindow window;
    private DataFolder folder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = ScreenSteps.openWindow(stage, dataDir, clock);
        folder = window.context().dataFolder();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage).toList().forEach(javafx.stage.Window::hide));
        robot.interact(() -> window.session().lock());
    }

    private Button ok(FxRobot robot) {
        return (Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
    }

    @Test
    void autoLockTimeIsKeptInTheVault(FxRobot robot) {
        welcomeAndCreateVault(robot);
        robot.clickOn("#nav-settings");
        robot.interact(() -> robot.lookup("#autolock-minutes").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(25));
        assertThat(window.session().vault().settings().getInt(VaultSession.AUTOLOCK_MINUTES, 0)).isEqualTo(25);
    }

    @Test
    void changePassphraseThroughTheDialog(FxRobot robot) {
        welcomeAndCreateVault(robot);
        robot.clickOn("#nav-settings");
        robot.clickOn("#vault-change-passphrase");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#change-current").queryAs(PassphraseField.class).isFocused())
                .as("the first box has the focus when the dialog opens").isTrue();
        robot.targetWindow(robot.lookup("#change-current").query().getScene().getWindow()).write(PASSPHRASE);
        robot.clickOn("#change-new").write(NEW_PASSPHRASE);
        robot.clickOn("#change-repeat").write("river candle");
        assertThat(ok(robot).isDisabled()).isTrue();
        robot.write(" north velvet");
        assertThat(ok(robot).isDisabled()).isFalse();
        robot.clickOn(ok(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#vault-settings-result").queryAs(Label.class).getText())
                .isEqualTo("Your passphrase was changed. Use the new one next time.");

        robot.clickOn("#lock-button");
        clock.advance(java.time.Duration.ofMinutes(5));
        robot.interact(window::checkSleep); // the jump is not sleep: let the timer see it now, not mid-unlock
        unlockWith(robot, PASSPHRASE);
        assertThat(window.session().isUnlocked()).isFalse();
        clock.advance(java.time.Duration.ofMinutes(5));
        robot.interact(window::checkSleep); // the jump is not sleep: let the timer see it now, not mid-unlock
        unlockWith(robot, NEW_PASSPHRASE);
        assertThat(window.session().isUnlocked()).isTrue();
    }

    @Test
    void restoreReplacesTheVaultWithTheBackup(FxRobot robot) throws Exception {
        welcomeAndCreateVault(robot);
        Path backup = folder.root().resolve("backup.db");
        Vault vault = window.session().vault();
        vault.settings().put("test.state", "before backup");
        vault.backupTo(backup, null);
        vault.settings().put("test.state", "after backup");

        robot.clickOn("#nav-settings");
        VaultSettingsView view = robot.lookup(n -> n instanceof VaultSettingsView).queryAs(VaultSettingsView.class);
        javafx.application.Platform.runLater(() -> view.restoreFrom(backup));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#restore-passphrase").write(PASSPHRASE);
        robot.clickOn(ok(robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("Your vault was restored from the backup. Unlock it with the backup's passphrase.")
                .tryQuery()).isPresent();
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage).toList().forEach(javafx.stage.Window::hide));
        unlockWith(robot, PASSPHRASE);
        assertThat(window.session().vault().settings().get("test.state")).contains("before backup");
    }
}
