package org.unlisted.ui.vault;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.ui.Styles;
import org.unlisted.vault.PassphraseStrength;

/** Choose a passphrase, understand that it cannot be recovered, create the vault. */
public final class CreateVaultView extends VBox {
    private static final double READABLE_WIDTH = 640;
    /** Held strongly: bindings keep only weak references to the view-model. */
    private final CreateVaultViewModel viewModel;
    private final PassphraseField passphrase = new PassphraseField();
    private final PassphraseField confirmation = new PassphraseField();

    public CreateVaultView(CreateVaultViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        getStyleClass().add(Styles.PAGE);
        setAlignment(Pos.TOP_CENTER);
        setFillWidth(false);

        Label title = new Label(messages.get("vault.create.title"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label lead = VaultViews.wrapped(messages.get("vault.create.lead"), READABLE_WIDTH);

        passphrase.setId("create-passphrase");
        passphrase.setAccessibleText(messages.get("vault.create.passphrase"));
        confirmation.setId("create-confirmation");
        confirmation.setAccessibleText(messages.get("vault.create.confirm"));
        passphrase.lengthProperty().addListener((obs, old, now) -> compare());
        confirmation.lengthProperty().addListener((obs, old, now) -> compare());

        ProgressBar meter = new ProgressBar(0);
        meter.setId("create-strength");
        meter.setPrefWidth(360);
        Label strengthText = new Label();
        strengthText.setId("create-strength-text");
        strengthText.setWrapText(true);
        strengthText.setMaxWidth(READABLE_WIDTH);
        viewModel.strengthProperty().addListener((obs, old, now) -> showStrength(now, meter, strengthText, messages));
        showStrength(viewModel.strengthProperty().get(), meter, strengthText, messages);

        Label mismatch = new Label(messages.get("vault.create.mismatch"));
        mismatch.getStyleClass().add(Styles.DANGER);
        mismatch.visibleProperty().bind(viewModel.mismatchProperty());

        Label warning = VaultViews.wrapped(messages.get("vault.create.warning"), READABLE_WIDTH);
        warning.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        warning.getStyleClass().add(Styles.WARNING);
        CheckBox understood = new CheckBox(messages.get("vault.create.understood"));
        understood.setId("create-understood");
        understood.setWrapText(true);
        understood.setMaxWidth(READABLE_WIDTH);
        understood.selectedProperty().bindBidirectional(viewModel.understoodProperty());

        Label error = VaultViews.errorLabel(viewModel.errorProperty(), READABLE_WIDTH);

        Button create = new Button(messages.get("vault.create.button"), new FontIcon(Feather.LOCK));
        create.setId("create-vault");
        create.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        create.disableProperty().bind(viewModel.canCreateBinding().not());
        create.setOnAction(event -> submit());
        confirmation.setOnAction(event -> submit());

        VBox form = new VBox(8,
                VaultViews.labelled(messages.get("vault.create.passphrase"), passphrase),
                new HBox(10, meter), strengthText,
                VaultViews.labelled(messages.get("vault.create.confirm"), confirmation), mismatch,
                warning, understood);
        form.getStyleClass().add(Styles.CARD);
        form.setMaxWidth(READABLE_WIDTH);
        form.disableProperty().bind(viewModel.busyProperty());

        getChildren().addAll(title, lead, form, error, VaultViews.busyRow(create, viewModel.busyProperty(), messages));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                passphrase.requestFocus();
            }
        });
    }

    private void compare() {
        if (viewModel.busyProperty().get()) {
            return; // the boxes were just cleared after handing over: keep showing what was rated
        }
        viewModel.passphraseChanged(passphrase.copyChars(), confirmation.copyChars());
    }

    private void submit() {
        if (viewModel.canCreateBinding().get()) {
            // Hand over first: clearing the boxes makes the two passphrases "differ" again.
            viewModel.create(passphrase.copyChars());
            passphrase.clear();
            confirmation.clear();
        }
    }

    private static void showStrength(PassphraseStrength strength, ProgressBar meter, Label text, Messages messages) {
        PassphraseStrength.Level level = strength.level();
        meter.setProgress((level.ordinal() + (level == PassphraseStrength.Level.TOO_SHORT ? 0.0 : 1.0))
                / PassphraseStrength.Level.values().length);
        String levelName = messages.get("vault.strength." + level.name().toLowerCase(Locale.ROOT));
        text.setText(levelName + ". " + messages.get(strength.adviceKey()));
    }
}
