package org.unlisted.ui.settings;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.unlisted.core.Messages;
import org.unlisted.ui.Choices;
import org.unlisted.ui.Paragraphs;
import org.unlisted.ui.Styles;
import org.unlisted.ui.theme.TextSize;
import org.unlisted.ui.theme.Theme;

/** Appearance, language, and where the files are. */
public final class SettingsView extends VBox {
    private final GridPane form = new GridPane();
    /** Held strongly: bidirectional bindings keep only weak references to the view-model. */
    private final SettingsViewModel viewModel;

    public SettingsView(SettingsViewModel viewModel, Messages messages, String dataFolder) {
        this.viewModel = viewModel;
        getStyleClass().add(Styles.PAGE);
        Label title = Paragraphs.pageTitle(messages.get("nav.settings.title"));

        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(Choices.shownAs(t -> messages.get(t.messageKey())));
        theme.valueProperty().bindBidirectional(viewModel.themeProperty());

        ComboBox<TextSize> textSize = new ComboBox<>();
        textSize.setId("settings-text-size");
        textSize.getItems().setAll(TextSize.values());
        textSize.setConverter(Choices.shownAs(size -> size.shownIn(messages.locale())));
        textSize.valueProperty().bindBidirectional(viewModel.textSizeProperty());

        ComboBox<Language> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Language.values());
        language.setConverter(Choices.shownAs(l -> l == Language.SYSTEM ? messages.get("settings.language.system") : l.ownName()));
        language.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Language item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : language.getConverter().toString(item));
            }
        });
        language.valueProperty().bindBidirectional(viewModel.languageProperty());

        TextField folder = new TextField(dataFolder);
        folder.setId("settings-data-folder");
        folder.setEditable(false);
        folder.setAccessibleText(messages.get("settings.dataFolder"));
        folder.setPrefColumnCount(40);
        Label folderHelp = new Label(messages.get("settings.dataFolder.help"));
        folderHelp.setWrapText(true);
        folderHelp.getStyleClass().add(Styles.TEXT_MUTED);

        form.setHgap(16);
        form.setVgap(12);
        // Labels get at most a third of the width and wrap, so large text leaves room for the controls.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMaxWidth(Double.MAX_VALUE);
        labels.setPercentWidth(33);
        javafx.scene.layout.ColumnConstraints controls = new javafx.scene.layout.ColumnConstraints();
        controls.setPercentWidth(67);
        form.getColumnConstraints().setAll(labels, controls);
        for (ComboBox<?> choice : java.util.List.of(theme, textSize, language)) {
            choice.getStyleClass().add(Styles.SETTINGS_CHOICE);
        }
        addRow(messages.get("settings.theme"), theme);
        addRow(messages.get("settings.textSize"), textSize);
        addRow(messages.get("settings.language"), language);
        addRow(messages.get("settings.dataFolder"), new VBox(4, folder, folderHelp));
        getChildren().addAll(title, form);
    }

    /** Adds a labelled row to the settings form (other capabilities add theirs here too). */
    public void addRow(String labelText, javafx.scene.Node control) {
        Label label = org.unlisted.ui.Paragraphs.plain(labelText);
        label.setLabelFor(control);
        int row = form.getRowCount();
        form.add(label, 0, row);
        form.add(control, 1, row);
    }
}
