package org.unlisted.ui.vault;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.unlisted.core.Messages;
import org.unlisted.ui.error.ErrorReport;
import org.unlisted.ui.task.TaskRunner;
import org.unlisted.ui.task.Work;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.PassphraseStrength;
import org.unlisted.vault.Vault;

/** Choosing a passphrase and creating the vault. Passphrase characters are wiped after each use. */
public final class CreateVaultViewModel {
    private final Path vaultFile;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Vault> onCreated;

    private final ObjectProperty<PassphraseStrength> strength =
            new SimpleObjectProperty<>(PassphraseStrength.rate(new char[0]));
    private final BooleanProperty matches = new SimpleBooleanProperty(false);
    private final BooleanProperty mismatch = new SimpleBooleanProperty(false);
    private final BooleanProperty understood = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canCreate;

    public CreateVaultViewModel(Path vaultFile, TaskRunner tasks, Messages messages, Consumer<Vault> onCreated) {
        this.vaultFile = vaultFile;
        this.tasks = tasks;
        this.messages = messages;
        this.onCreated = onCreated;
        canCreate = Bindings.createBooleanBinding(
                () -> matches.get() && understood.get() && !busy.get()
                        && strength.get().level() != PassphraseStrength.Level.TOO_SHORT,
                matches, understood, busy, strength);
    }

    /** Rates the passphrase and compares it with the confirmation; wipes both arrays. */
    public void passphraseChanged(char[] passphrase, char[] confirmation) {
        try {
            strength.set(PassphraseStrength.rate(passphrase));
            matches.set(passphrase.length > 0 && Arrays.equals(passphrase, confirmation));
            // Only say "not the same" once the second one is as long as the first, not while typing it.
            mismatch.set(!matches.get() && confirmation.length > 0 && confirmation.length >= passphrase.length);
        } finally {
            Arrays.fill(passphrase, '\0');
            Arrays.fill(confirmation, '\0');
        }
    }

    /** Creates the vault in the background; takes ownership of the passphrase array. */
    public void create(char[] passphrase) {
        if (!canCreate.get()) {
            Arrays.fill(passphrase, '\0');
            return;
        }
        Passphrase secret = Passphrase.wrap(passphrase);
        error.set("");
        Work.start(tasks, busy, () -> {
            try (secret) {
                return Vault.create(vaultFile, secret);
            }
        }, onCreated, failure -> {
            passphraseChanged(new char[0], new char[0]); // the boxes are empty now: type again
            error.set(ErrorReport.of(failure, messages).message());
        });
    }

    public ObjectProperty<PassphraseStrength> strengthProperty() {
        return strength;
    }

    public BooleanProperty matchesProperty() {
        return matches;
    }

    public BooleanProperty mismatchProperty() {
        return mismatch;
    }

    public BooleanProperty understoodProperty() {
        return understood;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canCreateBinding() {
        return canCreate;
    }
}
