package org.unlisted.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.unlisted.core.Preferences;

/** Remembers the window's size and position, and never restores it off every screen. */
public final class WindowPlacement {
    public static final double DEFAULT_WIDTH = 1180;
    public static final double DEFAULT_HEIGHT = 740;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private WindowPlacement() {
    }

    public static void restore(Stage stage, Preferences preferences) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        double width = Math.min(preferences.getDouble("window.width", DEFAULT_WIDTH), visual.getWidth());
        double height = Math.min(preferences.getDouble("window.height", DEFAULT_HEIGHT), visual.getHeight());
        stage.setWidth(Math.max(width, Math.min(MIN_WIDTH, visual.getWidth())));
        stage.setHeight(Math.max(height, Math.min(MIN_HEIGHT, visual.getHeight())));
        double x = preferences.getDouble("window.x", Double.NaN);
        double y = preferences.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(x, y, stage.getWidth(), stage.getHeight()).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(preferences.getBoolean("window.maximized"));
    }

    public static void remember(Stage stage, Preferences preferences) {
        preferences.put("window.maximized", Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            preferences.put("window.x", Double.toString(stage.getX()));
            preferences.put("window.y", Double.toString(stage.getY()));
            preferences.put("window.width", Double.toString(stage.getWidth()));
            preferences.put("window.height", Double.toString(stage.getHeight()));
        }
        preferences.save();
    }
}
