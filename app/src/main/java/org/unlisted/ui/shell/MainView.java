package org.unlisted.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.ui.Styles;

/** The main window: sidebar of areas, the open area in the middle, a status bar below. */
public final class MainView extends BorderPane {
    private final MainViewModel viewModel;
    private final Function<Area, Node> pages;
    private final Map<Area, Node> shown = new EnumMap<>(Area.class);
    private final VBox sidebar = new VBox();

    public MainView(MainViewModel viewModel, Messages messages, Function<Area, Node> pages) {
        this.viewModel = viewModel;
        this.pages = pages;
        // The sidebar scrolls rather than push the window's foot out of sight with large text.
        ScrollPane side = new ScrollPane(buildSidebar(messages));
        side.setFitToWidth(true);
        side.setFitToHeight(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add(Styles.SIDEBAR_SCROLL);
        setLeft(side);
        setBottom(buildStatusBar(messages));
        viewModel.areaProperty().addListener((obs, old, area) -> showArea(area));
        showArea(viewModel.areaProperty().get());
    }

    /** Extra controls at the foot of the sidebar (for example, the lock button). */
    public void addToSidebarFoot(Node node) {
        sidebar.getChildren().add(node);
    }

    private VBox buildSidebar(Messages messages) {
        sidebar.getStyleClass().add(Styles.SIDEBAR);
        Label title = new Label(messages.get("app.name"));
        title.getStyleClass().add(Styles.APP_TITLE);
        sidebar.getChildren().add(title);

        ToggleGroup group = new ToggleGroup();
        for (Area area : Area.values()) {
            ToggleButton button = new ToggleButton(messages.get(area.messageKey()), new FontIcon(area.icon()));
            button.setId("nav-" + area.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().addAll(Styles.SIDEBAR_BUTTON, Styles.FLAT);
            button.setToggleGroup(group);
            button.setUserData(area);
            button.setSelected(area == viewModel.areaProperty().get());
            button.setMnemonicParsing(false);
            sidebar.getChildren().add(button);
        }
        // A selected area stays selected: clicking it again must not leave nothing chosen.
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                viewModel.open((Area) now.getUserData());
            }
        });
        viewModel.areaProperty().addListener((obs, old, area) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == area).findFirst().ifPresent(t -> t.setSelected(true)));

        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        sidebar.getChildren().add(spacer);
        return sidebar;
    }

    private HBox buildStatusBar(Messages messages) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(viewModel.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label offline = new Label(messages.get("status.offline"), new FontIcon(Feather.SHIELD));
        offline.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(status, spacer, offline);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }

    private void showArea(Area area) {
        Node page = shown.computeIfAbsent(area, a -> {
            Node content = pages.apply(a);
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            // A page that scrolls its own parts (long lists) gets the whole height; it scrolls as a
            // whole only when even its smallest size does not fit (large text, a small window).
            scroll.setFitToHeight(content.getStyleClass().contains(Styles.FILLS_PAGE));
            return scroll;
        });
        setCenter(page);
    }
}
