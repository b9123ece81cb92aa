package org.unlisted.ui.brokers;

import java.util.Arrays;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.catalog.Broker;
import org.unlisted.core.Messages;
import org.unlisted.ui.Choices;
import org.unlisted.ui.ListAndDetail;
import org.unlisted.ui.Paragraphs;
import org.unlisted.ui.Styles;

/** Every broker Unlisted knows: search and filters on the left, the chosen one in plain words on the right. */
public final class BrokersView extends VBox {
    /** Held strongly: bidirectional bindings keep only weak references to the view-model. */
    private final BrokersViewModel viewModel;
    private final Messages messages;
    private final ScrollPane detail = new ScrollPane();
    private final ListView<Broker> list;

    public BrokersView(BrokersViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.list = new ListView<>(viewModel.shown());
        getStyleClass().addAll(Styles.PAGE, Styles.FILLS_PAGE);
        setId("brokers-page");

        Label title = Paragraphs.pageTitle(messages.get("nav.brokers.title"));
        Button add = new Button(messages.get("brokers.add"), new FontIcon(Feather.PLUS));
        add.setId("brokers-add");
        add.disableProperty().bind(viewModel.catalogProperty().isNull());
        add.setOnAction(event -> Platform.runLater(() -> new OwnBrokerDialog(viewModel, messages, window()).show()));
        title.setWrapText(true);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setTooltip(new javafx.scene.control.Tooltip(messages.get("brokers.own.title")));
        Label lead = new Label(messages.get("nav.brokers.description"));
        lead.setWrapText(true);
        lead.getStyleClass().add(Styles.TEXT_MUTED);
        lead.setMaxWidth(Double.MAX_VALUE);
        lead.setMinHeight(Region.USE_PREF_SIZE); // wrap onto two lines rather than cut off
        HBox.setHgrow(lead, Priority.ALWAYS);
        HBox header = new HBox(12, lead, add);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        getChildren().addAll(title, header, leftOutWarning(), problem(), new ListAndDetail(listPane(), list, detailPane(),
                messages.get("app.backToList"), false));
        VBox.setVgrow(getChildren().get(getChildren().size() - 1), Priority.ALWAYS);
        viewModel.selectedProperty().addListener((obs, old, now) -> showDetail(now));
        viewModel.catalogProperty().addListener((obs, old, now) -> showDetail(viewModel.selectedProperty().get()));
        viewModel.load();
    }

