package org.unlisted.ui.settings;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.catalog.bundle.BundleProblem;
import org.unlisted.catalog.bundle.InstalledUpdate;
import org.unlisted.core.Messages;
import org.unlisted.core.Preferences;
import org.unlisted.core.UnlistedException;
import org.unlisted.net.Cancellation;
import org.unlisted.net.CatalogUpdate;
import org.unlisted.ui.task.TaskRunner;
import org.unlisted.ui.task.Work;

/**
 * The catalog update address (remembered, empty until the person enters one) and the check,
 * which goes online only when the button is pressed and can be stopped.
 */
public final class CatalogUpdateViewModel {
    /** Without a dot, so it cannot be mistaken for a message key. */
    public static final String ADDRESS_KEY = "catalogUpdateUrl";

    private final Preferences preferences;
    private final Supplier<CatalogUpdate> updates;
    private final CatalogSupply catalog;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty address;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canCheck;
    private Cancellation cancellation = new Cancellation();

    public CatalogUpdateViewModel(Preferences preferences, Supplier<CatalogUpdate> updates, CatalogSupply catalog,
                                  TaskRunner tasks, Messages messages) {
        this.preferences = preferences;
        this.updates = updates;
        this.catalog = catalog;
        this.tasks = tasks;
        this.messages = messages;
        this.address = new SimpleStringProperty(preferences.get(ADDRESS_KEY).orElse(""));
        this.canCheck = Bindings.createBooleanBinding(() -> !busy.get() && !address.get().isBlank(), busy, address);
    }

    /** Saves the address and fetches, checks and installs the update on a background thread. */
    public void check() {
        if (!canCheck.get()) {
            return;
        }
        String url = address.get().strip();
        preferences.put(ADDRESS_KEY, url);
        preferences.save();
        cancellation = new Cancellation();
        Cancellation mine = cancellation;
        result.set(messages.get("catalogUpdate.checking"));
        failed.set(false);
        Work.start(tasks, busy, () -> updates.get().run(url, mine), this::done, this::refused);
    }

    public void cancel() {
        cancellation.cancel();
    }

    private void done(InstalledUpdate.Outcome outcome) {
        if (outcome.installed()) {
            catalog.replace(outcome.catalog());
            result.set(messages.get("catalogUpdate.installed", outcome.after(), outcome.before()));
        } else {
            result.set(messages.get("catalogUpdate.upToDate", outcome.after()));
        }
    }

    private void refused(Throwable error) {
        failed.set(true);
        if (error instanceof UnlistedException problem) {
            String reason = problem.describe(messages);
            boolean refusal = problem.problem() instanceof BundleProblem bundle && bundle.isRefusal();
            result.set(messages.get(refusal ? "catalogUpdate.refused" : "catalogUpdate.failed", reason));
        } else {
            result.set(messages.get("catalogUpdate.failed", messages.get("error.unexpected")));
        }
    }

    public StringProperty addressProperty() {
        return address;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    /** What the last check did, in plain words. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Whether the last check ended without an update in place (refused, unreachable, stopped). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
