package org.unlisted.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** All of a piece of work in the vault, or none of it: the one place that begins, commits and rolls back. */
public final class Transaction {
    private Transaction() {
    }

    /** Work that may fail with its own exception as well as the database's. */
    public interface Work<T, E extends Exception> {
        T run() throws E, SQLException;
    }

    /** One lock per connection: the app shares one connection between the JavaFX thread and its workers. */
    private static final Map<Connection, ReentrantLock> LOCKS = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws (the
     * exception is passed on unchanged). The connection's auto-commit setting is restored either way.
     * Transactions on one connection take turns, so another thread's writes never land inside this
     * one; work called from inside this thread's own transaction joins it, and the outer one commits
     * or rolls back all.
     */
    public static <T, E extends Exception> T inOne(Connection connection, Work<T, E> work) throws E, SQLException {
        ReentrantLock lock = LOCKS.computeIfAbsent(connection, c -> new ReentrantLock());
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.run();
            }
            return alone(connection, work);
        } finally {
            lock.unlock();
        }
    }

    private static <T, E extends Exception> T alone(Connection connection, Work<T, E> work) throws E, SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run();
            connection.commit();
        } catch (Throwable e) {
            // Errors too (out of memory): otherwise auto-commit stays off and later work is never committed.
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
    private static void undo(Connection connection, Throwable failure) {
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
