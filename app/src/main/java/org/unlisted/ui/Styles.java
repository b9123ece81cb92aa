package org.unlisted.ui;

/** Style classes from unlisted.css and AtlantaFX, named once so views never inline styles. */
public final class Styles {
    public static final String SIDEBAR = "sidebar";
    public static final String SIDEBAR_SCROLL = "sidebar-scroll";
    public static final String SIDEBAR_BUTTON = "sidebar-button";
    public static final String APP_TITLE = "app-title";
    public static final String STATUS_BAR = "status-bar";
    public static final String PAGE = "page";
    public static final String PAGE_TITLE = "page-title";
    /** A page that scrolls its own parts and should fill the window rather than scroll as a whole. */
    public static final String FILLS_PAGE = "fills-page";
    public static final String LEAD = "lead";
    /** A list beside its detail ({@link ListAndDetail}). */
    public static final String LIST_AND_DETAIL = "list-and-detail";
    public static final String CARD = "card-box";
    public static final String PROMISE = "promise";
    public static final String ERROR_CODE = "error-code";
    public static final String HERO_ICON = "hero-icon";
    /** A choice in Settings: wide enough for its longest words, in em so it grows with the text. */
    public static final String SETTINGS_CHOICE = "settings-choice";

    public static final String TITLE_1 = atlantafx.base.theme.Styles.TITLE_1;
    public static final String TITLE_3 = atlantafx.base.theme.Styles.TITLE_3;
    public static final String TEXT_MUTED = atlantafx.base.theme.Styles.TEXT_MUTED;
    public static final String ACCENT = atlantafx.base.theme.Styles.ACCENT;
    public static final String DANGER = atlantafx.base.theme.Styles.DANGER;
    public static final String SUCCESS = atlantafx.base.theme.Styles.SUCCESS;
    public static final String WARNING = atlantafx.base.theme.Styles.WARNING;
    public static final String FLAT = atlantafx.base.theme.Styles.FLAT;
    public static final String LARGE = atlantafx.base.theme.Styles.LARGE;

    private Styles() {
    }
}
