package org.unlisted.ui.vault;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.geometry.Pos;

/**
 * A passphrase box that never turns what is typed into a String: JavaFX's PasswordField keeps
 * its text as Strings that cannot be wiped. Characters go straight into a char[] that is zeroed
 * whenever it grows, is cleared, or is handed over. Shows one dot per character.
 */
public final class PassphraseField extends StackPane {
    private static final int MAX_LENGTH = 1024;

    private char[] chars = new char[32];
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper(0);
    private final Text dots = new Text();
    private EventHandler<ActionEvent> onAction;

    public PassphraseField() {
        getStyleClass().addAll("text-input", "text-field", "passphrase-field");
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(true);
        setCursor(Cursor.TEXT);
        setAccessibleRole(AccessibleRole.PASSWORD_FIELD);
        dots.getStyleClass().add("text");
        getChildren().add(dots);
        setMinHeight(34);
        setPrefWidth(360);
        setMaxWidth(460);
        setOnMouseClicked(event -> requestFocus());
        addEventHandler(KeyEvent.KEY_TYPED, this::typed);
        addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        focusedProperty().addListener((obs, was, now) -> pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("focused"), now));
    }

    private void typed(KeyEvent event) {
        String typed = event.getCharacter();
        if (event.isControlDown() || event.isMetaDown() || typed.isEmpty()) {
            return;
        }
        char c = typed.charAt(0);
        if (Character.isISOControl(c)) {
            return;
        }
        append(c);
        event.consume();
    }

    private void pressed(KeyEvent event) {
        if (event.getCode() == KeyCode.BACK_SPACE && length.get() > 0) {
            chars[length.get() - 1] = 0;
            setLength(length.get() - 1);
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && onAction != null) {
            onAction.handle(new ActionEvent(this, this));
            event.consume();
        }
    }

    /** Adds one character (used by typing, and by tests that type through the robot). */
    void append(char c) {
        if (length.get() >= MAX_LENGTH) {
            return;
        }
        if (length.get() == chars.length) {
            char[] bigger = Arrays.copyOf(chars, chars.length * 2);
            Arrays.fill(chars, '\0');
            chars = bigger;
        }
        chars[length.get()] = c;
        setLength(length.get() + 1);
    }

    private void setLength(int newLength) {
        length.set(newLength);
        dots.setText("\u2022".repeat(newLength));
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    /** A copy of what was typed; the caller owns it and must wipe it. */
    public char[] copyChars() {
        return Arrays.copyOf(chars, length.get());
    }

    /** Wipes what was typed. */
    public void clear() {
        Arrays.fill(chars, '\0');
        setLength(0);
    }

    public ReadOnlyIntegerProperty lengthProperty() {
        return length.getReadOnlyProperty();
    }

    public void setOnAction(EventHandler<ActionEvent> handler) {
        this.onAction = handler;
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            // Screen readers hear the count, never the characters.
            return dots.getText();
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
