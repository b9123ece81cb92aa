package org.unlisted.ui;

import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps several screen tests share, done the way a person does them. */
public final class ScreenSteps {
    public static final String PASSPHRASE = "maple tiger orbit lantern";

    private ScreenSteps() {
    }

    /** From the welcome screen: get started, choose the passphrase, create the vault. */
    public static void welcomeAndCreateVault(FxRobot robot) {
        robot.clickOn("#firstrun-start");
        robot.clickOn("#create-passphrase").write(PASSPHRASE);
        robot.clickOn("#create-confirmation").write(PASSPHRASE);
        robot.clickOn("#create-understood");
        robot.clickOn("#create-vault");
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void unlockWith(FxRobot robot, String passphrase) {
        robot.clickOn("#unlock-passphrase").write(passphrase).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
