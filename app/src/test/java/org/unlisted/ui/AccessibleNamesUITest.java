package org.unlisted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
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
import org.unlisted.ui.shell.AppWindow;

/** A screen reader can name every control a person can reach, on every screen from the welcome on. */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesUITest {
    @TempDir
    static Path dataDir;

    private AppWindow window;

    @Start
    void start(Stage stage) {
        window = ScreenSteps.openWindow(stage, dataDir, new TestClock(Instant.parse("2026-11-29T10:00:00Z")));
    }

    @AfterEach
    void lock(FxRobot robot) {
        robot.interact(() -> window.session().lock());
    }

    @Test
    void everyControlBeforeTheVaultOpensHasAName(FxRobot robot) {
        assertNamed(robot, "the welcome screen");
        robot.clickOn("#firstrun-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#create-passphrase").tryQuery()).isPresent();
        assertNamed(robot, "the create-vault screen");
        robot.clickOn("#create-passphrase").write(ScreenSteps.PASSPHRASE);
        robot.clickOn("#create-confirmation").write(ScreenSteps.PASSPHRASE);
        robot.clickOn("#create-understood");
        robot.clickOn("#create-vault");
        WaitForAsyncUtils.waitForFxEvents();
        assertNamed(robot, "the how-will-you-use-it screen");
        ScreenSteps.chooseMode(robot, "personal");
        robot.interact(() -> window.session().lock());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#unlock-passphrase").tryQuery()).isPresent();
        assertNamed(robot, "the unlock screen");
    }

    /** The whole window (these screens are not inside a .page of the workspace). */
    private void assertNamed(FxRobot robot, String screen) {
        List<String> unnamed = new ArrayList<>();
        collect(window.stage().getScene().getRoot(), unnamed);
        assertThat(unnamed).as("controls without an accessible name on " + screen).isEmpty();
    }

    @Test
    void everyControlOnTheMainScreensHasAName(FxRobot robot) {
        ScreenSteps.welcomeAndCreateVault(robot);
        for (String area : new String[] {"#nav-people", "#nav-brokers", "#nav-network", "#nav-settings"}) {
            robot.clickOn(area);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> unnamed = new ArrayList<>();
            collect(robot.lookup(".page").<Node>query(), unnamed);
            assertThat(unnamed).as("controls without an accessible name on " + area).isEmpty();
        }
        // The clinic's People screen has more: the client list, households, consent.
        robot.interact(() -> robot.lookup("#settings-mode").<javafx.scene.control.ComboBox<Object>>query()
                .setValue(org.unlisted.people.WorkspaceMode.CLINIC));
        robot.clickOn("#nav-people");
        robot.clickOn("#people-add");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> unnamed = new ArrayList<>();
        collect(robot.lookup(".page").<Node>query(), unnamed);
        assertThat(robot.lookup("#consent-record").tryQuery()).isPresent();
        assertThat(unnamed).as("controls without an accessible name on the clinic's People screen").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyControlOnTheOptOutScreensHasAName(FxRobot robot) {
        ScreenSteps.welcomeAndCreateVault(robot);
        robot.clickOn("#people-name").write("Ana Ruiz");
        robot.interact(() -> robot.lookup("#people-state").queryAs(javafx.scene.control.ComboBox.class).setValue("CA"));
        robot.interact(() -> robot.lookup("#people-save").queryAs(javafx.scene.control.Button.class).fire());
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitForFxEvents();
        for (String site : new String[] {"spokeo", "mylife", "instantcheckmate"}) {
            robot.interact(() -> {
                ListView<org.unlisted.cases.Plan.Item> list = robot.lookup("#plan-list").queryAs(ListView.class);
                list.getItems().stream().filter(i -> i.broker().id().equals(site)).findFirst()
                        .ifPresent(i -> list.getSelectionModel().select(i));
            });
            List<String> unnamed = new ArrayList<>();
            collect(robot.lookup(".page").<Node>query(), unnamed);
            assertThat(robot.lookup("#case-view").tryQuery()).isPresent();
            assertThat(unnamed).as("controls without an accessible name on the steps for " + site).isEmpty();
        }
        for (String area : new String[] {"#nav-dashboard", "#nav-letters"}) {
            robot.clickOn(area);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> unnamed = new ArrayList<>();
            collect(robot.lookup(".page").<Node>query(), unnamed);
            assertThat(unnamed).as("controls without an accessible name on " + area).isEmpty();
        }
    }

    /** Walks the page, looking into scroll panes too, and notes every control a reader could not name. */
    private static void collect(Node node, List<String> unnamed) {
        if (node instanceof Control control && !named(control)) {
            unnamed.add(control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId()));
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), unnamed);
        }
        if (node instanceof Parent parent && !(node instanceof Control control && isInnerPart(control))) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, unnamed);
            }
        }
    }

    /** Buttons, fields and choosers must be named; labels and panes are not controls one operates. */
    private static boolean named(Control control) {
        if (!(control instanceof ButtonBase || control instanceof TextInputControl || control instanceof ComboBoxBase
                || control instanceof ListView || control instanceof javafx.scene.control.Spinner)) {
            return true;
        }
        if (notEmpty(control.getAccessibleText())) {
            return true;
        }
        if (control instanceof ButtonBase button && notEmpty(button.getText())) {
            return true;
        }
        Node labelled = control.getParent() == null ? null : control.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Label label && label.getLabelFor() == control).findFirst().orElse(null);
        return labelled != null;
    }

    /** The parts inside a control (a combo box's button, a list's cells) are named by the control itself. */
    private static boolean isInnerPart(Control control) {
        return control instanceof ComboBoxBase || control instanceof ListView || control instanceof TextInputControl
                || control instanceof javafx.scene.control.Spinner;
    }

    private static boolean notEmpty(String text) {
        return text != null && !text.isBlank();
    }
}
