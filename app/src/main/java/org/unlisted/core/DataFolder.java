package org.unlisted.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Unlisted keeps its files (the vault, the log, window settings), following each
 * operating system's convention. {@code --data-dir} wins, then {@code UNLISTED_HOME}.
 */
public final class DataFolder {
    public static final String ENV_VARIABLE = "UNLISTED_HOME";
    private static final String APP_DIR = "unlisted";

    private final Path root;

    private DataFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static DataFolder at(Path root) {
        return new DataFolder(root);
    }

    /** The folder chosen by command-line option, environment, or OS convention, in that order. */
    public static DataFolder resolve(Path commandLineOverride) {
        return resolve(commandLineOverride, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    static DataFolder resolve(Path override, Map<String, String> env, String osName, Path home) {
        if (override != null) {
            return new DataFolder(override);
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataFolder(Path.of(fromEnv));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return new DataFolder(base.resolve("Unlisted"));
        }
        if (os.contains("mac")) {
            return new DataFolder(home.resolve("Library").resolve("Application Support").resolve("Unlisted"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return new DataFolder(base.resolve(APP_DIR));
    }

    public Path root() {
        return root;
    }

    public Path vaultFile() {
        return root.resolve("vault.db");
    }

    public Path logFolder() {
        return root.resolve("logs");
    }

    /** Non-personal window and language preferences (never anything that identifies a person). */
    public Path preferencesFile() {
        return root.resolve("preferences.properties");
    }

    /** Creates the folder if needed, readable by the owner only where the file system allows. */
    public DataFolder create() throws IOException {
        Files.createDirectories(root);
        OwnerOnly.restrict(root);
        return this;
    }
}
