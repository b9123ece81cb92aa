package org.unlisted.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.unlisted.ChildJvm;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * A spreadsheet import killed at random moments: the vault opens, passes both integrity checks, and
 * holds whole imports only, never part of one, and never fewer than were reported done.
 */
class ImportCrashTest {
    private static final String PASSPHRASE = "willow copper fennel drum";

    @Test
    void killedMidImportTheVaultHoldsWholeImportsOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vault.db");
        Vault.create(file, Passphrase.wrap(PASSPHRASE.toCharArray())).close();
        Random random = new Random(20261129L);
        int reported = 0;
        for (int round = 0; round < 6; round++) {
            List<String> lines = new CopyOnWriteArrayList<>();
            Process child = ChildJvm.start(ImportCrashChild.class, PASSPHRASE, file.toString());
            Thread reader = new Thread(() -> ChildJvm.read(child, lines));
            reader.start();
            long deadline = System.currentTimeMillis() + 60_000;
            while (!lines.contains("ready") && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(round == 5 ? 12_000 : 300 + random.nextInt(4_000));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            for (String line : lines) {
                if (line.startsWith("imported ")) {
                    reported = Math.max(reported, Integer.parseInt(line.substring(9)));
                }
            }

            try (Vault vault = Vault.open(file, Passphrase.wrap(PASSPHRASE.toCharArray()));
                 Statement sql = vault.connection().createStatement()) {
                try (ResultSet check = sql.executeQuery("PRAGMA integrity_check")) {
                    check.next();
                    assertThat(check.getString(1)).isEqualTo("ok");
                }
                int people = new People(vault::connection, Clock.systemUTC()).list().size();
                assertThat(people % ImportCrashChild.ROWS).as("part of an import after kill %d", round).isZero();
                assertThat(people).as("an import reported done is there").isBetween(reported,
                        reported + ImportCrashChild.ROWS);
                reported = people;
            }
        }
        assertThat(Vault.check(file, Passphrase.wrap(PASSPHRASE.toCharArray())).sound()).isTrue();
        assertThat(reported).as("some imports finished between kills").isPositive();
    }
}
