package org.unlisted.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/** The look of the app: one AtlantaFX theme for the whole app, light or dark. */
public enum Theme {
    LIGHT(new PrimerLight().getUserAgentStylesheet()),
    DARK(new PrimerDark().getUserAgentStylesheet());

    /** Our own style classes, layered on the theme. */
    public static final String APP_STYLESHEET = Theme.class.getResource("/org/unlisted/ui/unlisted.css").toExternalForm();

    private final String userAgentStylesheet;

    Theme(String userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }

    public String messageKey() {
        return "settings.theme." + name().toLowerCase(Locale.ROOT);
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
