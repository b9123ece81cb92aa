package org.unlisted.ui;

import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;

/**
 * Copies a personal detail for pasting into a broker's form, then empties the clipboard after a
 * while, so a name or address does not linger there for whatever is pasted next. If the person
 * copied something else in the meantime, that is theirs and is left alone.
 */
public final class ClipboardGuard {
    public static final Duration CLEAR_AFTER = Duration.seconds(30);

    private final Duration clearAfter;
    private final PauseTransition timer = new PauseTransition();
    private String copied;

    public ClipboardGuard() {
        this(CLEAR_AFTER);
    }

    public ClipboardGuard(Duration clearAfter) {
        this.clearAfter = clearAfter;
        timer.setOnFinished(event -> clearIfUnchanged());
    }

    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        copied = text;
        timer.stop();
        timer.setDuration(clearAfter);
        timer.playFromStart();
    }

    /** Runs now what the timer would run later (also when the vault locks). */
    public void clearIfUnchanged() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (copied != null && clipboard.hasString() && copied.equals(clipboard.getString())) {
            clipboard.clear();
        }
        copied = null;
        timer.stop();
    }
}
