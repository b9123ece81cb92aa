package org.unlisted.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionTest {
    @TempDir
    Path temp;
    Vault vault;
    Connection db;

    @BeforeEach
    void open() throws Exception {
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            vault = Vault.create(temp.resolve("v.db"), passphrase);
        }
        db = vault.connection();
        execute(db, "CREATE TABLE t (name TEXT)");
    }

    @AfterEach
    void close() {
        vault.close();
    }

    @Test
    void anotherThreadsWorkWaitsForTheOpenTransactionInsteadOfJoiningIt() throws Exception {
        CountDownLatch insideFirst = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> second = other.submit(() -> {
                insideFirst.await();
                return Transaction.<Void, SQLException>inOne(db, () -> {
                    execute(db, "INSERT INTO t VALUES ('second')");
                    return null;
                });
            });
            assertThatThrownBy(() -> Transaction.<Void, Exception>inOne(db, () -> {
                execute(db, "INSERT INTO t VALUES ('first')");
                insideFirst.countDown();
                Thread.sleep(300);   // time for the other thread to try to write
                throw new SQLException("the first work fails");
            })).hasMessage("the first work fails");
            second.get(10, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }

        assertThat(names(db)).as("the failed work is undone; the other thread's is kept").containsExactly("second");
    }

    @Test
    void afterAnErrorTheNextWorkIsCommittedAgain() throws Exception {
        assertThatThrownBy(() -> Transaction.<Void, SQLException>inOne(db, () -> {
            execute(db, "INSERT INTO t VALUES ('lost')");
            throw new OutOfMemoryError("pretend");
        })).isInstanceOf(OutOfMemoryError.class);
        Transaction.<Void, SQLException>inOne(db, () -> {
            execute(db, "INSERT INTO t VALUES ('kept')");
            return null;
        });

        assertThat(db.getAutoCommit()).isTrue();
        assertThat(names(db)).containsExactly("kept");
    }

    @Test
    void workInsideThisThreadsTransactionJoinsIt() throws Exception {
        assertThatThrownBy(() -> Transaction.<Void, SQLException>inOne(db, () -> {
            Transaction.<Void, SQLException>inOne(db, () -> {
                execute(db, "INSERT INTO t VALUES ('inner')");
                return null;
            });
            throw new SQLException("outer fails");
        })).hasMessage("outer fails");

        assertThat(names(db)).as("the inner work went with the outer").isEmpty();
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> names(Connection db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("SELECT name FROM t")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
