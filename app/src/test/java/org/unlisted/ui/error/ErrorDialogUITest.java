package org.unlisted.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unlisted.core.Messages;
import org.unlisted.core.Problem;
import org.unlisted.core.UnlistedException;

@ExtendWith(ApplicationExtension.class)
class ErrorDialogUITest {
    private static final String MARKER = "Rosa-Example-742-Evergreen";
    private Stage stage;

    enum Sample implements Problem {
        OOPS;

        @Override
        public String code() {
            return "TEST-09";
        }

        @Override
        public String messageKey() {
            return "error.unexpected";
        }
    }

    @Start
    void start(Stage stage) {
        org.unlisted.ui.theme.Theme.LIGHT.apply();
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w != stage).toList().forEach(javafx.stage.Window::hide));
    }

    @Test
    void showsPlainMessageCodeAndCopiesDetailsWithoutPersonalData(FxRobot robot) {
        Messages messages = Messages.forLocale(Locale.forLanguageTag("es"));
        Exception error = new UnlistedException(Sample.OOPS, new IllegalStateException("address " + MARKER));
        robot.interact(() -> ErrorDialog.show(stage, error, messages));

        assertThat(robot.lookup("Pasó algo inesperado. Sus datos no cambiaron. Si vuelve a pasar, copie los detalles y pida ayuda.")
                .tryQuery()).isPresent();
        assertThat(robot.lookup("Código de error: TEST-09").tryQuery()).isPresent();

        robot.clickOn("Copiar detalles");
        String[] clipboard = new String[1];
        robot.interact(() -> clipboard[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clipboard[0]).contains("Code: TEST-09", "java.lang.IllegalStateException").doesNotContain(MARKER);
        assertThat(robot.lookup("Copiado. Los detalles no contienen información personal.").queryAs(Button.class)).isNotNull();
    }
}
