package org.unlisted.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * All words the person reads, from {@code org/unlisted/i18n/messages*.properties}. Every text is a
 * {@link MessageFormat} pattern: an apostrophe is written {@code ''}.
 */
public final class Messages {
    public static final String BUNDLE = "org.unlisted.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader()), locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The language asked for: it formats dates and numbers even where the words fall back to English. */
    public Locale locale() {
        return locale;
    }

    /** The text for a key; a missing key shows as the key itself so a gap is visible, not fatal. */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        // Always through MessageFormat, so every text writes an apostrophe the same way ('').
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
