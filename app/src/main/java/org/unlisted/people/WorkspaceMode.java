package org.unlisted.people;

import java.util.Locale;
import java.util.Optional;
import org.unlisted.vault.VaultSettings;

/** Personal (one profile: "me") or clinic (a list of clients). Chosen at first run, kept in the vault. */
public enum WorkspaceMode {
    PERSONAL, CLINIC;

    static final String KEY = "workspace.mode";
    /** The advocate's name, used on consent records and permission forms. */
    public static final String ADVOCATE_KEY = "advocate.name";
    public static final String ORGANISATION_KEY = "advocate.organisation";

    public static Optional<WorkspaceMode> of(VaultSettings settings) {
        return settings.get(KEY).flatMap(value -> {
            try {
                return Optional.of(valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    public void saveTo(VaultSettings settings) {
        settings.put(KEY, name().toLowerCase(Locale.ROOT));
    }

    public String messageKey() {
        return "people.mode." + name().toLowerCase(Locale.ROOT);
    }
}
