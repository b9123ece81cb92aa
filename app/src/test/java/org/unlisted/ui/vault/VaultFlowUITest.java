package org.unlisted.ui.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlisted.TestClock;
import org.unlisted.core.DataFolder;
import static org.unlisted.ui.ScreenSteps.PASSPHRASE;
import static org.unlisted.ui.ScreenSteps.unlockWith;
import static org.unlisted.ui.ScreenSteps.welcomeAndCreateVault;

import org.unlisted.ui.ScreenSteps;
import org.unlisted.ui.shell.AppWindow;

/** Create, lock, unlock and auto-lock, driven through the screens like a person would. */
@ExtendWith(ApplicationExtension.class)
class VaultFlowUITest {
    @TempDir
    static Path dataDir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-28T10:00:00Z"));
    private AppWindow window;
    private DataFolder folder;

    @Start
    void start(Stage stage) {
        window = ScreenSteps.openWindow(stage, dataDir, clock);
        folder = window.context().dataFolder();
    }

    @Test
    void createButtonWaitsForMatchingPassphrasesAndTheWarning(FxRobot robot) {
        robot.clickOn("#firstrun-start");
        Button create = robot.lookup("#create-vault").queryButton();
        robot.clickOn("#create-passphrase").write(PASSPHRASE);
        robot.clickOn("#create-confirmation").write("maple tiger orbit");
        robot.clickOn("#create-understood");
        assertThat(create.isDisabled()).isTrue();
        assertThat(robot.lookup("The two passphrases are not the same.").queryLabeled().isVisible()).isFalse();
        robot.clickOn("#create-confirmation").write(" lanterns");
        assertThat(robot.lookup("The two passphrases are not the same.").queryLabeled().isVisible()).isTrue();

        robot.clickOn("#create-confirmation").type(javafx.scene.input.KeyCode.BACK_SPACE);
        assertThat(create.isDisabled()).isFalse();
        assertThat(robot.lookup("#create-strength-text").queryAs(Label.class).getText()).doesNotContain(PASSPHRASE);
        assertThat(Files.exists(folder.vaultFile())).isFalse();
    }

    @Test
    void createLockAndUnlockThroughTheScreens(FxRobot robot) throws Exception {
        welcomeAndCreateVault(robot);
        assertThat(Files.exists(folder.vaultFile())).isTrue();
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isPresent();
        assertThat(window.session().isUnlocked()).isTrue();

        robot.clickOn("#lock-button");
        assertThat(window.session().isUnlocked()).isFalse();
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isEmpty();

        byte[] before = Files.readAllBytes(folder.vaultFile());
        unlockWith(robot, "wrong words entirely");
        assertThat(robot.lookup("#vault-error").queryAs(Label.class).getText())
                .startsWith("This passphrase does not open this vault");
        assertThat(window.session().isUnlocked()).isFalse();
        assertThat(Files.readAllBytes(folder.vaultFile())).isEqualTo(before);

        clock.advance(Duration.ofMinutes(5)); // past any delay the failure earned
        robot.interact(window::checkSleep); // the jump is not sleep: let the timer see it now, not mid-unlock
        unlockWith(robot, PASSPHRASE);
        assertThat(window.session().isUnlocked()).isTrue();
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isPresent();
    }

    @Test
    void shortcutLocks(FxRobot robot) {
        welcomeAndCreateVault(robot);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().isUnlocked()).isFalse();
        assertThat(robot.lookup("#unlock-passphrase").tryQuery()).isPresent();
    }

    @Test
    void quickExitLocksAndHidesTheWindowAtOnce(FxRobot robot) {
        welcomeAndCreateVault(robot);
        robot.clickOn("#quick-exit");
        assertThat(window.session().isUnlocked()).isFalse();
        assertThat(window.stage().isIconified()).isTrue();
        assertThat(robot.lookup("#nav-dashboard").tryQuery()).isEmpty();
        robot.interact(() -> window.stage().setIconified(false));

        unlockWith(robot, PASSPHRASE);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.session().isUnlocked()).isFalse();
        assertThat(window.stage().isIconified()).isTrue();
        robot.interact(() -> window.stage().setIconified(false));
    }

    @Test
    void locksAfterIdleTimeButNotBefore(FxRobot robot) {
        welcomeAndCreateVault(robot);
        clock.advance(Duration.ofMinutes(9));
        robot.interact(window::checkIdle);
        assertThat(window.session().isUnlocked()).isTrue();

        robot.clickOn("#nav-people"); // activity restarts the idle time
        clock.advance(Duration.ofMinutes(9));
        robot.interact(window::checkIdle);
        assertThat(window.session().isUnlocked()).isTrue();

        clock.advance(Duration.ofMinutes(2)); // 11 minutes since the last activity; the default is 10
        robot.interact(window::checkIdle);
        assertThat(window.session().isUnlocked()).isFalse();
        assertThat(robot.lookup("#unlock-passphrase").tryQuery()).isPresent();
    }

    @Test
    void locksWhenTheComputerSlept(FxRobot robot) {
        welcomeAndCreateVault(robot);
        robot.interact(window::checkSleep);
        clock.advance(Duration.ofSeconds(15));
        robot.interact(window::checkSleep);
        assertThat(window.session().isUnlocked()).isTrue();

        clock.advance(Duration.ofHours(2)); // a tick two hours late: the computer was asleep
        robot.interact(window::checkSleep);
        assertThat(window.session().isUnlocked()).isFalse();
    }
}
