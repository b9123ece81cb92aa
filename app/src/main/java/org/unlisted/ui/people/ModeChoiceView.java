package org.unlisted.ui.people;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.unlisted.core.Messages;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.Paragraphs;
import org.unlisted.ui.Styles;

/** Asked once, right after the vault is made: one person, or a clinic with clients. */
public final class ModeChoiceView extends VBox {

    public ModeChoiceView(Messages messages, Consumer<WorkspaceMode> chosen) {
        VBox column = new VBox();
        column.getStyleClass().add(Styles.PAGE);
        column.setId("mode-choice");
        column.setMaxWidth(640);
        setAlignment(Pos.TOP_CENTER);
        getChildren().add(column);
        Label title = Paragraphs.pageTitle(messages.get("people.mode.title"));
        Label lead = new Label(messages.get("people.mode.lead"));
        lead.setWrapText(true);
        lead.getStyleClass().add(Styles.LEAD);

        ToggleGroup group = new ToggleGroup();
        VBox personal = option(group, WorkspaceMode.PERSONAL, Feather.USER, "people.mode.personal.explain", messages);
        VBox clinic = option(group, WorkspaceMode.CLINIC, Feather.USERS, "people.mode.clinic.explain", messages);
        Button next = new Button(messages.get("people.mode.continue"));
        next.setId("mode-continue");
        next.getStyleClass().add(Styles.ACCENT);
        next.setDefaultButton(true);
        next.disableProperty().bind(group.selectedToggleProperty().isNull());
        next.setOnAction(event -> chosen.accept((WorkspaceMode) group.getSelectedToggle().getUserData()));
        column.getChildren().addAll(title, lead, personal, clinic, next);
    }

    private static VBox option(ToggleGroup group, WorkspaceMode mode, Feather icon, String explainKey,
                               Messages messages) {
        RadioButton choice = new RadioButton(messages.get(mode.messageKey()));
        choice.setId("mode-" + mode.name().toLowerCase(java.util.Locale.ROOT));
        choice.setToggleGroup(group);
        choice.setUserData(mode);
        choice.setGraphic(new FontIcon(icon));
        choice.getStyleClass().add(Styles.TITLE_3);
        Label explain = new Label(messages.get(explainKey));
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(6, choice, explain);
        card.getStyleClass().add(Styles.CARD);
        card.setOnMouseClicked(event -> choice.setSelected(true));
        return card;
    }
}
