package org.unlisted.ui.people;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.unlisted.core.Messages;
import org.unlisted.ui.Choices;

/** Records a client's consent; a problem shows in the dialog, which stays open. */
final class ConsentDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();

    ConsentDialog(PeopleViewModel viewModel, Messages messages, Window owner, LocalDate today) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("people.consent.record"));
        dialog.setHeaderText(messages.get("people.consent.record"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        DatePicker given = new DatePicker(today);
        given.setId("consent-given");
        ToggleGroup scope = new ToggleGroup();
        RadioButton all = new RadioButton(messages.get("people.consent.scope.all"));
        all.setId("consent-all");
        all.setToggleGroup(scope);
        all.setSelected(true);
        RadioButton some = new RadioButton(messages.get("people.consent.scope.some"));
        some.setId("consent-some");
        some.setToggleGroup(scope);
        TextField brokers = new TextField();
        brokers.setId("consent-brokers");
        brokers.setPromptText("spokeo, whitepages");
        brokers.disableProperty().bind(all.selectedProperty());
        TextField obtained = new TextField();
        obtained.setId("consent-obtained");
        DatePicker expires = new DatePicker(today.plusYears(1));
        expires.setId("consent-expires");
        Label problem = Choices.problemLabel("consent-problem");
        Label who = new Label(messages.get("people.consent.advocate", viewModel.advocate()));
        who.setWrapText(true);
        VBox body = new VBox(8,
                Choices.labelled(messages.get("people.consent.given"), given),
                new VBox(4, new Label(messages.get("people.consent.scope")), all, some, brokers),
                Choices.labelled(messages.get("people.consent.obtained"), obtained),
                Choices.labelled(messages.get("people.consent.expires"), expires),
                who, problem);
        body.setPrefWidth(440);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, event -> {
            if (viewModel.advocate().isBlank()) {
                problem.setText(messages.get("people.consent.noAdvocate"));
                event.consume();
                return;
            }
            List<String> ids = all.isSelected() ? List.of() : Arrays.stream(brokers.getText().split(","))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (!all.isSelected() && ids.isEmpty()) {
                problem.setText(messages.get("people.error.consentInvalid"));
                event.consume();
                return;
            }
            String trouble = viewModel.recordConsent(given.getValue(), ids, obtained.getText(), expires.getValue());
            if (trouble != null) {
                problem.setText(trouble);
                event.consume();
            }
        });
    }

    void show() {
        dialog.showAndWait();
    }
}
