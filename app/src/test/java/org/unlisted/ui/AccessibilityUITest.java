package org.unlisted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
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
import org.unlisted.cases.Plan;
import org.unlisted.core.Messages;
import org.unlisted.core.Preferences;
import org.unlisted.net.NetworkSession;
import org.unlisted.ui.settings.SettingsViewModel;
import org.unlisted.ui.shell.AppWindow;
import org.unlisted.ui.task.SynchronousTaskRunner;
import org.unlisted.ui.theme.Appearance;
import org.unlisted.ui.theme.TextSize;
import org.unlisted.ui.theme.Theme;
import org.unlisted.ui.vault.VaultSession;

/**
 * Keyboard, large text and high contrast, checked the way a person meets them: Tab through a case's
 * steps, choose a text size or the high-contrast theme in Settings, and start the app again.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityUITest {
    @TempDir
    static Path dataDir;

    private final TestClock clock = new TestClock(Instant.parse("2026-11-29T10:00:00Z"));
    private AppWindow window;

    @Start
    void start(Stage stage) {
        window = ScreenSteps.openWindow(stage, dataDir, clock);
    }

    @AfterEach
    void lockAndLookAsBefore(FxRobot robot) {
        robot.interact(() -> {
            window.session().lock();
            Appearance.start(Theme.LIGHT, TextSize.NORMAL); // one look for the whole JVM: leave it as found
        });
    }

    @Test
    void tabGoesThroughACaseStepsInReadingOrderAndTheFocusAlwaysShows(FxRobot robot) {
        tabThroughTheWizard(robot, TextSize.NORMAL);
    }

    /** At 200% the list and the steps take turns and the steps scroll: Tab must still reach and show each. */
    @Test
    void tabGoesThroughACaseStepsAtTwiceTheTextSize(FxRobot robot) {
        tabThroughTheWizard(robot, TextSize.LARGEST);
    }

    private void tabThroughTheWizard(FxRobot robot, TextSize size) {
        addMyself(robot);
        robot.interact(() -> Appearance.use(size));
        robot.clickOn("#nav-plan");
        WaitForAsyncUtils.waitForFxEvents();

        pick(robot, "spokeo"); // look yourself up: open the search, paste the pages, found or not
        List<Node> visited = tabThroughStep(robot);
        assertReachedInReadingOrder(robot, visited, "case-open-search", "case-urls", "case-found", "case-not-found");

        robot.interact(() -> robot.lookup("#case-found").queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        pick(robot, "spokeo"); // now: ask the site to remove you
        visited = tabThroughStep(robot);
        List<String> stepButtons = stepButtonIds(robot);
        assertThat(stepButtons).as("the request step has buttons to reach").hasSizeGreaterThanOrEqualTo(2);
        assertReachedInReadingOrder(robot, visited, stepButtons.toArray(String[]::new));
    }

    @Test
    void theSidebarOpensEachAreaFromTheKeyboard(FxRobot robot) {
        ScreenSteps.welcomeAndCreateVault(robot);
        // The sidebar is one group, like radio buttons: Tab lands on the open area, the arrows move and open.
        robot.interact(() -> robot.lookup("#nav-dashboard").query().requestFocus());
        for (String area : new String[] {"plan", "people", "brokers", "letters", "network", "settings"}) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = fx(() -> window.stage().getScene().getFocusOwner());
            assertThat(focused.getId()).as("the down arrow moves down the sidebar").isEqualTo("nav-" + area);
            assertThat(ring(focused)).as("focus ring on the sidebar's %s", area).isNotNull();
            assertThat(robot.lookup("#nav-" + area).queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                    .as("%s is open", area).isTrue();
        }
        assertThat(robot.lookup("#settings-text-size").tryQuery()).as("the settings page is shown").isPresent();
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.stage().getScene().getFocusOwner().getId())).as("Tab leaves the group")
                .isIn("quick-exit", "settings-theme");
    }

    @Test
    void theTextSizeChangesEveryWindowAtOnceAndIsKeptForNextTime(FxRobot robot) throws Exception {
        ScreenSteps.welcomeAndCreateVault(robot);
        assertThat(fontSize(robot, "#status")).isEqualTo(14.0);
        robot.clickOn("#nav-settings");
        choose(robot, "#settings-text-size", TextSize.LARGEST);

        assertThat(fontSize(robot, "#status")).as("status bar text at 200%").isEqualTo(28.0);
        assertThat(fontSize(robot, "#nav-dashboard")).as("sidebar at 200%").isEqualTo(28.0);
        // A dialog opened now is as large as the window behind it.
        Alert alert = fx(() -> new Alert(Alert.AlertType.INFORMATION, "Saved.", ButtonType.OK));
        robot.interact(alert::show);
        WaitForAsyncUtils.waitForFxEvents();
        double dialogText = fx(() -> ((Label) alert.getDialogPane().lookup(".content")).getFont().getSize());
        robot.interact(alert::close);
        assertThat(dialogText).as("dialog text at 200%").isEqualTo(28.0);

        Path preferencesFile = window.context().dataFolder().preferencesFile();
        assertThat(Files.readString(preferencesFile)).contains("textSize=LARGEST");

        // Start again: a new process begins at 100%, reads the preferences, and opens its window.
        robot.interact(() -> {
            window.session().lock();
            Appearance.use(TextSize.NORMAL);
        });
        Stage second = fx(() -> {
            Preferences preferences = Preferences.load(preferencesFile);
            Appearance.start(SettingsViewModel.savedTheme(preferences), SettingsViewModel.savedTextSize(preferences));
            Stage stage = new Stage();
            AppContext context = new AppContext(Messages.forLocale(Locale.ENGLISH), preferences,
                    new SynchronousTaskRunner(), window.context().dataFolder(), window.context().vaultFile(),
                    window.context().catalog(), url -> { }, new NetworkSession(preferences, clock));
            AppWindow restarted = new AppWindow(stage, context, new VaultSession(clock), clock);
            restarted.showStart();
            stage.show();
            return stage;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> second.getScene().lookup("#unlock-passphrase"))).isNotNull();
        double unlockText = fx(() -> ((javafx.scene.control.Labeled) second.getScene()
                .lookup("#demo-try")).getFont().getSize());
        robot.interact(second::close);
        assertThat(unlockText).as("the unlock screen after a restart").isEqualTo(28.0);
    }

    @Test
    void theHighContrastThemeGivesBlackOnWhiteFramedControlsAndAThickFocusRing(FxRobot robot) throws Exception {
        ScreenSteps.welcomeAndCreateVault(robot);
        robot.clickOn("#nav-settings");
        Region page = robot.lookup(".page").queryAs(Region.class);
        Label title = robot.lookup(".page-title").queryAs(Label.class);
        assertThat(title.getTextFill()).as("light theme title").isNotEqualTo(Color.BLACK);

        choose(robot, "#settings-theme", Theme.HIGH_CONTRAST);
        assertThat(Application.getUserAgentStylesheet()).endsWith("high-contrast.css");
        assertThat(Files.readString(window.context().dataFolder().preferencesFile())).contains("theme=HIGH_CONTRAST");
        assertThat(title.getTextFill()).as("title text").isEqualTo(Color.BLACK);
        Region main = (Region) fx(() -> page.getScene().getRoot());
        assertThat(main.getBackground().getFills().get(0).getFill()).as("window background").isEqualTo(Color.WHITE);

        ButtonBase lock = robot.lookup("#lock-button").queryAs(ButtonBase.class);
        var frame = lock.getBackground().getFills();
        assertThat(frame.get(0).getFill()).as("a button's frame").isEqualTo(Color.BLACK);
        assertThat(frame.get(1).getInsets().getTop()).as("frame width").isGreaterThanOrEqualTo(2.0);

        robot.interact(lock::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        BorderStroke ring = ring(lock);
        assertThat(ring).as("focus ring on the focused button").isNotNull();
        assertThat(ring.getWidths().getTop()).isGreaterThanOrEqualTo(3.0);
        assertThat(ring.getTopStroke()).isEqualTo(Color.web("#0033a0"));
    }

    // --- steps ---

    private static void addMyself(FxRobot robot) {
        ScreenSteps.welcomeAndCreateVault(robot);
        robot.clickOn("#people-name").write("Ana Ruiz");
        robot.interact(() -> robot.lookup("#people-state").queryAs(ComboBox.class).setValue("CA"));
        robot.interact(() -> robot.lookup("#people-save").queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static void pick(FxRobot robot, String brokerId) {
        robot.interact(() -> {
            ListView<Plan.Item> list = robot.lookup("#plan-list").queryAs(ListView.class);
            list.getSelectionModel().clearSelection();
            list.getItems().stream().filter(i -> i.broker().id().equals(brokerId)).findFirst()
                    .ifPresent(i -> list.getSelectionModel().select(i));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#case-view").tryQuery()).isPresent();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String comboId, T value) {
        robot.interact(() -> robot.lookup(comboId).queryAs(ComboBox.class).setValue(value));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** From the case's name, Tab until focus leaves the current step; every stop must be in sight and ringed. */
    private static List<Node> tabThroughStep(FxRobot robot) {
        Node step = robot.lookup("#case-step").query();
        ScrollPane detail = robot.lookup("#plan-detail-scroll").queryAs(ScrollPane.class);
        // Start just before the steps: the list, or (when they take turns) the button back to it.
        robot.interact(() -> robot.lookup("#plan-list-back").tryQuery().filter(Node::isVisible)
                .orElse(robot.lookup("#plan-list").query()).requestFocus());
        List<Node> visited = new ArrayList<>();
        boolean entered = false;
        for (int press = 0; press < 60; press++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            Node focused = fx(() -> step.getScene().getFocusOwner());
            boolean inside = isInside(focused, step);
            if (!inside && entered) {
                break;
            }
            if (inside) {
                entered = true;
                visited.add(focused);
                assertShows(robot, focused, detail);
            }
        }
        assertThat(entered).as("Tab reaches the case's step").isTrue();
        return visited;
    }

    /** The focused control is shown, inside the scrolled detail's visible part, with its focus ring drawn. */
    private static void assertShows(FxRobot robot, Node focused, ScrollPane detail) {
        String name = focused.getClass().getSimpleName() + "#" + focused.getId();
        assertThat(focused.isVisible() && isTreeVisible(focused)).as("%s is visible", name).isTrue();
        Bounds shown = fx(() -> focused.localToScene(focused.getLayoutBounds()));
        Bounds viewport = fx(() -> detail.localToScene(detail.getLayoutBounds()));
        assertThat(shown.getWidth() * shown.getHeight()).as("%s has a size", name).isPositive();
        assertThat(shown.getMinY() >= viewport.getMinY() - 1 && shown.getMaxY() <= viewport.getMaxY() + 1)
                .as("%s is scrolled into view (%s within %s)", name, shown, viewport).isTrue();
        assertThat(ring(focused)).as("%s shows a focus ring", name).isNotNull();
    }

    /** The thick ring unlisted.css draws around a focused control (on a titled pane: around its title bar). */
    private static BorderStroke ring(Node node) {
        Node framed = node instanceof javafx.scene.control.TitledPane pane ? pane.lookup(".title") : node;
        if (!(framed instanceof Region region)) {
            return null;
        }
        Border border = region.getBorder();
        if (border == null) {
            return null;
        }
        return border.getStrokes().stream().filter(s -> s.getWidths().getTop() >= 2.5).findFirst().orElse(null);
    }

    private static void assertReachedInReadingOrder(FxRobot robot, List<Node> visited, String... ids) {
        List<String> reached = visited.stream().map(Node::getId).filter(id -> id != null && List.of(ids).contains(id))
                .distinct().toList();
        assertThat(reached).as("the step's controls in the order Tab reaches them").containsExactly(ids);
        for (int i = 1; i < visited.size(); i++) {
            Node before = visited.get(i - 1);
            Node after = visited.get(i);
            Bounds a = fx(() -> before.localToScene(before.getLayoutBounds()));
            Bounds b = fx(() -> after.localToScene(after.getLayoutBounds()));
            boolean sameLine = b.getMinY() < a.getMaxY() && b.getMaxY() > a.getMinY();
            assertThat(sameLine ? b.getMinX() >= a.getMinX() : b.getMinY() >= a.getMaxY() - 1)
                    .as("%s comes after %s in reading order", after.getId(), before.getId()).isTrue();
        }
    }

    /** Every button in the current step, in the order a person reads them. */
    private static List<String> stepButtonIds(FxRobot robot) {
        List<String> ids = new ArrayList<>();
        collectButtons(robot.lookup("#case-step").query(), ids);
        return ids;
    }

    private static void collectButtons(Node node, List<String> ids) {
        if (!node.isVisible() || (node instanceof javafx.scene.control.TitledPane pane && !pane.isExpanded())) {
            if (node instanceof javafx.scene.control.TitledPane && node.getId() != null) {
                ids.add(node.getId());
            }
            return;
        }
        if (node instanceof ButtonBase button && button.getId() != null && button.isFocusTraversable()
                && !button.isDisabled()) {
            ids.add(button.getId());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectButtons(child, ids);
            }
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTreeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return true;
    }

    /** Runs on the JavaFX thread and gives back what it found. */
    private static <T> T fx(java.util.concurrent.Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static double fontSize(FxRobot robot, String id) {
        return fx(() -> robot.lookup(id).queryAs(javafx.scene.control.Labeled.class).getFont().getSize());
    }
}
