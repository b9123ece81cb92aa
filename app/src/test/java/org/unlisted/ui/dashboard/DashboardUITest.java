package org.unlisted.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
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
import org.unlisted.cases.Cases;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.core.Messages;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.task.SynchronousTaskRunner;
import org.unlisted.ui.theme.Theme;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/** The dashboard as a person uses it: read at a glance, and every line opened from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class DashboardUITest {
    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T15:00:00Z"));
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private Stage stage;
    private Vault vault;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.apply();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.setScene(new Scene(new Pane())));
        if (vault != null) {
            vault.close();
        }
    }

    /** A vault with one person (or three clients) part-way through, shown in a window the size of a laptop's. */
    private void show(FxRobot robot, WorkspaceMode mode) throws Exception {
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            vault = Vault.create(temp.resolve("vault.db"), passphrase);
        }
        mode.saveTo(vault.settings());
        Catalog catalog = new CatalogLoader(LocalDate.of(2026, 11, 30)).bundled();
        People people = new People(vault::connection, clock);
        Cases cases = new Cases(vault::connection, catalog, clock);
        Profile first = people.add(mode == WorkspaceMode.PERSONAL ? Profile.draft("Ada Example", "CA").asSelf()
                : Profile.draft("Ana Ruiz", "CA"));
        cases.mark(first, catalog.find("spokeo").orElseThrow(), Cases.Step.to(CaseState.AWAITING_VERIFICATION));
        cases.mark(first, catalog.find("whitepages").orElseThrow(), Cases.Step.to(CaseState.NOT_FOUND));
        if (mode == WorkspaceMode.CLINIC) {
            people.add(Profile.draft("Luis Ortega", "TX"));
            people.add(Profile.draft("Zoe Quinn", "NY"));
        }
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        robot.interact(() -> {
            DashboardViewModel viewModel = new DashboardViewModel(vault::connection, vault.settings(),
                    CatalogSupply.startLoading(null, clock), new SynchronousTaskRunner(), messages, clock);
            viewModel.setOpenCase((profile, broker) -> opened.add(profile + "/" + broker));
            // As the main window shows a page: beside a 210-pixel sidebar, scrolling as a whole.
            ScrollPane page = new ScrollPane(new DashboardView(viewModel, messages));
            page.setFitToWidth(true);
            Region sidebar = new Region();
            sidebar.setPrefWidth(210);
            BorderPane window = new BorderPane(page, null, null, null, sidebar);
            Scene scene = new Scene(window, 1280, 800);
            scene.getStylesheets().add(Theme.APP_STYLESHEET);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
            stage.requestFocus(); // keys go to the focused window, whichever test opened one before
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    /** The "Open" buttons of one list, in order. */
    private static List<Button> openButtons(FxRobot robot, String listId) {
        return robot.lookup(listId).queryAs(javafx.scene.Parent.class).lookupAll(".button").stream()
                .map(Button.class::cast).toList();
    }

    /** Buttons, the progress bar, the chart and the table, each with words a screen reader can say. */
    private static List<String> unnamedControls(FxRobot robot) {
        List<String> unnamed = new java.util.ArrayList<>();
        for (Node node : robot.lookup("#dashboard-page").queryAs(javafx.scene.Parent.class)
                .lookupAll(".button, .progress-bar, .chart, .table-view")) {
            boolean named = node.getAccessibleText() != null && !node.getAccessibleText().isBlank()
                    || node instanceof javafx.scene.control.ButtonBase button && !button.getText().isBlank();
            boolean inHeader = node.getStyleClass().contains("button") && !(node instanceof Button);
            if (!named && !inHeader && node.isVisible()) {
                unnamed.add(node.getClass().getSimpleName() + "#" + node.getId());
            }
        }
        return unnamed;
    }

    @Test
    void personalModeReadsAtAGlanceAndOpensTheNextStepFromTheKeyboard(FxRobot robot) throws Exception {
        show(robot, WorkspaceMode.PERSONAL);

        assertThat(robot.lookup("#dashboard-state-awaiting-verification").queryAs(Node.class).getAccessibleText())
                .isEqualTo("Needs your confirmation: 1");
        assertThat(robot.lookup("#dashboard-state-not-found").tryQuery()).isPresent();
        assertThat(label(robot, "#dashboard-progress-text").getText()).as("Whitepages, and the two sister sites "
                + "its opt-out covers").startsWith("3 of ").endsWith(" sites that show people done");
        assertThat(label(robot, "#dashboard-nothing-late").isVisible()).isTrue();
        assertThat(robot.lookup("#dashboard-overdue").queryAs(Node.class).isVisible())
                .as("the late card shows only when something is late").isFalse();
        assertThat(robot.lookup("#dashboard-clients").tryQuery()).as("no clients in personal mode").isEmpty();
        assertThat(robot.lookup("#dashboard-chart-summary").queryLabeled().getText())
                .isEqualTo("No listing was removed in the last 12 months.");

        List<Button> next = openButtons(robot, "#dashboard-next-lines");
        assertThat(next).hasSize(DashboardViewModel.NEXT_COUNT);
        assertThat(next.get(0).getAccessibleText()).isEqualTo("Open Spokeo");

        // From the keyboard: focus the first "Open" and press Space, then the second and press Enter.
        robot.interact(next.get(0)::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        long me = new People(vault::connection, clock).self().orElseThrow().id();
        assertThat(opened).containsExactly(me + "/spokeo");
        robot.interact(next.get(1)::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(me + "/spokeo", me + "/peopleconnect");
        robot.interact(() -> robot.lookup("#dashboard-next-all").queryButton().fire());
        assertThat(opened).as("the whole plan").endsWith(me + "/null");

        assertThat(robot.lookup("#dashboard-chart-bars").queryAs(Node.class).getAccessibleText())
                .startsWith("Listings removed each month: Dec 2025: 0, Jan 2026: 0,").endsWith("Nov 2026: 0");
        assertThat(unnamedControls(robot)).as("controls a screen reader could not name").isEmpty();

        // The page fits the width: it scrolls down as a whole, never sideways.
        ScrollPane page = (ScrollPane) stage.getScene().getRoot().lookup(".scroll-pane");
        Region content = (Region) page.getContent();
        assertThat(content.getWidth()).isLessThanOrEqualTo(page.getViewportBounds().getWidth() + 0.5);
        assertThat(content.getHeight()).isGreaterThan(page.getViewportBounds().getHeight());
    }

    @Test
    void clinicModeListsEveryClientAndOpensOneWithEnter(FxRobot robot) throws Exception {
        show(robot, WorkspaceMode.CLINIC);

        @SuppressWarnings("unchecked")
        TableView<DashboardViewModel.ClientRow> table = robot.lookup("#dashboard-clients-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(DashboardViewModel.ClientRow::name)
                .containsExactly("Ana Ruiz", "Luis Ortega", "Zoe Quinn");
        assertThat(table.getItems().get(0).waiting()).isEqualTo(1);
        assertThat(openButtons(robot, "#dashboard-next-lines")).singleElement()
                .satisfies(open -> assertThat(open.getAccessibleText()).isEqualTo("Open Spokeo for Ana Ruiz"));

        assertThat(unnamedControls(robot)).as("controls a screen reader could not name").isEmpty();

        // Sorting by a column heading, then Enter on the chosen row.
        robot.interact(() -> {
            table.getSortOrder().setAll(List.of(table.getColumns().get(0)));
            table.getColumns().get(0).setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
        });
        assertThat(table.getItems()).extracting(DashboardViewModel.ClientRow::name)
                .containsExactly("Zoe Quinn", "Luis Ortega", "Ana Ruiz");
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(1);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        long luis = new People(vault::connection, clock).list().stream()
                .filter(p -> p.legalName().equals("Luis Ortega")).findFirst().orElseThrow().id();
        assertThat(opened).containsExactly(luis + "/null");
    }
}
