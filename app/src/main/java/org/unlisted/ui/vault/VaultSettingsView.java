package org.unlisted.ui.vault;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.ui.AppContext;
import org.unlisted.ui.Styles;
import org.unlisted.ui.error.ErrorDialog;

/** The vault part of Settings: auto-lock, change passphrase, backup, restore. */
public final class VaultSettingsView extends VBox {
    private static final double READABLE_WIDTH = 640;
    /** Held strongly: bindings keep only weak references to the view-model. */
    private final VaultSettingsViewModel viewModel;
    private final Messages messages;
    private final Window owner;

    public VaultSettingsView(VaultSession session, AppContext context, Window owner) {
        this.viewModel = new VaultSettingsViewModel(session, context.tasks(), context.messages(), context.vaultFile());
        this.messages = context.messages();
        this.owner = owner;
        setSpacing(12);
        setPadding(new Insets(16, 0, 0, 0));

        Label title = new Label(messages.get("vault.settings.title"));
        title.getStyleClass().add(Styles.TITLE_3);

        Spinner<Integer> minutes = new Spinner<>(VaultSettingsViewModel.MIN_AUTOLOCK, VaultSettingsViewModel.MAX_AUTOLOCK,
                viewModel.autoLockMinutes());
        minutes.setId("autolock-minutes");
        minutes.setEditable(true);
        minutes.setPrefWidth(110);
        minutes.valueProperty().addListener((obs, old, now) -> viewModel.setAutoLockMinutes(now));
        Label autoLock = new Label(messages.get("vault.settings.autolock"));
        autoLock.setLabelFor(minutes);
        HBox autoLockRow = new HBox(10, autoLock, minutes, new Label(messages.get("vault.settings.minutes")));
        autoLockRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Button change = new Button(messages.get("vault.change.button"), new FontIcon(Feather.KEY));
        change.setId("vault-change-passphrase");
        change.setOnAction(event -> changePassphrase());
        Button backup = new Button(messages.get("vault.backup.button"), new FontIcon(Feather.SAVE));
        backup.setId("vault-backup");
        backup.setOnAction(event -> backup());
        Button restore = new Button(messages.get("vault.restore.button"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("vault-restore");
        restore.setOnAction(event -> restore());
        FlowPane actions = new FlowPane(10, 10, change, backup, restore);
        actions.disableProperty().bind(viewModel.busyProperty());

        Label result = VaultViews.wrapped("", READABLE_WIDTH);
        result.setId("vault-settings-result");
        result.getStyleClass().add(Styles.SUCCESS);
        result.textProperty().bind(viewModel.resultProperty());

        Label backupHelp = VaultViews.wrapped(messages.get("vault.backup.help"), READABLE_WIDTH);
        backupHelp.getStyleClass().add(Styles.TEXT_MUTED);

        getChildren().addAll(title, autoLockRow, actions, backupHelp,
                VaultViews.busyIndicator(viewModel.busyProperty(), messages), result);
    }

    private void changePassphrase() {
        PassphraseDialog dialog = PassphraseDialog.forChange(messages, owner);
        dialog.showAndTakeAll().ifPresent(answers ->
                viewModel.changePassphrase(answers[0], answers[1], this::showError));
    }

    private void backup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("vault.backup.choose"));
        chooser.setInitialFileName("unlisted-backup-" + LocalDate.now() + ".db");
        Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath).ifPresent(target -> {
            PassphraseDialog dialog = PassphraseDialog.forBackup(messages, owner);
            dialog.showAndTakeAll().ifPresent(answers ->
                    viewModel.backup(target, answers.length == 0 ? null : answers[0], this::showError));
        });
    }

    private void restore() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("vault.restore.choose"));
        Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath).ifPresent(this::restoreFrom);
    }

    /** Asks for the backup's passphrase, then restores (separate from the file chooser for tests). */
    public void restoreFrom(Path backup) {
        PassphraseDialog dialog = PassphraseDialog.forRestore(messages, owner);
        dialog.showAndTakeAll().ifPresent(answers -> viewModel.restore(backup, answers[0], () -> {
            Alert done = new Alert(Alert.AlertType.INFORMATION, messages.get("vault.restore.done"), ButtonType.OK);
            done.initOwner(owner);
            done.setHeaderText(null);
            done.show();
        }, this::showError));
    }

    private void showError(Throwable error) {
        ErrorDialog.show(owner, error, messages);
    }
}
