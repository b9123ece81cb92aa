package org.unlisted.ui.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.unlisted.core.Messages;
import org.unlisted.ui.Styles;

/**
 * A dialog that asks for one or more passphrases and hands them over as char[] (never Strings).
 * OK stays disabled until what was typed is usable.
 */
public final class PassphraseDialog {
    private static final double WIDTH = 460;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final VBox body = new VBox(8);
    private final List<PassphraseField> fields = new ArrayList<>();
    /** Which fields to hand over when OK is pressed, given the dialog's current choices. */
    private java.util.function.Supplier<List<PassphraseField>> answers = () -> fields;
    private BooleanSupplier valid = () -> true;

    private PassphraseDialog(Messages messages, Window owner, String titleKey, String leadKey) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(titleKey));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        body.setPrefWidth(WIDTH);
        body.getChildren().add(VaultViews.wrapped(messages.get(leadKey), WIDTH));
        dialog.getDialogPane().setContent(body);
        // Start where the person types, not on the Cancel button.
        dialog.setOnShown(event -> javafx.application.Platform.runLater(() -> fields.stream()
                .filter(f -> !f.isDisabled()).findFirst().ifPresent(PassphraseField::requestFocus)));
    }

    private PassphraseField field(String id, String label, Messages messages) {
        PassphraseField field = new PassphraseField();
        field.setId(id);
        field.setAccessibleText(messages.get(label));
        field.setMaxWidth(WIDTH);
        field.lengthProperty().addListener((obs, old, now) -> revalidate());
        fields.add(field);
        body.getChildren().add(VaultViews.labelled(messages.get(label), field));
        return field;
    }

    private void add(Node node) {
        body.getChildren().add(node);
    }

    private void revalidate() {
        dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(!valid.getAsBoolean());
    }

    private static boolean newPassphraseOk(PassphraseField chosen, PassphraseField repeated) {
        return VaultSettingsViewModel.acceptable(chosen.copyChars(), repeated.copyChars());
    }

    static PassphraseDialog forChange(Messages messages, Window owner) {
        PassphraseDialog d = new PassphraseDialog(messages, owner, "vault.change.title", "vault.change.lead");
        PassphraseField current = d.field("change-current", "vault.change.current", messages);
        PassphraseField chosen = d.field("change-new", "vault.change.new", messages);
        PassphraseField repeated = d.field("change-repeat", "vault.change.repeat", messages);
        d.valid = () -> current.lengthProperty().get() > 0 && newPassphraseOk(chosen, repeated);
        d.answers = () -> List.of(current, chosen);
        d.revalidate();
        return d;
    }

    static PassphraseDialog forBackup(Messages messages, Window owner) {
        PassphraseDialog d = new PassphraseDialog(messages, owner, "vault.backup.title", "vault.backup.lead");
        ToggleGroup choice = new ToggleGroup();
        RadioButton same = new RadioButton(messages.get("vault.backup.same"));
        same.setId("backup-same");
        same.setToggleGroup(choice);
        same.setSelected(true);
        RadioButton other = new RadioButton(messages.get("vault.backup.new"));
        other.setId("backup-new");
        other.setToggleGroup(choice);
        d.add(same);
        d.add(other);
        PassphraseField chosen = d.field("backup-passphrase", "vault.change.new", messages);
        PassphraseField repeated = d.field("backup-repeat", "vault.change.repeat", messages);
        chosen.disableProperty().bind(same.selectedProperty());
        repeated.disableProperty().bind(same.selectedProperty());
        choice.selectedToggleProperty().addListener((obs, old, now) -> d.revalidate());
        d.valid = () -> same.isSelected() || newPassphraseOk(chosen, repeated);
        d.answers = () -> same.isSelected() ? List.of() : List.of(chosen);
        d.revalidate();
        return d;
    }

    static PassphraseDialog forRestore(Messages messages, Window owner) {
        PassphraseDialog d = new PassphraseDialog(messages, owner, "vault.restore.title", "vault.restore.lead");
        Label warning = VaultViews.wrapped(messages.get("vault.restore.warning"), WIDTH);
        warning.getStyleClass().add(Styles.WARNING);
        d.add(warning);
        PassphraseField passphrase = d.field("restore-passphrase", "vault.restore.passphrase", messages);
        d.valid = () -> passphrase.lengthProperty().get() > 0;
        d.revalidate();
        return d;
    }

    /** A new passphrase, typed twice, for a file handed to someone else (a case file). */
    public static PassphraseDialog forNewFilePassphrase(Messages messages, Window owner, String titleKey,
                                                        String leadKey) {
        PassphraseDialog d = new PassphraseDialog(messages, owner, titleKey, leadKey);
        PassphraseField chosen = d.field("file-passphrase", "vault.change.new", messages);
        PassphraseField repeated = d.field("file-repeat", "vault.change.repeat", messages);
        d.valid = () -> newPassphraseOk(chosen, repeated);
        d.answers = () -> List.of(chosen);
        d.revalidate();
        return d;
    }

    /** The passphrase of a file someone handed over. */
    public static PassphraseDialog forFilePassphrase(Messages messages, Window owner, String titleKey,
                                                     String leadKey) {
        PassphraseDialog d = new PassphraseDialog(messages, owner, titleKey, leadKey);
        PassphraseField passphrase = d.field("file-passphrase", "people.caseFile.passphrase", messages);
        d.valid = () -> passphrase.lengthProperty().get() > 0;
        d.revalidate();
        return d;
    }

    /** Shows the dialog; on OK returns the chosen passphrases (the caller owns and wipes them). */
    public Optional<char[][]> showAndTakeAll() {
        Optional<ButtonType> pressed = dialog.showAndWait();
        try {
            if (pressed.isEmpty() || pressed.get() != ButtonType.OK || !valid.getAsBoolean()) {
                return Optional.empty();
            }
            List<PassphraseField> chosen = answers.get();
            char[][] result = new char[chosen.size()][];
            for (int i = 0; i < result.length; i++) {
                result[i] = chosen.get(i).copyChars();
            }
            return Optional.of(result);
        } finally {
            fields.forEach(PassphraseField::clear);
        }
    }
}
