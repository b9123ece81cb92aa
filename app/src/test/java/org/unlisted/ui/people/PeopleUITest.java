package org.unlisted.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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
import org.unlisted.people.Consents;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.ScreenSteps;
import org.unlisted.ui.shell.AppWindow;

/** Both ways of using the People screen: one person ("me"), and a clinic with clients. */
@ExtendWith(ApplicationExtension.class)
class PeopleUITest {
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
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage).toList().forEach(javafx.stage.Window::hide));
        robot.interact(() -> window.session().lock());
    }

    private void createVault(FxRobot robot, String mode) {
        robot.clickOn("#firstrun-start");
        robot.clickOn("#create-passphrase").write(ScreenSteps.PASSPHRASE);
        robot.clickOn("#create-confirmation").write(ScreenSteps.PASSPHRASE);
        robot.clickOn("#create-understood");
        robot.clickOn("#create-vault");
        WaitForAsyncUtils.waitForFxEvents();
        ScreenSteps.chooseMode(robot, mode);
    }

    private People people() {
        return new People(() -> window.session().vault().connection(), clock);
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#people-problem").queryAs(Label.class).getText();
    }

    /** Types into a field the way a person would, even when it is scrolled out of sight. */
    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).query().requestFocus());
        robot.write(text);
    }

    /** Presses a button the way the keyboard would, even when it is scrolled out of sight. */
    private static void press(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup(id).queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static void chooseState(FxRobot robot, String state) {
        robot.interact(() -> robot.lookup("#people-state").queryAs(ComboBox.class).setValue(state));
    }

    @Test
    void personalModeKeepsOneProfileForMe(FxRobot robot) throws Exception {
        createVault(robot, "personal");
        assertThat(robot.lookup("#people-list").tryQuery()).as("no client list for one person").isEmpty();

        robot.clickOn("#people-name").write("Ana Ruiz");
        robot.clickOn("#people-save");
        assertThat(problem(robot)).isEqualTo("Please give the state as its two-letter code, for example CA or NY.");
        assertThat(people().list()).isEmpty();

        chooseState(robot, "CA");
        robot.clickOn("#people-birth-date").write("2090-01-01");
        robot.clickOn("#people-save");
        assertThat(problem(robot)).startsWith("The date of birth does not look right.");
        robot.doubleClickOn("#people-birth-date").eraseText(10).write("1984-03-09");
        type(robot, "#people-addresses", "12 Oak St, Fresno, CA 93701");
        robot.clickOn("#people-save");

        assertThat(problem(robot)).isEmpty();
        assertThat(robot.lookup("#people-saved").queryAs(Label.class).getText()).isEqualTo("Saved.");
        Profile me = people().self().orElseThrow();
        assertThat(me.legalName()).isEqualTo("Ana Ruiz");
        assertThat(me.currentAddress().city()).isEqualTo("Fresno");

        type(robot, "#people-phones", "(559) 555-0134");
        robot.clickOn("#people-save");
        assertThat(people().list()).singleElement().satisfies(p -> assertThat(p.phones())
                .containsExactly("(559) 555-0134"));
    }

    @Test
    void clinicModeListsClientsWithHouseholdsAndConsent(FxRobot robot) throws Exception {
        createVault(robot, "clinic");
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-advocate").write("Dana Advocate");
        robot.clickOn("#settings-organisation").write("Eastside Legal Aid");
        robot.clickOn("#nav-people");
        assertThat(robot.lookup("Choose a client on the left, or add one.").tryQuery()).isPresent();

        for (String name : new String[] {"Luis Ruiz", "Ana Ruiz"}) {
            robot.clickOn("#people-add");
            robot.clickOn("#people-name").write(name);
            chooseState(robot, "TX");
            robot.clickOn("#people-save");
            assertThat(problem(robot)).isEmpty();
            clock.advance(Duration.ofSeconds(2)); // small: a big jump would look like sleep, which locks
        }
        @SuppressWarnings("unchecked")
        ListView<Profile> list = robot.lookup("#people-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(Profile::legalName).containsExactly("Ana Ruiz", "Luis Ruiz");
        robot.interact(() -> robot.lookup("#people-sort").queryAs(ComboBox.class)
                .setValue(PeopleViewModel.Sort.LAST_ACTIVITY));
        assertThat(list.getItems()).extracting(Profile::legalName).containsExactly("Ana Ruiz", "Luis Ruiz");
        robot.clickOn("#people-search").write("luis");
        assertThat(list.getItems()).extracting(Profile::legalName).containsExactly("Luis Ruiz");
        robot.doubleClickOn("#people-search").eraseText(4);

        robot.clickOn("#people-add");
        robot.clickOn("#people-name").write("ana ruiz");
        chooseState(robot, "TX");
        robot.clickOn("#people-save");
        assertThat(problem(robot)).isEqualTo("This person is already in your vault.");
        robot.interact(() -> list.getSelectionModel().select(0));
        assertThat(robot.lookup("#people-name").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Ana Ruiz");

        Profile luis = people().list().stream().filter(p -> p.legalName().equals("Luis Ruiz")).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#household-other").queryAs(ComboBox.class).setValue(luis));
        type(robot, "#household-relation", "brother");
        press(robot, "#household-link");
        assertThat(robot.lookup("#household-members").queryAs(ListView.class).getItems())
                .containsExactly("Luis Ruiz (brother)");

        long ana = list.getItems().get(0).id();
        press(robot, "#consent-record");
        robot.clickOn("#consent-obtained").write("signed in person");
        Button ok = (Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(new Consents(() -> window.session().vault().connection())
                .requireCurrent(ana, "spokeo", java.time.LocalDate.of(2026, 11, 29)).advocate())
                .isEqualTo("Dana Advocate");
        @SuppressWarnings("unchecked")
        ListView<Object> records = robot.lookup("#consent-records").queryAs(ListView.class);
        assertThat(records.getItems()).hasSize(1);
        robot.interact(() -> records.getSelectionModel().select(0));
        press(robot, "#consent-form");
        assertThat(robot.lookup("#consent-form-text").queryAs(TextArea.class).getText())
                .contains("I, Ana Ruiz, authorize Dana Advocate of Eastside Legal Aid");
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != stage).toList()
                .forEach(javafx.stage.Window::hide));

        // Hand Ana over as a case file, delete her, and open the file again.
        Path caseFile = dataDir.resolve("ana-" + System.nanoTime() + ".unlisted");
        PeopleView view = robot.lookup("#people-page").queryAs(PeopleView.class);
        robot.interact(() -> Platform.runLater(() -> view.handOverTo(caseFile)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup("#file-passphrase").query().getScene().getWindow());
        robot.clickOn("#file-passphrase").write("copper window meadow lark");
        robot.clickOn("#file-repeat").write("copper window meadow lark");
        robot.clickOn((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(java.nio.file.Files.exists(caseFile)).isTrue();
        assertThat(robot.lookup("#people-saved").queryAs(Label.class).getText()).startsWith("Case file written.");
        robot.targetWindow(stage);

        robot.clickOn("#people-delete");
        WaitForAsyncUtils.waitForFxEvents();
        Button confirm = (Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(people().list()).extracting(Profile::legalName).containsExactly("Luis Ruiz");
        assertThat(list.getItems()).extracting(Profile::legalName).containsExactly("Luis Ruiz");

        robot.interact(() -> Platform.runLater(() -> view.openCaseFileFrom(caseFile)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup("#file-passphrase").query().getScene().getWindow());
        robot.clickOn("#file-passphrase").write("copper window meadow lark");
        robot.clickOn((Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(stage);
        assertThat(list.getItems()).extracting(Profile::legalName).containsExactly("Ana Ruiz", "Luis Ruiz");
        assertThat(new Consents(() -> window.session().vault().connection())
                .of(list.getSelectionModel().getSelectedItem().id())).hasSize(1);
        assertThat(WorkspaceMode.of(window.session().vault().settings())).contains(WorkspaceMode.CLINIC);
    }
}
