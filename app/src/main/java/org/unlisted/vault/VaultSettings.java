package org.unlisted.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/** Small private settings kept inside the vault (anything that could say something about a person). */
public final class VaultSettings {
    private final Supplier<Connection> connection;

    VaultSettings(Supplier<Connection> connection) {
        this.connection = connection;
    }

    public Optional<String> get(String key) {
        try (PreparedStatement query = connection.get().prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading a vault setting failed", e);
        }
    }

    public int getInt(String key, int fallback) {
        try {
            return get(key).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        try (PreparedStatement upsert = connection.get().prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Saving a vault setting failed", e);
        }
    }
}