    private VBox listPane() {
        TextField search = new TextField();
        search.setId("brokers-search");
        search.setPromptText(messages.get("brokers.search.prompt"));
        search.setAccessibleText(messages.get("brokers.search.prompt"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());

        ComboBox<Broker.Category> category = choice("brokers-category", "brokers.filter.category",
                c -> messages.get("catalog.category." + c.code()), "brokers.filter.anyCategory");
        category.getItems().setAll(Arrays.asList(Broker.Category.values()));
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        ComboBox<Broker.Method> method = choice("brokers-method", "brokers.filter.method",
                m -> messages.get("catalog.method." + m.code()), "brokers.filter.anyMethod");
        method.getItems().setAll(Arrays.asList(Broker.Method.values()));
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        ComboBox<Broker> group = choice("brokers-group", "brokers.filter.group", Broker::name,
                "brokers.filter.anyGroup");
        Bindings.bindContent(group.getItems(), viewModel.groups());
        group.valueProperty().bindBidirectional(viewModel.groupProperty());

        CheckBox noId = check("brokers-no-id", "brokers.filter.noId", viewModel.withoutIdProperty());
        CheckBox noPhone = check("brokers-no-phone", "brokers.filter.noPhone", viewModel.withoutPhoneProperty());
        CheckBox noAccount = check("brokers-no-account", "brokers.filter.noAccount",
                viewModel.withoutAccountProperty());
        Button clear = new Button(messages.get("brokers.filter.clear"));
        clear.setId("brokers-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(event -> viewModel.clearFilters());

        javafx.scene.layout.GridPane choices = new javafx.scene.layout.GridPane();
        choices.setHgap(8);
        choices.setVgap(8);
        for (int column = 0; column < 2; column++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            choices.getColumnConstraints().add(half);
        }
        choices.addRow(0, category, method);
        choices.addRow(1, group, clear);
        for (ComboBox<?> box : java.util.List.of(category, method, group)) {
            box.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.GridPane.setHgrow(box, Priority.ALWAYS);
        }
        FlowPane checks = new FlowPane(14, 6, noId, noPhone, noAccount);

        list.setId("brokers-list");
        list.setAccessibleText(messages.get("nav.brokers"));
        list.setCellFactory(view -> {
            BrokerCell cell = new BrokerCell();
            cell.setPrefWidth(0); // follow the list's width instead of widening it: no sideways scrolling
            return cell;
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        Label empty = new Label(messages.get("brokers.none"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        ProgressIndicator loading = new ProgressIndicator();
        loading.visibleProperty().bind(viewModel.busyProperty());
        loading.setMaxSize(48, 48);
        StackPane listArea = new StackPane(list, loading);
        VBox.setVgrow(listArea, Priority.ALWAYS);

        Label count = new Label();
        count.setId("brokers-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(viewModel.countProperty());

        VBox pane = new VBox(10, search, choices, checks, listArea, count);
        pane.setPrefWidth(430);
        pane.setMinWidth(360);
        return pane;
    }

    private ScrollPane detailPane() {
        detail.setFitToWidth(true);
        detail.setId("brokers-detail-scroll");
        Label hint = new Label(messages.get("brokers.pick"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        detail.setContent(hint);
        return detail;
    }

    private void showDetail(Broker broker) {
        if (broker != null && viewModel.catalogProperty().get() != null) {
            BrokerDetailView view = new BrokerDetailView(broker, viewModel.catalogProperty().get(), messages);
            view.setPadding(new javafx.geometry.Insets(4, 16, 16, 4));
            detail.setContent(view);
            detail.setVvalue(0);
        }
    }

    /** Names the definition files that were left out, so a broken file is seen, not silently lost. */
    private TitledPane leftOutWarning() {
        TextArea lines = new TextArea();
        lines.setId("brokers-left-out-details");
        lines.setAccessibleText(messages.get("brokers.leftOut.help"));
        lines.setEditable(false);
        lines.setPrefRowCount(4);
        lines.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", viewModel.leftOut()), viewModel.leftOut()));
        TitledPane warning = new TitledPane();
        warning.setId("brokers-left-out");
        warning.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        warning.getStyleClass().add(Styles.WARNING);
        warning.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("brokers.leftOut", viewModel.leftOut().size()), viewModel.leftOut()));
        warning.setContent(new VBox(6, wrapped(messages.get("brokers.leftOut.help")), lines));
        warning.setExpanded(false);
        warning.visibleProperty().bind(Bindings.isNotEmpty(viewModel.leftOut()));
        warning.managedProperty().bind(warning.visibleProperty());
        return warning;
    }

    private Label problem() {
        Label problem = Choices.problemLabel("brokers-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        return problem;
    }

    private <T> ComboBox<T> choice(String id, String labelKey, Function<T, String> toText, String anyKey) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setAccessibleText(messages.get(labelKey));
        box.setPromptText(messages.get(anyKey));
        box.setConverter(Choices.shownAs(value -> value == null ? messages.get(anyKey) : toText.apply(value)));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(item == null ? messages.get(anyKey) : toText.apply(item));
            }
        });
        return box;
    }

    private CheckBox check(String id, String key, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Name on the first line; site, category and how to opt out below, so the list reads at a glance. */
    private final class BrokerCell extends ListCell<Broker> {
        @Override
        protected void updateItem(Broker broker, boolean empty) {
            super.updateItem(broker, empty);
            if (empty || broker == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label name = new Label(broker.name());
            name.getStyleClass().add("broker-name");
            String line = broker.mainDomain() + " · " + messages.get("catalog.category." + broker.category().code())
                    + " · " + messages.get("catalog.method." + broker.optOut().method().code());
            Label info = new Label(line);
            info.getStyleClass().add(Styles.TEXT_MUTED);
            HBox top = new HBox(8, name);
            if (broker.priority() != Broker.Priority.NORMAL) {
                Label priority = new Label(messages.get("catalog.priority." + broker.priority().code()));
                priority.getStyleClass().addAll("priority-tag", "priority-" + broker.priority().code());
                top.getChildren().add(priority);
            }
            setText(null);
            setGraphic(new VBox(2, top, info));
            setAccessibleText(broker.name() + ", " + line);
        }
    }
}
