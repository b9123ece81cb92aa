package org.unlisted.ui.theme;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How large the app's text is. Every window's root gets one style class from unlisted.css that sets
 * its font size; AtlantaFX and our own styles size everything else in em, so the whole app follows.
 */
public enum TextSize {
    NORMAL(100),
    LARGER(125),
    LARGE(150),
    LARGEST(200);

    /** AtlantaFX's root font size at 100%. */
    public static final double BASE_PIXELS = 14;

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    public double pixels() {
        return BASE_PIXELS * percent / 100;
    }

    public String styleClass() {
        return "text-size-" + percent;
    }

    /** "150%", "150 %" in French: written the reader's way. */
    public String shownIn(Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(percent / 100.0);
    }

    public static TextSize fromPreference(String value) {
        for (TextSize size : values()) {
            if (size.name().equalsIgnoreCase(value)) {
                return size;
            }
        }
        return NORMAL;
    }
}
