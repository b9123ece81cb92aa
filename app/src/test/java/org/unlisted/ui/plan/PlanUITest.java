package org.unlisted.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
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
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Plan;
import org.unlisted.ui.ScreenSteps;
import org.unlisted.ui.shell.AppWindow;

/** A whole opt-out round the way a person does it: one site removed, one waiting on email, one not listed. */
@ExtendWith(ApplicationExtension.class)
class PlanUITest {
    @TempDir
    static Path dataDir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-29T10:00:00Z"));
    private AppWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = ScreenSteps.openWindow(stage, dataDir, clock);
    }

    @AfterEach
    void lock(FxRobot robot) {
        robot.interact(() -> window.session().lock());
    }

    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).query().requestFocus());
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    private static ListView<Plan.Item> list(FxRobot robot) {
        return robot.lookup("#plan-list").queryAs(ListView.class);
    }

    /** Finds a site by name, the way a person would, and opens its steps. */
    private static void pick(FxRobot robot, String name) {
        robot.interact(() -> robot.lookup("#plan-search").queryAs(javafx.scene.control.TextField.class).clear());
        type(robot, "#plan-search", name);
        assertThat(list(robot).getItems()).isNotEmpty();
        robot.interact(() -> list(robot).getSelectionModel().select(0));
        assertThat(robot.lookup("#case-view").tryQuery()).isPresent();
    }

    /** The figure on one of the dashboard's state tiles. */
    private static String tile(FxRobot robot, String state) {
        javafx.scene.layout.VBox tile = robot.lookup("#dashboard-state-" + state).queryAs(javafx.scene.layout.VBox.class);
        return ((Label) tile.getChildren().get(0)).getText();
    }

    private static String state(FxRobot robot) {
        return robot.lookup("#case-state").queryAs(Label.class).getText();
    }

    private static CaseState stateOf(FxRobot robot, String brokerId) {
        return list(robot).getItems().stream().filter(i -> i.broker().id().equals(brokerId)).findFirst()
                .orElseThrow().state();
    }

    @Test
    void aWholeRoundFromSearchToRemovedAndItIsAllStillThereAfterLocking(FxRobot robot) {
        ScreenSteps.welcomeAndCreateVault(robot);
        robot.clickOn("#people-name").write("Ana Ruiz");
        robot.interact(() -> robot.lookup("#people-state").queryAs(ComboBox.class).setValue("CA"));
        type(robot, "#people-emails", "ana@example.org");
        robot.interact(() -> robot.lookup("#people-save").queryAs(Button.class).fire());
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#plan-progress-text").queryAs(Label.class).getText()).matches("0 of \\d+ sites done");

        // A web form: look, found, send the form, confirm the email, gone.
        pick(robot, "Spokeo");
        assertThat(state(robot)).isEqualTo("Not started");
        ScreenSteps.OPENED.clear();
        press(robot, "#case-open-search");
        assertThat(ScreenSteps.OPENED).containsExactly("https://www.spokeo.com/search");
        assertThat(state(robot)).isEqualTo("Searching");
        type(robot, "#case-urls", "https://evil.example/ana");
        press(robot, "#case-found");
        assertThat(robot.lookup("#plan-problem").queryAs(Label.class).getText()).contains("evil.example");
        robot.interact(() -> robot.lookup("#case-urls").queryAs(TextArea.class).setText(
                "https://www.spokeo.com/Ana-Ruiz/California/p123"));
        press(robot, "#case-found");
        assertThat(state(robot)).isEqualTo("Page found");
        assertThat(robot.lookup("#case-step").queryAs(javafx.scene.Node.class)).isNotNull();
        press(robot, "#case-open-form");
        assertThat(ScreenSteps.OPENED).last().isEqualTo("https://www.spokeo.com/optout");
        assertThat(robot.lookup(".button").queryAllAs(Button.class).stream().map(Button::getAccessibleText))
                .contains("Copy an email address", "Copy the address of your listing").doesNotContain("Copy your name");
        robot.interact(() -> robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Copy an email address".equals(b.getAccessibleText())).findFirst().orElseThrow().fire());
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo("ana@example.org"));
        press(robot, "#case-sent");
        assertThat(state(robot)).isEqualTo("Needs your confirmation");
        press(robot, "#case-clicked");
        assertThat(state(robot)).isEqualTo("Request sent");
        press(robot, "#case-gone");
        assertThat(state(robot)).isEqualTo("Removed");
        assertThat(robot.lookup("#case-history").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .as("searching, awaiting, sent, removed, and found (the refused address left no trace)").hasSize(5);

        // An email broker: the request goes by email, then the site asks to confirm.
        pick(robot, "MyLife");
        press(robot, "#case-open-search");
        type(robot, "#case-urls", "https://www.mylife.com/ana-ruiz/e123");
        press(robot, "#case-found");
        String draft = robot.lookup("#case-draft").queryAs(TextArea.class).getText();
        assertThat(draft).contains("Ana Ruiz", "ana@example.org", "https://www.mylife.com/ana-ruiz/e123",
                "Cal. Civ. Code 1798.105").doesNotContain("CA 9");
        press(robot, "#case-sent");
        assertThat(state(robot)).isEqualTo("Request sent");
        assertThat(robot.lookup("#case-history .button").queryAllAs(Button.class)).extracting(Button::getText)
                .as("the letter's exact text is kept in the record").contains("Save a copy of letter-delete-2026-11-29.txt");
        press(robot, "#case-asked-confirm");
        assertThat(state(robot)).isEqualTo("Needs your confirmation");

        // Not listed.
        pick(robot, "Whitepages");
        press(robot, "#case-not-found");
        assertThat(state(robot)).isEqualTo("Not listed");

        // A mistake is undone, and the record says so.
        pick(robot, "FastPeopleSearch");
        press(robot, "#case-not-found");
        press(robot, "#case-undo");
        assertThat(state(robot)).isEqualTo("Not started");

        robot.clickOn("#nav-dashboard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tile(robot, "removed")).isEqualTo("1");
        assertThat(tile(robot, "awaiting-verification")).isEqualTo("1");
        assertThat(tile(robot, "not-found")).as("the undone one is not counted").isEqualTo("1");

        robot.interact(() -> window.session().lock());
        ScreenSteps.unlockWith(robot, ScreenSteps.PASSPHRASE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tile(robot, "removed")).as("the dashboard after unlocking").isEqualTo("1");
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#plan-search").queryAs(javafx.scene.control.TextField.class).clear());
        assertThat(stateOf(robot, "spokeo")).isEqualTo(CaseState.REMOVED);
        assertThat(stateOf(robot, "mylife")).isEqualTo(CaseState.AWAITING_VERIFICATION);
        assertThat(stateOf(robot, "whitepages")).isEqualTo(CaseState.NOT_FOUND);
        assertThat(stateOf(robot, "fastpeoplesearch")).isEqualTo(CaseState.NOT_STARTED);
        assertThat(stateOf(robot, "411-com")).as("covered by Whitepages' opt-out").isEqualTo(CaseState.NOT_FOUND);
        assertThat(robot.lookup("#plan-progress-text").queryAs(Label.class).getText()).matches("[3-9] of \\d+ sites done");
    }
}
