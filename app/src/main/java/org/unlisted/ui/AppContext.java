package org.unlisted.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.core.DataFolder;
import org.unlisted.core.Messages;
import org.unlisted.core.Preferences;
import org.unlisted.net.NetworkSession;
import org.unlisted.ui.task.TaskRunner;

/**
 * What every screen may need: words, preferences, the place for slow work, where files live, the
 * broker catalog (read once, in the background, at start-up), and the system browser, which opens
 * a broker's page only when the person asks, and the network, used only for an action the person starts.
 */
public record AppContext(Messages messages, Preferences preferences, TaskRunner tasks,
                         DataFolder dataFolder, Path vaultFile, CatalogSupply catalog, Consumer<String> browser,
                         NetworkSession network) {

    /** The same, in other words (after a language change). */
    public AppContext withMessages(Messages other) {
        return new AppContext(other, preferences, tasks, dataFolder, vaultFile, catalog, browser, network);
    }
}
