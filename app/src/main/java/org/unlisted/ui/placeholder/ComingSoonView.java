package org.unlisted.ui.placeholder;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.unlisted.core.Messages;
import org.unlisted.ui.Styles;
import org.unlisted.ui.shell.Area;

/** An honest page for an area that is not built yet: what it will do, and that it is not here yet. */
public final class ComingSoonView extends VBox {
    public ComingSoonView(Area area, Messages messages) {
        getStyleClass().add(Styles.PAGE);
        Label title = new Label(messages.get(area.messageKey() + ".title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label description = new Label(messages.get(area.messageKey() + ".description"));
        description.setWrapText(true);
        description.getStyleClass().add(Styles.LEAD);
        Label notYet = new Label(messages.get("placeholder.notYet"));
        notYet.setWrapText(true);
        notYet.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(title, description, notYet);
    }
}
