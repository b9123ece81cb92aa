package org.unlisted.ui.firstrun;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.ui.Styles;

/** The first thing a new person sees: what Unlisted does, and that nothing leaves the computer. */
public final class FirstRunView extends VBox {
    private static final double READABLE_WIDTH = 720;

    public FirstRunView(Messages messages, Runnable onStart) {
        getStyleClass().add(Styles.PAGE);
        setAlignment(Pos.TOP_CENTER);
        setFillWidth(false);

        Label title = new Label(messages.get("firstrun.title"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label lead = wrapped(messages.get("firstrun.lead"));
        lead.getStyleClass().add(Styles.LEAD);

        VBox promises = new VBox(14,
                promise(Feather.HARD_DRIVE, messages.get("firstrun.local")),
                promise(Feather.WIFI_OFF, messages.get("firstrun.network")),
                promise(Feather.EYE_OFF, messages.get("firstrun.minimal")),
                promise(Feather.CLIPBOARD, messages.get("firstrun.record")),
                promise(Feather.INFO, messages.get("firstrun.honest")));
        promises.getStyleClass().add(Styles.CARD);
        promises.setMaxWidth(READABLE_WIDTH);

        Button start = new Button(messages.get("firstrun.start"), new FontIcon(Feather.ARROW_RIGHT));
        start.setId("firstrun-start");
        start.setDefaultButton(true);
        start.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        start.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        start.setOnAction(event -> onStart.run());

        getChildren().addAll(title, lead, promises, start);
    }

    private static HBox promise(Ikon icon, String text) {
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(20);
        Label label = wrapped(text);
        HBox row = new HBox(graphic, label);
        row.getStyleClass().add(Styles.PROMISE);
        return row;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(READABLE_WIDTH);
        return label;
    }
}
