package org.unlisted.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesTest {
    @Test
    void savedValuesComeBack(@TempDir Path dir) {
        Path file = dir.resolve("sub/preferences.properties");
        Preferences preferences = Preferences.load(file);
        preferences.put("window.width", "1000.5");
        preferences.put("theme", "DARK");
        preferences.save();

        Preferences again = Preferences.load(file);
        assertThat(again.getDouble("window.width", 0)).isEqualTo(1000.5);
        assertThat(again.get("theme")).contains("DARK");
        assertThat(Files.exists(dir.resolve("sub/preferences.properties.partial"))).isFalse();
    }

    @Test
    void aDamagedFileMeansDefaultsNotACrash(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("preferences.properties");
        Files.writeString(file, "window.width=wide\nbroken=\\u12");
        Preferences preferences = Preferences.load(file);
        assertThat(preferences.getDouble("window.width", 42)).isEqualTo(42);
        assertThat(preferences.getBoolean("firstRun.done")).isFalse();
    }
}
