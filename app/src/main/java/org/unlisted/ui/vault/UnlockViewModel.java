package org.unlisted.ui.vault;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.unlisted.core.Messages;
import org.unlisted.ui.error.ErrorReport;
import org.unlisted.ui.task.TaskRunner;
import org.unlisted.ui.task.Work;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.UnlockThrottle;
import org.unlisted.vault.Vault;

/** Unlocking: one attempt at a time, each after the delay that repeated failures have earned. */
public final class UnlockViewModel {
    private final Path vaultFile;
    private final TaskRunner tasks;
    private final Messages messages;
    private final UnlockThrottle throttle;
    private final Consumer<Vault> onUnlocked;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public UnlockViewModel(Path vaultFile, TaskRunner tasks, Messages messages, UnlockThrottle throttle,
                           Consumer<Vault> onUnlocked) {
        this.vaultFile = vaultFile;
        this.tasks = tasks;
        this.messages = messages;
        this.throttle = throttle;
        this.onUnlocked = onUnlocked;
    }

    /** Tries the passphrase in the background; takes ownership of the array. */
    public void unlock(char[] passphrase) {
        if (busy.get() || passphrase.length == 0) {
            Arrays.fill(passphrase, '\0');
            if (!busy.get()) {
                error.set(messages.get("vault.unlock.empty"));
            }
            return;
        }
        Passphrase secret = Passphrase.wrap(passphrase);
        long waitMillis = throttle.delayBeforeNextAttempt().toMillis();
        error.set(waitMillis > 0 ? messages.get("vault.unlock.waiting", (waitMillis + 999) / 1000) : "");
        Work.start(tasks, busy, () -> {
            try (secret) {
                if (waitMillis > 0) {
                    Thread.sleep(waitMillis);
                }
                return Vault.open(vaultFile, secret);
            }
        }, vault -> {
            throttle.recordSuccess();
            error.set("");
            onUnlocked.accept(vault);
        }, failure -> {
            throttle.recordFailure();
            error.set(ErrorReport.of(failure, messages).message());
        });
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
