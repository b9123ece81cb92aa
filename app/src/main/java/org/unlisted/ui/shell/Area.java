package org.unlisted.ui.shell;

import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The parts of the app listed in the sidebar. */
public enum Area {
    DASHBOARD(Feather.HOME),
    PLAN(Feather.CHECK_SQUARE),
    PEOPLE(Feather.USERS),
    BROKERS(Feather.GLOBE),
    LETTERS(Feather.MAIL),
    NETWORK(Feather.WIFI),
    SETTINGS(Feather.SETTINGS);

    private final Ikon icon;

    Area(Ikon icon) {
        this.icon = icon;
    }

    public Ikon icon() {
        return icon;
    }

    /** Key of the sidebar label; {@code .title} and {@code .description} follow it for the page. */
    public String messageKey() {
        return "nav." + name().toLowerCase(Locale.ROOT);
    }
}
