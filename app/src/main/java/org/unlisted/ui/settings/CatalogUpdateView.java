package org.unlisted.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.ui.Styles;

/** The catalog update part of Settings: the address, one button, a way to stop, and what happened. */
public final class CatalogUpdateView extends VBox {
    private static final double READABLE_WIDTH = 640;
    /** Held strongly: bindings keep only weak references to the view-model. */
    private final CatalogUpdateViewModel viewModel;

    public CatalogUpdateView(CatalogUpdateViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        setSpacing(12);
        setPadding(new Insets(16, 0, 0, 0));
        setMaxWidth(READABLE_WIDTH);

        Label title = new Label(messages.get("catalogUpdate.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label help = new Label(messages.get("catalogUpdate.help"));
        help.setWrapText(true);
        help.getStyleClass().add(Styles.TEXT_MUTED);

        TextField address = new TextField();
        address.setId("catalog-update-address");
        address.setPromptText("https://");
        address.textProperty().bindBidirectional(viewModel.addressProperty());
        address.disableProperty().bind(viewModel.busyProperty());
        address.setOnAction(event -> viewModel.check());
        Label addressLabel = new Label(messages.get("catalogUpdate.address"));
        addressLabel.setLabelFor(address);
        addressLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(address, Priority.ALWAYS);
        HBox addressRow = new HBox(10, addressLabel, address);
        addressRow.setAlignment(Pos.CENTER_LEFT);

        Button check = new Button(messages.get("catalogUpdate.check"), new FontIcon(Feather.DOWNLOAD_CLOUD));
        check.setId("catalog-update-check");
        check.disableProperty().bind(viewModel.canCheckProperty().not());
        check.setOnAction(event -> viewModel.check());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Button cancel = new Button(messages.get("catalogUpdate.cancel"));
        cancel.setId("catalog-update-cancel");
        cancel.setOnAction(event -> viewModel.cancel());
        HBox working = new HBox(8, spinner, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(viewModel.busyProperty());
        working.managedProperty().bind(viewModel.busyProperty());
        HBox actions = new HBox(12, check, working);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label result = new Label();
        result.setId("catalog-update-result");
        result.setWrapText(true);
        result.textProperty().bind(viewModel.resultProperty());
        Runnable style = () -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);
            result.getStyleClass().add(viewModel.busyProperty().get() ? Styles.TEXT_MUTED
                    : viewModel.failedProperty().get() ? Styles.DANGER : Styles.SUCCESS);
        };
        viewModel.busyProperty().addListener((obs, was, now) -> style.run());
        viewModel.failedProperty().addListener((obs, was, now) -> style.run());
        style.run();

        getChildren().addAll(title, help, addressRow, actions, result);
    }
}
