package org.unlisted.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preferences that must be readable before the vault is unlocked and reveal nothing about a
 * person: theme, language, window placement, whether the welcome screen was seen. Anything
 * personal belongs in the vault instead.
 */
public final class Preferences {
    private static final Logger LOG = LoggerFactory.getLogger(Preferences.class);

    private final Path file;
    private final Properties values = new Properties();

    private Preferences(Path file) {
        this.file = file;
    }

    /** Loads the file if it exists; an unreadable file is treated as empty, never fatal. */
    public static Preferences load(Path file) {
        Preferences preferences = new Preferences(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                preferences.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Preferences could not be read; starting with defaults", e);
                preferences.values.clear();
            }
        }
        return preferences;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public double getDouble(String key, double fallback) {
        try {
            return get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean getBoolean(String key) {
        return get(key).map(Boolean::parseBoolean).orElse(false);
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
    }

    /** Writes atomically so a crash never leaves a half-written file. */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                values.store(out, "Unlisted preferences (nothing personal is stored here)");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Preferences could not be saved", e);
        }
    }
}
