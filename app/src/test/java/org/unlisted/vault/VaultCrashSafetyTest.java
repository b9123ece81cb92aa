package org.unlisted.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed at random moments never leaves a vault that fails to open or loses a commit. */
class VaultCrashSafetyTest {
    private static final String PASSPHRASE = "granite pelican summer rope";
    private static final int KILLS = 20;

    @Test
    void everyCommittedWriteSurvivesAKill(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vault.db");
        Vault.create(file, VaultTest.pass(PASSPHRASE)).close();
        Random random = new Random(20261128L);
        long nextId = 1;
        long confirmedTotal = 0;

        for (int round = 0; round < KILLS; round++) {
            List<Long> committed = new CopyOnWriteArrayList<>();
            Process child = start(file, nextId);
            Thread reader = new Thread(() -> readIds(child, committed));
            reader.start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (committed.isEmpty() && child.isAlive() && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertThat(committed).as("the writer started writing in round %d", round).isNotEmpty();
            Thread.sleep(random.nextInt(400));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);

            try (Vault vault = Vault.open(file, VaultTest.pass(PASSPHRASE));
                 Statement statement = vault.connection().createStatement()) {
                try (ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
                    check.next();
                    assertThat(check.getString(1)).isEqualTo("ok");
                }
                try (PreparedStatement present = vault.connection().prepareStatement("SELECT count(*) FROM crash_log WHERE id = ?")) {
                    for (long id : committed) {
                        present.setLong(1, id);
                        try (ResultSet row = present.executeQuery()) {
                            row.next();
                            assertThat(row.getInt(1)).as("committed row %d after kill %d", id, round).isEqualTo(1);
                        }
                    }
                }
                try (ResultSet max = statement.executeQuery("SELECT coalesce(max(id), 0) FROM crash_log")) {
                    max.next();
                    nextId = max.getLong(1) + 1;
                }
            }
            confirmedTotal += committed.size();
        }
        try (Vault vault = Vault.open(file, VaultTest.pass(PASSPHRASE))) {
            vault.close();
        }
        assertThat(Vault.check(file, VaultTest.pass(PASSPHRASE)).sound()).isTrue();
        assertThat(confirmedTotal).isGreaterThan(KILLS);
    }

    private static Process start(Path file, long firstId) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx128m", "-cp", classPath, CrashWriter.class.getName(),
                file.toString(), Long.toString(firstId))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (Writer in = new java.io.OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write(PASSPHRASE + "\n");
        }
        return child;
    }

    private static void readIds(Process child, List<Long> committed) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!line.isBlank()) {
                    committed.add(Long.parseLong(line.trim()));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // the child was killed mid-line: the ids read before it count
        }
    }
}
