package org.unlisted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.unlisted.core.Preferences;
import org.unlisted.ui.settings.Language;
import org.unlisted.ui.shell.AppWindow;
import org.unlisted.TestClock;
import java.time.Instant;

@ExtendWith(ApplicationExtension.class)
class AppWindowUITest {
    @TempDir
    static Path dataDir;

    private Preferences preferences;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        window = ScreenSteps.openWindow(stage, dataDir, new TestClock(Instant.parse("2026-11-28T10:00:00Z")));
        preferences = window.context().preferences();
    }

    @Test
    void firstRunExplainsThenAsksHowUnlistedWillBeUsedOnceTheVaultExists(FxRobot robot) {
        assertThat(robot.lookup(".title-1").queryAs(Label.class).getText()).isEqualTo("Welcome to Unlisted");
        assertThat(robot.lookup("Everything you enter stays on this computer, in a locked file that only your passphrase can open.")
                .tryQuery()).isPresent();

        robot.clickOn("#firstrun-start");
        assertThat(robot.lookup(".title-1").queryAs(Label.class).getText()).isEqualTo("Create your vault");
        assertThat(preferences.getBoolean(AppWindow.FIRST_RUN_DONE)).isTrue();
        robot.clickOn("#create-passphrase").write(ScreenSteps.PASSPHRASE);
        robot.clickOn("#create-confirmation").write(ScreenSteps.PASSPHRASE);
        robot.clickOn("#create-understood");
        robot.clickOn("#create-vault");

        assertThat(robot.lookup(".page-title").queryAs(Label.class).getText()).isEqualTo("How will you use Unlisted?");
        assertThat(robot.lookup("#mode-continue").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
        ScreenSteps.chooseMode(robot, "personal");
        assertThat(robot.lookup("#nav-people").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("Your details").tryQuery()).isPresent();
        assertThat(org.unlisted.people.WorkspaceMode.of(window.session().vault().settings()))
                .contains(org.unlisted.people.WorkspaceMode.PERSONAL);

        robot.clickOn("#nav-dashboard");
        assertThat(robot.lookup("Your progress").tryQuery()).isPresent();
    }

    @Test
    void sidebarOpensEachAreaAndKeepsOneSelected(FxRobot robot) {
        ScreenSteps.welcomeAndCreateVault(robot);
        robot.clickOn("#nav-brokers");
        assertThat(robot.lookup("Data brokers and people-search sites").tryQuery()).isPresent();
        robot.clickOn("#nav-brokers");
        assertThat(robot.lookup("#nav-brokers").queryAs(ToggleButton.class).isSelected()).isTrue();
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#settings-data-folder").tryQuery()).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingSpanishRebuildsTheWindowInSpanishAndRemembersIt(FxRobot robot) {
        ScreenSteps.welcomeAndCreateVault(robot);
        robot.clickOn("#nav-settings");
        ComboBox<Language> language = robot.lookup("#settings-language").queryAs(ComboBox.class);
        robot.interact(() -> language.setValue(Language.SPANISH));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Preferences.load(window.context().dataFolder().preferencesFile()).get("language")).contains("SPANISH");
        assertThat(window.context().messages().locale()).isEqualTo(Locale.forLanguageTag("es"));
        assertThat(robot.lookup("#nav-settings").queryAll()).hasSize(1);
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).getText()).isEqualTo("Ajustes");
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).isEqualTo("Listo.");
        assertThat(Preferences.load(window.context().dataFolder().preferencesFile()).get("language")).contains("SPANISH");
    }
}
