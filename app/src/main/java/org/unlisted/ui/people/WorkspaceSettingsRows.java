package org.unlisted.ui.people;

import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.unlisted.core.Messages;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.Choices;
import org.unlisted.ui.settings.SettingsView;
import org.unlisted.vault.VaultSettings;

/** Settings kept in the vault about who uses the app: the mode, and the advocate's name and organisation. */
public final class WorkspaceSettingsRows {
    private WorkspaceSettingsRows() {
    }

    public static void addTo(SettingsView view, VaultSettings settings, Messages messages,
                             Consumer<WorkspaceMode> modeChanged) {
        ComboBox<WorkspaceMode> mode = new ComboBox<>();
        mode.setId("settings-mode");
        mode.getItems().setAll(WorkspaceMode.values());
        mode.setValue(WorkspaceMode.of(settings).orElse(WorkspaceMode.PERSONAL));
        mode.setConverter(Choices.shownAs(value -> messages.get(value.messageKey())));
        mode.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != old) {
                now.saveTo(settings);
                modeChanged.accept(now);
            }
        });
        view.addRow(messages.get("settings.mode"), mode);
        view.addRow(messages.get("settings.advocate"), saved("settings-advocate", WorkspaceMode.ADVOCATE_KEY,
                settings));
        view.addRow(messages.get("settings.organisation"), saved("settings-organisation",
                WorkspaceMode.ORGANISATION_KEY, settings));
    }

    /** A text field saved to the vault as the person types. */
    private static TextField saved(String id, String key, VaultSettings settings) {
        TextField field = new TextField(settings.get(key).orElse(""));
        field.setId(id);
        field.setPrefColumnCount(30);
        field.textProperty().addListener((obs, old, now) -> settings.put(key, now.strip()));
        return field;
    }
}
