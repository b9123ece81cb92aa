package org.unlisted.ui;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small pieces every screen uses the same way: how a choice is shown, how a problem is shown. */
public final class Choices {
    private Choices() {
    }

    /** Shows each choice in words; nothing is ever typed into these boxes, so nothing is parsed back. */
    public static <T> StringConverter<T> shownAs(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("read-only choice");
            }
        };
    }

    /** A control with its label above it; the label's words are also what a screen reader says. */
    public static javafx.scene.layout.VBox labelled(String text, javafx.scene.control.Control control) {
        Label label = Paragraphs.plain(text); // wraps with large text rather than ending in "..."
        label.setLabelFor(control);
        control.setAccessibleText(text);
        return new javafx.scene.layout.VBox(3, label, control);
    }

    /** A problem in plain words, with an icon (not colour alone); hidden while it is empty. */
    public static Label problemLabel(String id) {
        Label problem = new Label();
        problem.setId(id);
        problem.setWrapText(true);
        problem.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        problem.getStyleClass().add(Styles.DANGER);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }
}
