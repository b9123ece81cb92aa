package org.unlisted.vault;

import java.sql.Connection;
import java.sql.SQLException;

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
     */
    public static <T, E extends Exception> T inOne(Connection connection, Work<T, E> work) throws E, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (Exception e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
