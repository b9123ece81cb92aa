package org.unlisted.ui.vault;

import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.ui.Styles;

/** The locked screen: one passphrase box and one button. */
public final class UnlockView extends VBox {
    private static final double READABLE_WIDTH = 560;
    /** Held strongly: bindings keep only weak references to the view-model. */
    private final UnlockViewModel viewModel;
    private final PassphraseField passphrase = new PassphraseField();

    public UnlockView(UnlockViewModel viewModel, Messages messages, Path vaultFile) {
        this.viewModel = viewModel;
        getStyleClass().add(Styles.PAGE);
        setAlignment(Pos.TOP_CENTER);
        setFillWidth(false);

        FontIcon lockIcon = new FontIcon(Feather.LOCK);
        lockIcon.getStyleClass().add(Styles.HERO_ICON);
        Label title = new Label(messages.get("vault.unlock.title"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label lead = VaultViews.wrapped(messages.get("vault.unlock.lead"), READABLE_WIDTH);

        passphrase.setId("unlock-passphrase");
        passphrase.setAccessibleText(messages.get("vault.unlock.passphrase"));
        passphrase.setOnAction(event -> submit());
        passphrase.disableProperty().bind(viewModel.busyProperty());

        Button unlock = new Button(messages.get("vault.unlock.button"), new FontIcon(Feather.UNLOCK));
        unlock.setId("unlock-button");
        unlock.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        unlock.disableProperty().bind(viewModel.busyProperty());
        unlock.setOnAction(event -> submit());

        Label file = VaultViews.wrapped(messages.get("vault.unlock.file", vaultFile.toString()), READABLE_WIDTH);
        file.getStyleClass().add(Styles.TEXT_MUTED);

        VBox form = new VBox(12, VaultViews.labelled(messages.get("vault.unlock.passphrase"), passphrase),
                VaultViews.errorLabel(viewModel.errorProperty(), READABLE_WIDTH),
                VaultViews.busyRow(unlock, viewModel.busyProperty(), messages));
        form.getStyleClass().add(Styles.CARD);
        form.setMinWidth(READABLE_WIDTH);
        form.setMaxWidth(READABLE_WIDTH);

        getChildren().addAll(lockIcon, title, lead, form, file);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                passphrase.requestFocus();
            }
        });
    }

    private void submit() {
        char[] typed = passphrase.copyChars();
        passphrase.clear();
        viewModel.unlock(typed);
    }
}
