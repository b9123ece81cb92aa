package org.unlisted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A copied personal detail leaves the clipboard after the timeout, unless the person copied something else. */
@ExtendWith(ApplicationExtension.class)
class ClipboardGuardUITest {
    private static String clipboardText(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().hasString()
                ? Clipboard.getSystemClipboard().getString() : null));
        return text.get();
    }

    @Test
    void aCopiedDetailIsClearedAfterTheTimeout(FxRobot robot) {
        ClipboardGuard guard = new ClipboardGuard(Duration.millis(300));
        robot.interact(() -> guard.copy("12 Oak St"));
        assertThat(clipboardText(robot)).isEqualTo("12 Oak St");
        robot.sleep(800);
        assertThat(clipboardText(robot)).isNull();
        assertThat(ClipboardGuard.CLEAR_AFTER).isEqualTo(Duration.seconds(30));
    }

    @Test
    void somethingThePersonCopiedSinceIsLeftAlone(FxRobot robot) {
        ClipboardGuard guard = new ClipboardGuard(Duration.millis(300));
        robot.interact(() -> guard.copy("ana@example.org"));
        robot.interact(() -> {
            ClipboardContent mine = new ClipboardContent();
            mine.putString("a shopping list");
            Clipboard.getSystemClipboard().setContent(mine);
        });
        robot.sleep(800);
        assertThat(clipboardText(robot)).isEqualTo("a shopping list");
    }

    @Test
    void lockingClearsItAtOnce(FxRobot robot) {
        ClipboardGuard guard = new ClipboardGuard();
        robot.interact(() -> guard.copy("555-0134"));
        robot.interact(guard::clearIfUnchanged);
        assertThat(clipboardText(robot)).isNull();
    }
}
