package org.unlisted.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.unlisted.ui.theme.Appearance;

/**
 * Panels in equal columns when each gets at least {@code columnEm} em, one under the other when not
 * (large text, a small window), so their words wrap in a readable width instead of one word a line.
 * Each panel is as tall as its own content.
 */
public final class SideBySide extends Pane {
    private final double columnEm;
    private final double gap;

    public SideBySide(double columnEm, double gap, Node... panels) {
        super(panels);
        this.columnEm = columnEm;
        this.gap = gap;
    }

    private List<Node> shown() {
        return getManagedChildren();
    }

    private boolean stacked(double width) {
        int columns = shown().size();
        return columns > 1 && width < columns * columnEm * Appearance.textSize().pixels() + (columns - 1) * gap;
    }

    private double columnWidth(double width) {
        int columns = Math.max(1, shown().size());
        return stacked(width) ? width : (width - (columns - 1) * gap) / columns;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 0; // as wide as the page gives
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double inner = (width < 0 ? getWidth() : width) - insets.getLeft() - insets.getRight();
        double column = columnWidth(inner);
        double height = 0;
        for (Node panel : shown()) {
            double one = panel.prefHeight(column);
            height = stacked(inner) ? height + one + (height > 0 ? gap : 0) : Math.max(height, one);
        }
        return insets.getTop() + height + insets.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double inner = getWidth() - insets.getLeft() - insets.getRight();
        double column = columnWidth(inner);
        boolean stacked = stacked(inner);
        double x = insets.getLeft();
        double y = insets.getTop();
        for (Node panel : shown()) {
            double height = panel.prefHeight(column);
            panel.resizeRelocate(x, y, column, height);
            if (stacked) {
                y += height + gap;
            } else {
                x += column + gap;
            }
        }
    }
}
