package org.unlisted.ui.vault;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.unlisted.core.Messages;
import org.unlisted.ui.task.TaskRunner;
import org.unlisted.ui.task.Work;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.PassphraseStrength;
import org.unlisted.vault.Vault;

/** Auto-lock, change of passphrase, backup and restore. Every passphrase array is wiped after use. */
public final class VaultSettingsViewModel {
    public static final int MIN_AUTOLOCK = 1;
    public static final int MAX_AUTOLOCK = 240;

    private final VaultSession session;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Path vaultFile;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    public VaultSettingsViewModel(VaultSession session, TaskRunner tasks, Messages messages, Path vaultFile) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        this.vaultFile = vaultFile;
    }

    public int autoLockMinutes() {
        return session.autoLockMinutes();
    }

    public void setAutoLockMinutes(int minutes) {
        session.setAutoLockMinutes(Math.max(MIN_AUTOLOCK, Math.min(MAX_AUTOLOCK, minutes)));
    }

    /** Whether a new passphrase may be used: it matches its repetition and is not too short. */
    public static boolean acceptable(char[] chosen, char[] repeated) {
        try {
            return chosen.length > 0 && Arrays.equals(chosen, repeated)
                    && PassphraseStrength.rate(chosen).level() != PassphraseStrength.Level.TOO_SHORT;
        } finally {
            Arrays.fill(chosen, '\0');
            Arrays.fill(repeated, '\0');
        }
    }

    /** Takes ownership of both arrays. */
    public void changePassphrase(char[] current, char[] replacement, Consumer<Throwable> onFailure) {
        Passphrase old = Passphrase.wrap(current);
        Passphrase chosen = Passphrase.wrap(replacement);
        Vault vault = session.vault();
        run(() -> {
            try (old; chosen) {
                vault.changePassphrase(old, chosen);
            }
        }, "vault.changed", onFailure);
    }

    /** Backs up to a file; {@code newPassphrase} null keeps the vault's own. Takes ownership of it. */
    public void backup(Path target, char[] newPassphrase, Consumer<Throwable> onFailure) {
        Passphrase chosen = newPassphrase == null ? null : Passphrase.wrap(newPassphrase);
        Vault vault = session.vault();
        run(() -> {
            try {
                vault.backupTo(target, chosen);
            } finally {
                if (chosen != null) {
                    chosen.destroy();
                }
            }
        }, "vault.backup.done", onFailure);
    }

    /**
     * Locks, then replaces the vault with a verified backup. If the backup does not open or is
     * damaged, the current vault stays exactly as it was. Takes ownership of the passphrase.
     */
    public void restore(Path backup, char[] backupPassphrase, Runnable onRestored, Consumer<Throwable> onFailure) {
        Passphrase secret = Passphrase.wrap(backupPassphrase);
        session.lock();
        run(() -> {
            try (secret) {
                Vault.restore(backup, secret, vaultFile);
            }
        }, "vault.restore.done", onFailure, onRestored);
    }

    private interface Action {
        void run() throws Exception;
    }

    private void run(Action action, String doneKey, Consumer<Throwable> onFailure) {
        run(action, doneKey, onFailure, () -> { });
    }

    private void run(Action action, String doneKey, Consumer<Throwable> onFailure, Runnable onSuccess) {
        result.set("");
        Work.start(tasks, busy, () -> {
            action.run();
            return null;
        }, done -> {
            result.set(messages.get(doneKey));
            onSuccess.run();
        }, onFailure);
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What the last action achieved, in plain words. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
