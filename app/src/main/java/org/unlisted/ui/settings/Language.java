package org.unlisted.ui.settings;

import java.util.Locale;

/** The languages the app speaks; SYSTEM follows the computer's setting. */
public enum Language {
    SYSTEM(null, null),
    ENGLISH(Locale.ENGLISH, "English"),
    SPANISH(Locale.forLanguageTag("es"), "Español"),
    FRENCH(Locale.FRENCH, "Français");

    private final Locale locale;
    private final String ownName;

    Language(Locale locale, String ownName) {
        this.locale = locale;
        this.ownName = ownName;
    }

    /** The locale to use: the chosen one, or the system's for SYSTEM. */
    public Locale locale() {
        return locale != null ? locale : Locale.getDefault();
    }

    /** A language is named in itself, so a person can find theirs whatever the app shows now. */
    public String ownName() {
        return ownName;
    }

    public static Language fromPreference(String value) {
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(value)) {
                return language;
            }
        }
        return SYSTEM;
    }
}
