package org.unlisted.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** All of a piece of work in the vault, or none of it: the one place that begins, commits and rolls back. */
public final class Transaction {
    private Transaction() {
    }

    /** Work that may fail with its own exception as well as the database's. */
    public interface Work<T, E extends Exception> {
        T run() throws E, SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws (the
     * exception is passed on unchanged). The connection's auto-commit setting is restored either way.
     * Inside another transaction the work joins it, and the outer one commits or rolls back all.
     */
    public static <T, E extends Exception> T inOne(Connection connection, Work<T, E> work) throws E, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
            return work.run();
        }
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run();
            connection.commit();
        } catch (Exception e) {
            undo(connection, e);
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException restore) {
                e.addSuppressed(restore);
            }
            throw e;
        }
        connection.setAutoCommit(autoCommit);
        return result;
    }

    /**
     * Rolls back; the failure itself stays the one reported. After some errors (a full disk) SQLite has
     * already rolled back by itself, so there is nothing to undo, but the driver still counts on an
     * open transaction: one is opened for it, empty, so the connection is usable again.
     */
    private static void undo(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException alreadyUndone) {
            failure.addSuppressed(alreadyUndone);
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN");
            } catch (SQLException notNeeded) {
                failure.addSuppressed(notNeeded);
            }
        }
    }
}
