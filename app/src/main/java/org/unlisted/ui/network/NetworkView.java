package org.unlisted.ui.network;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.net.ProxyChoice;
import org.unlisted.ui.Choices;
import org.unlisted.ui.Paragraphs;
import org.unlisted.ui.Styles;

/** Network: how Unlisted connects, and every site it contacted since it started. */
public final class NetworkView extends VBox {
    /** Held strongly: bidirectional bindings keep only weak references to the view-model. */
    private final NetworkViewModel viewModel;
    private final Messages messages;

    public NetworkView(NetworkViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().addAll(Styles.PAGE, Styles.FILLS_PAGE);
        setId("network-page");
        Label title = Paragraphs.pageTitle(messages.get("nav.network.title"));
        Label lead = Paragraphs.plain(messages.get("nav.network.description"));
        lead.getStyleClass().add(Styles.LEAD);
        VBox activity = activityCard();
        VBox.setVgrow(activity, Priority.ALWAYS);
        getChildren().addAll(title, lead, connectionCard(), activity);
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                viewModel.close();
            }
        });
    }

    private VBox connectionCard() {
        ComboBox<ProxyChoice.Kind> kind = new ComboBox<>();
        kind.setId("network-proxy-kind");
        kind.getItems().setAll(ProxyChoice.Kind.values());
        kind.setConverter(Choices.shownAs(k -> messages.get("network.proxy." + k.name().toLowerCase(java.util.Locale.ROOT))));
        kind.valueProperty().bindBidirectional(viewModel.proxyKindProperty());
        TextField host = new TextField();
        host.setId("network-proxy-host");
        host.textProperty().bindBidirectional(viewModel.proxyHostProperty());
        TextField port = new TextField();
        port.setId("network-proxy-port");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(viewModel.proxyPortProperty());
        host.disableProperty().bind(kind.valueProperty().isEqualTo(ProxyChoice.Kind.NONE));
        port.disableProperty().bind(host.disableProperty());
        TextField agent = new TextField();
        agent.setId("network-user-agent");
        agent.setPrefColumnCount(36);
        agent.textProperty().bindBidirectional(viewModel.userAgentProperty());

        FlowPane proxyRow = new FlowPane(12, 8, Choices.labelled(messages.get("network.proxy"), kind),
                Choices.labelled(messages.get("network.proxy.host"), host),
                Choices.labelled(messages.get("network.proxy.port"), port));
        proxyRow.setAlignment(Pos.BOTTOM_LEFT);
        Label help = Paragraphs.muted(messages.get("network.proxy.help"));

        Button tor = new Button(messages.get("network.useTor"), new FontIcon(Feather.SHIELD));
        tor.setId("network-use-tor");
        tor.setOnAction(event -> viewModel.useTor());
        Button save = new Button(messages.get("network.save"), new FontIcon(Feather.CHECK));
        save.setId("network-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setOnAction(event -> viewModel.save());
        Label status = new Label();
        status.setId("network-status");
        status.textProperty().bind(viewModel.statusProperty());
        Label problem = Choices.problemLabel("network-problem");
        problem.textProperty().bind(viewModel.problemProperty());
        HBox actions = new HBox(12, save, tor, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label heading = new Label(messages.get("network.connection"));
        heading.getStyleClass().add(Styles.TITLE_3);
        VBox card = new VBox(10, heading, proxyRow, help,
                Choices.labelled(messages.get("network.userAgent"), agent), Paragraphs.muted(messages.get("network.userAgent.help")),
                actions, problem);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    private VBox activityCard() {
        TableView<NetworkViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("network-activity");
        table.setAccessibleText(messages.get("network.activity"));
        table.getColumns().add(column(messages.get("network.column.time"), NetworkViewModel.Row::time));
        table.getColumns().add(column(messages.get("network.column.host"), NetworkViewModel.Row::host));
        table.getColumns().add(column(messages.get("network.column.purpose"), NetworkViewModel.Row::purpose));
        table.getColumns().add(column(messages.get("network.column.outcome"), NetworkViewModel.Row::outcome));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = Paragraphs.plain(messages.get("network.activity.none"));
        table.setPlaceholder(none);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label heading = new Label(messages.get("network.activity"));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label count = new Label();
        count.setId("network-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("network.activity.count", viewModel.rows().size()), viewModel.rows()));
        Button clear = new Button(messages.get("network.activity.clear"), new FontIcon(Feather.TRASH_2));
        clear.setId("network-clear");
        clear.disableProperty().bind(Bindings.isEmpty(viewModel.rows()));
        clear.setOnAction(event -> viewModel.clear());
        HBox top = new HBox(12, heading, count, clear);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(10, top, Paragraphs.muted(messages.get("network.activity.help")), table);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    private static TableColumn<NetworkViewModel.Row, String> column(String title,
            java.util.function.Function<NetworkViewModel.Row, String> value) {
        TableColumn<NetworkViewModel.Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

}
