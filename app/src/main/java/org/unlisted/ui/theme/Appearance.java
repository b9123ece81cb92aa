package org.unlisted.ui.theme;

import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * What every window gets, dialogs included: our stylesheet, the chosen text size on its root, and
 * keyboard focus kept in sight (a field reached with Tab inside a scrolled page is scrolled into view).
 */
public final class Appearance {
    /** Room around the focused control so its focus ring shows too. */
    private static final double FOCUS_MARGIN = 12;
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
            scene.focusOwnerProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    keepInSight(now);
                }
            });
        }
    }

    private static void sizeText(Parent root) {
        if (root == null) {
            return;
        }
        root.getStyleClass().removeIf(c -> c.startsWith("text-size-"));
        root.getStyleClass().add(textSize.styleClass());
    }

    /** Scrolls every scroll pane around {@code node} just enough to show it (JavaFX does not on focus). */
    public static void keepInSight(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                reveal(scroll, node);
            }
        }
    }

    private static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        Bounds target = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        Bounds viewport = scroll.getViewportBounds();
        Bounds whole = content.getLayoutBounds();
        if (target == null || viewport.getHeight() <= 0) {
            return;
        }
        double extraHeight = whole.getHeight() - viewport.getHeight();
        if (extraHeight > 0) {
            double span = scroll.getVmax() - scroll.getVmin();
            double top = (scroll.getVvalue() - scroll.getVmin()) / span * extraHeight;
            double wanted = shift(top, viewport.getHeight(), target.getMinY() - whole.getMinY(),
                    target.getMaxY() - whole.getMinY());
            scroll.setVvalue(scroll.getVmin() + Math.max(0, Math.min(1, wanted / extraHeight)) * span);
        }
        double extraWidth = whole.getWidth() - viewport.getWidth();
        if (extraWidth > 0) {
            double span = scroll.getHmax() - scroll.getHmin();
            double left = (scroll.getHvalue() - scroll.getHmin()) / span * extraWidth;
            double wanted = shift(left, viewport.getWidth(), target.getMinX() - whole.getMinX(),
                    target.getMaxX() - whole.getMinX());
            scroll.setHvalue(scroll.getHmin() + Math.max(0, Math.min(1, wanted / extraWidth)) * span);
        }
    }

    /** The new start of a window of {@code length} at {@code start} so that [from, to] shows in it. */
    private static double shift(double start, double length, double from, double to) {
        if (from - FOCUS_MARGIN < start) {
            return from - FOCUS_MARGIN;
        }
        if (to + FOCUS_MARGIN > start + length) {
            return Math.min(from - FOCUS_MARGIN, to + FOCUS_MARGIN - length);
        }
        return start;
    }
}
