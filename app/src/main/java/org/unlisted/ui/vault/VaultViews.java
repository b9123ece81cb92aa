package org.unlisted.ui.vault;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.unlisted.core.Messages;
import org.unlisted.ui.Styles;

/** Small building blocks shared by the vault screens. */
final class VaultViews {
    private VaultViews() {
    }

    static Label wrapped(String text, double width) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(width);
        return label;
    }

    static VBox labelled(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        return new VBox(4, label, field);
    }

    /** A red message that appears only when there is something to say. */
    static Label errorLabel(ReadOnlyStringProperty message, double width) {
        Label error = org.unlisted.ui.Choices.problemLabel("vault-error");
        error.setMaxWidth(width);
        error.textProperty().bind(message);
        return error;
    }

    /** The main button with the busy indicator beside it. */
    static HBox busyRow(Button button, BooleanProperty busy, Messages messages) {
        HBox row = new HBox(12, button, busyIndicator(busy, messages));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A spinner and "Working…", shown only while a task runs. */
    static HBox busyIndicator(BooleanProperty busy, Messages messages) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        Label working = new Label(messages.get("vault.working"));
        working.getStyleClass().add(Styles.TEXT_MUTED);
        HBox indicator = new HBox(8, spinner, working);
        indicator.setAlignment(Pos.CENTER_LEFT);
        indicator.visibleProperty().bind(busy);
        indicator.managedProperty().bind(busy);
        return indicator;
    }
}
