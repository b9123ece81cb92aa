package org.unlisted.ui.theme;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What every window gets, dialogs included: our stylesheet, the chosen text size on its root, and Tab
 * leaving a text area like any other field. (A scroll pane already scrolls to a control reached with Tab.)
 */
public final class Appearance {
    private static final String DRESSED = "unlisted.dressed";

    private static TextSize textSize = TextSize.NORMAL;
    private static boolean watching;

    private Appearance() {
    }

    /** From now on, every window that opens is dressed; those open already are dressed now. */
    public static void dressEveryWindow() {
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(Appearance::dress);
                }
            });
        }
        Window.getWindows().forEach(Appearance::dress);
    }

    /** At start-up, before the first window shows: the look the person chose last time. */
    public static void start(Theme theme, TextSize size) {
        theme.apply();
        use(size);
    }

    /** Changes the text size of every open window at once, and of those opened later. */
    public static void use(TextSize size) {
        textSize = size;
        Window.getWindows().forEach(Appearance::dress);
    }

    public static TextSize textSize() {
        return textSize;
    }

    private static void dress(Window window) {
        // Pop-ups (menus, lists of a combo box, tooltips) take their look from the control they belong to.
        if (window instanceof Stage && window.getScene() != null) {
            dress(window.getScene());
        }
    }

    public static void dress(Scene scene) {
        if (!scene.getStylesheets().contains(Theme.APP_STYLESHEET)) {
            scene.getStylesheets().add(Theme.APP_STYLESHEET);
        }
        sizeText(scene.getRoot());
        if (!scene.getProperties().containsKey(DRESSED)) {
            scene.getProperties().put(DRESSED, Boolean.TRUE);
            scene.rootProperty().addListener((obs, old, now) -> sizeText(now));
            scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> tabOutOfTextArea(scene, event));
        }
    }

    /**
     * In a text area Tab would type a tab, trapping a keyboard user who expects the next field; no
     * field here needs a tab character. Ctrl+Tab is JavaFX's own "next field" inside a text area.
     */
    private static void tabOutOfTextArea(Scene scene, KeyEvent event) {
        if (event.getCode() == KeyCode.TAB && !event.isShiftDown() && !event.isControlDown()
                && scene.getFocusOwner() instanceof TextArea area) {
            event.consume();
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, true, false, false));
        }
    }

    private static void sizeText(Parent root) {
        if (root == null) {
            return;
        }
        root.getStyleClass().removeIf(c -> c.startsWith("text-size-"));
        root.getStyleClass().add(textSize.styleClass());
    }
}
