package org.unlisted.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Running text on a page: wraps, and never shrinks to one line with "..." when space is short. */
public final class Paragraphs {
    private Paragraphs() {
    }

    public static Label plain(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A page's title: with large text or in a longer language it takes two lines rather than "...". */
    public static Label pageTitle(String text) {
        Label label = plain(text);
        label.getStyleClass().add(Styles.PAGE_TITLE);
        return label;
    }

    /** Help text, quieter than the words around it. */
    public static Label muted(String text) {
        Label label = plain(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }
}
