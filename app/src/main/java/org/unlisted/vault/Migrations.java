package org.unlisted.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The vault's schema, as an ordered list of steps. Step N brings a vault to version N. To change
 * the schema, append a step here; never edit a step that has shipped.
 */
public final class Migrations {
    private static final List<List<String>> STEPS = List.of(
            // 1: settings that must stay private (auto-lock time, advocate name, mail account...)
            List.of("CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT"),
            // 2: brokers the person added themselves, each a definition in the catalog's JSON form
            List.of("CREATE TABLE own_broker (id TEXT PRIMARY KEY NOT NULL, definition TEXT NOT NULL,"
                    + " added TEXT NOT NULL) STRICT"),
            // 3: people (names and state in columns for lists and search; the rest as JSON), households,
            // consent records. Everything that hangs off a profile goes when the profile goes.
            List.of("CREATE TABLE profile (id INTEGER PRIMARY KEY, legal_name TEXT NOT NULL, state TEXT NOT NULL,"
                            + " details TEXT NOT NULL, notes TEXT NOT NULL, is_self INTEGER NOT NULL,"
                            + " created TEXT NOT NULL, last_activity TEXT NOT NULL) STRICT",
                    "CREATE TABLE household (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT",
                    "CREATE TABLE household_member (household_id INTEGER NOT NULL REFERENCES household(id)"
                            + " ON DELETE CASCADE, profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
                            + " relation TEXT NOT NULL, PRIMARY KEY (household_id, profile_id)) STRICT",
                    "CREATE TABLE consent (id INTEGER PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES profile(id)"
                            + " ON DELETE CASCADE, given TEXT NOT NULL, scope TEXT NOT NULL, obtained TEXT NOT NULL,"
                            + " expires TEXT, advocate TEXT NOT NULL) STRICT"));

    private Migrations() {
    }

    /** The schema version this build of the app writes. */
    public static int current() {
        return STEPS.size();
    }

    /** Brings the vault from {@code from} to the current version, all in one transaction. */
    static void apply(Connection connection, int from) throws SQLException {
        if (from >= current()) {
            return;
        }
        Transaction.<Void, SQLException>inOne(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                for (int version = from + 1; version <= current(); version++) {
                    for (String sql : STEPS.get(version - 1)) {
                        statement.execute(sql);
                    }
                }
                statement.execute("PRAGMA user_version = " + current());
            }
            return null;
        });
    }
}
