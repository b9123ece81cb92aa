package org.unlisted.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/**
 * The look of the app: one theme for every window, dialogs included. High contrast is AtlantaFX's
 * light theme with its colours replaced (high-contrast.css imports it), so every control keeps working.
 * Light and dark use AtlantaFX's compiled (binary) stylesheets: parsing the CSS text delayed the first window.
 */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheetBSS()),
    DARK(new PrimerDark().getUserAgentStylesheetBSS()),
    HIGH_CONTRAST(Theme.class.getResource("/org/unlisted/ui/high-contrast.css").toExternalForm());

    /** Our own style classes, layered on the theme. */
    public static final String APP_STYLESHEET = Theme.class.getResource("/org/unlisted/ui/unlisted.css").toExternalForm();

    private final String userAgentStylesheet;

    Theme(String userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }

    /** The theme in use now, read back from JavaFX (there is only one for the whole app). */
    public static Theme current() {
        for (Theme theme : values()) {
            if (theme.userAgentStylesheet.equals(Application.getUserAgentStylesheet())) {
                return theme;
            }
        }
        return LIGHT;
    }

    public String messageKey() {
        return "settings.theme." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Theme fromPreference(String value) {
        for (Theme theme : values()) {
            if (theme.name().equalsIgnoreCase(value)) {
                return theme;
            }
        }
        return LIGHT;
    }
}
