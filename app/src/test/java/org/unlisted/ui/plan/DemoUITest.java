package org.unlisted.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Plan;
import org.unlisted.ui.ScreenSteps;
import org.unlisted.ui.shell.AppWindow;
import org.unlisted.vault.Vault;

/** "Try it safely": the demo opens a made-up person's vault, says so, and is gone after locking. */
@ExtendWith(ApplicationExtension.class)
class DemoUITest {
    @TempDir
    static Path dataDir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-29T10:00:00Z"));
    private AppWindow window;

    @Start
    void start(Stage stage) {
        window = ScreenSteps.openWindow(stage, dataDir, clock);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDemoShowsEveryStageAndLeavesNothingBehind(FxRobot robot) {
        robot.clickOn("#demo-try");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isDemo()).isTrue();
        assertThat(robot.lookup("#demo-banner").tryQuery()).isPresent();
        Path demoVault = window.session().vault().file();
        assertThat(demoVault).exists();
        assertThat(Vault.exists(window.context().vaultFile())).as("the real vault is not made").isFalse();

        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Plan.Item> list = robot.lookup("#plan-list").queryAs(ListView.class);
        assertThat(list.getItems().stream().map(Plan.Item::state).distinct())
                .contains(CaseState.REMOVED, CaseState.OVERDUE, CaseState.RELISTED, CaseState.AWAITING_VERIFICATION);

        robot.interact(() -> window.session().lock());
        assertThat(window.isDemo()).isFalse();
        assertThat(Files.exists(demoVault.getParent())).as("the demo folder is deleted").isFalse();
        assertThat(robot.lookup("#firstrun-start").tryQuery()).as("back to the welcome screen").isPresent();
    }
}
