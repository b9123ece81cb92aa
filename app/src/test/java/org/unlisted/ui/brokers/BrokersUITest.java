package org.unlisted.ui.brokers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unlisted.ui.ScreenSteps.welcomeAndCreateVault;

import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
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
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.OwnBrokers;
import org.unlisted.catalog.TestCatalog;
import org.unlisted.ui.ScreenSteps;
import org.unlisted.ui.shell.AppWindow;
import tools.jackson.databind.node.ObjectNode;

/** The Brokers screen over a small test catalog with one broken file in it. */
@ExtendWith(ApplicationExtension.class)
class BrokersUITest {
    @TempDir
    static Path temp;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-29T10:00:00Z"));
    private AppWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        TestCatalog files = new TestCatalog(temp.resolve("catalog-" + System.nanoTime()))
                .add("alpha", b -> b.put("name", "Alpha People").put("priority", "crucial")
                        .put("showsRelatives", true).put("showsAddress", true))
                .add("beta", b -> b.put("name", "Beta Phones").put("category", "phone-lookup"))
                .add("gamma", b -> {
                    b.put("name", "Gamma Records");
                    ((ObjectNode) b.get("optOut")).put("method", "email").put("email", "privacy@gamma.example")
                            .remove("url");
                })
                .write("broken.json", "{ \"id\": ");
        window = ScreenSteps.openWindow(stage, temp, clock, files.folder());
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage).toList().forEach(javafx.stage.Window::hide));
        robot.interact(() -> window.session().lock());
    }

    @SuppressWarnings("unchecked")
    private static ListView<Broker> list(FxRobot robot) {
        return robot.lookup("#brokers-list").queryAs(ListView.class);
    }

    private void openBrokers(FxRobot robot) {
        welcomeAndCreateVault(robot);
        robot.clickOn("#nav-brokers");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBrokenFileIsNamedAndTheRestOfTheCatalogWorks(FxRobot robot) {
        openBrokers(robot);

        TitledPane warning = robot.lookup("#brokers-left-out").queryAs(TitledPane.class);
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("left out (1)");
        assertThat(robot.lookup("#brokers-left-out-details").queryAs(TextArea.class).getText())
                .startsWith("broken.json: -: not valid JSON");
        assertThat(list(robot).getItems()).extracting(Broker::name)
                .containsExactly("Alpha People", "Beta Phones", "Gamma Records");
        assertThat(robot.lookup("#brokers-count").queryAs(Label.class).getText()).isEqualTo("Showing 3 of 3");
    }

    @Test
    void searchAndFiltersNarrowTheListAndTheDetailSpeaksPlainly(FxRobot robot) {
        openBrokers(robot);

        robot.clickOn("#brokers-search").write("gamma");
        assertThat(list(robot).getItems()).extracting(Broker::id).containsExactly("gamma");
        robot.interact(() -> list(robot).getSelectionModel().select(0));
        Node detail = robot.lookup("#broker-detail").query();
        assertThat(robot.from(detail).lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Gamma Records", "Send an email asking to be removed. Unlisted can write it for you.",
                        "How long it takes", "Facts checked on October 1, 2026.");
        assertThat(robot.from(detail).lookup(".copyable").queryAllAs(TextArea.class))
                .extracting(TextArea::getText).contains("privacy@gamma.example");

        robot.clickOn("#brokers-clear");
        robot.interact(() -> robot.lookup("#brokers-category").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(Broker.Category.PHONE_LOOKUP));
        assertThat(list(robot).getItems()).extracting(Broker::id).containsExactly("beta");
        robot.clickOn("#brokers-clear");
        robot.clickOn("#brokers-no-id");
        assertThat(robot.lookup("#brokers-no-id").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(list(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#brokers-count").queryAs(Label.class).getText()).isEqualTo("Showing 0 of 3");
    }

    @Test
    void addingASiteThatIsNotListed(FxRobot robot) {
        openBrokers(robot);
        robot.clickOn("#brokers-add");
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = (Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);

        robot.clickOn("#own-name").write("Nosy Neighbours");
        robot.clickOn("#own-site").write("beta.example");
        robot.clickOn("#own-page").write("https://beta.example/out");
        robot.clickOn(ok);
        assertThat(robot.lookup("#own-problem").queryAs(Label.class).getText())
                .isEqualTo("This site is already in the list, as Beta Phones. Search for it there.");
        assertThat(window.session().vault()).isNotNull();

        robot.doubleClickOn("#own-site").eraseText(12).write("nosy.example");
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(list(robot).getItems()).extracting(Broker::name).contains("Nosy Neighbours");
        assertThat(list(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("own-nosy-example");
        try {
            assertThat(new OwnBrokers(() -> window.session().vault().connection(),
                    new org.unlisted.catalog.DefinitionReader(java.time.LocalDate.of(2026, 11, 29))).list())
                    .extracting(Broker::domains).containsExactly(java.util.List.of("nosy.example"));
        } catch (org.unlisted.core.UnlistedException e) {
            throw new AssertionError(e);
        }
    }
}
