package org.unlisted.ui.settings;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.unlisted.core.Preferences;
import org.unlisted.ui.theme.Theme;

/** Appearance and language; changes take effect at once and are remembered. */
public final class SettingsViewModel {
    public static final String THEME_KEY = "theme";
    public static final String LANGUAGE_KEY = "language";

    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<Language> language;

    public SettingsViewModel(Preferences preferences, Consumer<Theme> applyTheme, Consumer<Language> applyLanguage) {
        theme = new SimpleObjectProperty<>(Theme.fromPreference(preferences.get(THEME_KEY).orElse("")));
        language = new SimpleObjectProperty<>(Language.fromPreference(preferences.get(LANGUAGE_KEY).orElse("")));
        theme.addListener((obs, old, now) -> {
            preferences.put(THEME_KEY, now.name());
            preferences.save();
            applyTheme.accept(now);
        });
        language.addListener((obs, old, now) -> {
            preferences.put(LANGUAGE_KEY, now.name());
            preferences.save();
            applyLanguage.accept(now);
        });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }
}
