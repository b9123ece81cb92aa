package org.unlisted.ui.error;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unlisted.core.Messages;
import org.unlisted.ui.Styles;

/** Shows a failure in plain words with its code and a "Copy details" button; logs the technical side. */
public final class ErrorDialog {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);

    private ErrorDialog() {
    }

    public static Alert create(Window owner, Throwable error, Messages messages) {
        ErrorReport report = ErrorReport.of(error, messages);
        LOG.warn("Shown to the user: error {}", report.code(), error);

        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(report.message());

        Label code = new Label(messages.get("error.code", report.code()));
        code.getStyleClass().add(Styles.ERROR_CODE);
        Button copy = new Button(messages.get("error.copyDetails"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(report.details());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copy.setText(messages.get("error.copied"));
        });
        VBox body = new VBox(8, code, copy);
        alert.getDialogPane().setContent(body);
        return alert;
    }

    public static void show(Window owner, Throwable error, Messages messages) {
        create(owner, error, messages).show();
    }
}
