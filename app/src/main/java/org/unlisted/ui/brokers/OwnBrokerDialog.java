package org.unlisted.ui.brokers;

import java.util.Arrays;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.OwnBrokers;
import org.unlisted.core.Messages;
import org.unlisted.ui.Choices;

/** Adds a site the catalog does not list. A problem is shown in the dialog, which stays open. */
final class OwnBrokerDialog {
    private static final double WIDTH = 460;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    OwnBrokerDialog(BrokersViewModel viewModel, Messages messages, Window owner) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("brokers.own.title"));
        dialog.setHeaderText(messages.get("brokers.own.title"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        TextField name = field("own-name");
        TextField site = field("own-site");
        site.setPromptText("example.com");
        ComboBox<Broker.Category> category = new ComboBox<>();
        category.setId("own-category");
        category.getItems().setAll(Arrays.asList(Broker.Category.values()));
        category.setValue(Broker.Category.PEOPLE_SEARCH);
        category.setConverter(Choices.shownAs(value -> messages.get("catalog.category." + value.code())));
        TextField page = field("own-page");
        page.setPromptText("https://example.com/opt-out");
        TextField email = field("own-email");
        email.setPromptText("privacy@example.com");
        TextArea notes = new TextArea();
        notes.setId("own-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        Label problem = Choices.problemLabel("own-problem");

        Label lead = new Label(messages.get("brokers.own.lead"));
        lead.setWrapText(true);
        VBox body = new VBox(8, lead,
                Choices.labelled(messages.get("brokers.own.name"), name),
                Choices.labelled(messages.get("brokers.own.site"), site),
                Choices.labelled(messages.get("brokers.filter.category"), category),
                Choices.labelled(messages.get("brokers.own.page"), page),
                Choices.labelled(messages.get("brokers.own.email"), email),
                Choices.labelled(messages.get("brokers.own.notes"), notes),
                problem);
        body.setPrefWidth(WIDTH);
        dialog.getDialogPane().setContent(body);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK))
                .setText(messages.get("brokers.own.save"));
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            String trouble = viewModel.addOwn(new OwnBrokers.Form(name.getText(), site.getText(),
                    category.getValue(), page.getText(), email.getText(), notes.getText()));
            if (trouble != null) {
                problem.setText(trouble);
                event.consume();
            }
        });
        dialog.setOnShown(event -> javafx.application.Platform.runLater(name::requestFocus));
    }

    void show() {
        dialog.showAndWait();
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setMaxWidth(WIDTH);
        return field;
    }
}
