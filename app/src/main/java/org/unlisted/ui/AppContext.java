package org.unlisted.ui;

import java.nio.file.Path;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.core.DataFolder;
import org.unlisted.core.Messages;
import org.unlisted.core.Preferences;
import org.unlisted.ui.task.TaskRunner;

/**
 * What every screen may need: words, preferences, the place for slow work, where files live, and
 * the broker catalog (read once, in the background, at start-up).
 */
public record AppContext(Messages messages, Preferences preferences, TaskRunner tasks,
                         DataFolder dataFolder, Path vaultFile, CatalogSupply catalog) {
}
