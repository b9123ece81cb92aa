package org.unlisted.ui.settings;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.unlisted.core.Preferences;
import org.unlisted.ui.theme.TextSize;
import org.unlisted.ui.theme.Theme;

/** Appearance, text size and language; changes take effect at once and are remembered. */
public final class SettingsViewModel {
    public static final String THEME_KEY = "theme";
    public static final String TEXT_SIZE_KEY = "textSize";
    public static final String LANGUAGE_KEY = "language";

    private final ObjectProperty<Theme> theme;
    private final ObjectProperty<TextSize> textSize;
    private final ObjectProperty<Language> language;

    public SettingsViewModel(Preferences preferences, Consumer<Theme> applyTheme, Consumer<TextSize> applyTextSize,
                             Consumer<Language> applyLanguage) {
        theme = new SimpleObjectProperty<>(savedTheme(preferences));
        textSize = new SimpleObjectProperty<>(savedTextSize(preferences));
        language = new SimpleObjectProperty<>(Language.fromPreference(preferences.get(LANGUAGE_KEY).orElse("")));
        remember(theme, preferences, THEME_KEY, applyTheme);
        remember(textSize, preferences, TEXT_SIZE_KEY, applyTextSize);
        remember(language, preferences, LANGUAGE_KEY, applyLanguage);
    }

    private static <T extends Enum<T>> void remember(ObjectProperty<T> property, Preferences preferences, String key,
                                                     Consumer<T> apply) {
        property.addListener((obs, old, now) -> {
            preferences.put(key, now.name());
            preferences.save();
            apply.accept(now);
        });
    }

    public static Theme savedTheme(Preferences preferences) {
        return Theme.fromPreference(preferences.get(THEME_KEY).orElse(""));
    }

    public static TextSize savedTextSize(Preferences preferences) {
        return TextSize.fromPreference(preferences.get(TEXT_SIZE_KEY).orElse(""));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }
}
