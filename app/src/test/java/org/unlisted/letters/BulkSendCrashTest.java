package org.unlisted.letters;

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
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * A bulk send killed at random moments: the vault still opens and passes both integrity checks,
 * every letter reported as recorded is there with its text, and no case holds a letter twice.
 */
class BulkSendCrashTest {
    private static final String PASSPHRASE = "granite pelican summer rope";

    @Test
    void killedMidSendTheVaultHoldsExactlyWhatWasCommitted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, Passphrase.wrap(PASSPHRASE.toCharArray()))) {
            new People(vault::connection, Clock.systemUTC()).add(Profile.draft("Ana Ruiz", "CA").asSelf());
        }
        Random random = new Random(20261129L);
        int recordedTotal = 0;
        boolean finished = false;
        for (int round = 0; round < 6 && !finished; round++) {
            List<String> lines = new CopyOnWriteArrayList<>();
            Process child = ChildJvm.start(BulkSendCrashChild.class, PASSPHRASE, file.toString());
            Thread reader = new Thread(() -> ChildJvm.read(child, lines));
            reader.start();
            long deadline = System.currentTimeMillis() + 60_000;
            while (lines.stream().noneMatch(l -> l.startsWith("recorded") || l.equals("done"))
                    && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(round == 5 ? 15_000 : 300));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            finished = lines.contains("done");
            List<String> recorded = lines.stream().filter(l -> l.startsWith("recorded ")).map(l -> l.substring(9))
                    .toList();
            recordedTotal += recorded.size();

            try (Vault vault = Vault.open(file, Passphrase.wrap(PASSPHRASE.toCharArray()));
                 Statement sql = vault.connection().createStatement()) {
                try (ResultSet check = sql.executeQuery("PRAGMA integrity_check")) {
                    check.next();
                    assertThat(check.getString(1)).isEqualTo("ok");
                }
                try (ResultSet twice = sql.executeQuery("SELECT c.broker_id, count(a.id) FROM opt_case c"
                        + " JOIN case_event e ON e.case_id = c.id JOIN attachment a ON a.event_id = e.id"
                        + " WHERE a.name LIKE 'letter-%' GROUP BY c.id HAVING count(a.id) > 1")) {
                    assertThat(twice.next()).as("a case with two letters after kill %d", round).isFalse();
                }
                try (ResultSet bare = sql.executeQuery("SELECT count(*) FROM case_event e WHERE e.note LIKE"
                        + " 'Sent by email%' AND NOT EXISTS (SELECT 1 FROM attachment a WHERE a.event_id = e.id)")) {
                    bare.next();
                    assertThat(bare.getInt(1)).as("a sent-letter event without its text").isZero();
                }
                for (String broker : recorded) {
                    try (java.sql.PreparedStatement present = vault.connection().prepareStatement("SELECT count(*)"
                            + " FROM opt_case c JOIN case_event e ON e.case_id = c.id JOIN attachment a"
                            + " ON a.event_id = e.id WHERE c.broker_id = ? AND a.name LIKE 'letter-%'")) {
                        present.setString(1, broker);
                        try (ResultSet row = present.executeQuery()) {
                            row.next();
                            assertThat(row.getInt(1)).as("recorded letter to %s", broker).isEqualTo(1);
                        }
                    }
                }
            }
        }
        assertThat(Vault.check(file, Passphrase.wrap(PASSPHRASE.toCharArray())).sound()).isTrue();
        assertThat(recordedTotal).isPositive();
    }
}
