package org.unlisted.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.unlisted.core.Messages;

/** State of the main window: which area is open and what the status bar says. */
public final class MainViewModel {
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(Area.DASHBOARD);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private final Messages messages;

    public MainViewModel(Messages messages) {
        this.messages = messages;
        status.set(messages.get("status.ready"));
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public void open(Area target) {
        area.set(target);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Puts a short, non-personal message in the status bar. */
    public void showStatus(String key, Object... arguments) {
        status.set(messages.get(key, arguments));
    }
}
