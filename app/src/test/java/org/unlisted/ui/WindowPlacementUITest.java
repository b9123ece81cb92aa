package org.unlisted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.unlisted.core.Preferences;
import org.unlisted.ui.shell.WindowPlacement;

@ExtendWith(ApplicationExtension.class)
class WindowPlacementUITest {
    @TempDir
    static Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void sizeAndPositionComeBackNextTime(FxRobot robot) {
        Path file = dir.resolve("placement.properties");
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(650);
            WindowPlacement.remember(stage, Preferences.load(file));
            stage.setWidth(950);
            stage.setX(0);
            WindowPlacement.restore(stage, Preferences.load(file));
        });
        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(650);
        assertThat(stage.getX()).isEqualTo(40);
        assertThat(stage.getY()).isEqualTo(30);
    }

    @Test
    void aPositionOffEveryScreenIsNotRestored(FxRobot robot) {
        Path file = dir.resolve("offscreen.properties");
        Preferences preferences = Preferences.load(file);
        preferences.put("window.x", "-20000");
        preferences.put("window.y", "-20000");
        preferences.put("window.width", "99999");
        preferences.save();
        robot.interact(() -> WindowPlacement.restore(stage, Preferences.load(file)));
        assertThat(stage.getX()).isGreaterThan(-1000);
        assertThat(stage.getWidth()).isLessThanOrEqualTo(javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
    }
}
