package org.unlisted.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;
import org.unlisted.core.UnlistedException;

/** The vault on real encrypted files: what it protects, and what a failure leaves behind. */
class VaultTest {
    private static final String PASSPHRASE = "harbor quiet violin seven";
    private static final String MARKER = "MARKER-Personal-Value-123";

    @TempDir
    Path dir;

    static Passphrase pass(String text) {
        return Passphrase.wrap(text.toCharArray());
    }

    private Path newVault() throws UnlistedException {
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, pass(PASSPHRASE))) {
            vault.settings().put("person.name", MARKER);
        }
        return file;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static void assertProblem(ThrowingOpen open, VaultProblem expected) {
        assertThatThrownBy(open::run).isInstanceOf(UnlistedException.class)
                .satisfies(e -> assertThat(((UnlistedException) e).problem()).isEqualTo(expected));
    }

    interface ThrowingOpen {
        void run() throws Exception;
    }

    @Test
    void personalValuesNeverAppearInTheFilesOrTheTempFolder() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long startedAt = System.currentTimeMillis() - 1000;
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, pass(PASSPHRASE))) {
            vault.settings().put("person.name", MARKER);
            // While it is open, the write-ahead log holds the newest pages: check it too.
            for (Path side : List.of(file, dir.resolve("vault.db-wal"), dir.resolve("vault.db-shm"))) {
                assertNotIn(side);
            }
        }
        for (Path side : List.of(file, dir.resolve("vault.db-wal"), dir.resolve("vault.db-shm"))) {
            assertNotIn(side);
        }
        try (Stream<Path> files = Files.walk(temp, 2)) {
            files.filter(Files::isRegularFile).filter(p -> !p.startsWith(dir))
                    .filter(p -> p.toFile().lastModified() >= startedAt && p.toFile().length() < 50_000_000)
                    .forEach(VaultTest::assertNotIn);
        }
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(file), 16);
        assertThat(new String(head, StandardCharsets.ISO_8859_1)).isNotEqualTo("SQLite format 3\0");
        try (Vault vault = Vault.open(file, pass(PASSPHRASE))) {
            assertThat(vault.settings().get("person.name")).contains(MARKER);
        }
    }

    private static void assertNotIn(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String latin = new String(bytes, StandardCharsets.ISO_8859_1);
            assertThat(latin).as(file.toString()).doesNotContain(MARKER)
                    .doesNotContain(new String(MARKER.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.ISO_8859_1))
                    .doesNotContain(new String(MARKER.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1))
                    .doesNotContain(PASSPHRASE);
        } catch (IOException e) {
            // a file another process removed meanwhile
        }
    }

    @Test
    void theFileIsStandardSqlCipherV4OpenedByItsPassphrase() throws Exception {
        Path file = newVault();
        try (Connection plain = SQLiteMCSqlCipherConfig.getV4Defaults().withKey(PASSPHRASE).build()
                .createConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement();
             ResultSet row = statement.executeQuery("SELECT value FROM setting WHERE key = 'person.name'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo(MARKER);
        }
    }

    @Test
    void createRefusesAnExistingFileAndAnEmptyPassphrase() throws Exception {
        Path file = newVault();
        String before = sha256(file);
        assertProblem(() -> Vault.create(file, pass(PASSPHRASE)), VaultProblem.ALREADY_EXISTS);
        assertProblem(() -> Vault.create(dir.resolve("other.db"), pass("")), VaultProblem.EMPTY_PASSPHRASE);
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(dir.resolve("other.db")).doesNotExist();
    }

    @Test
    void wrongOrEmptyPassphraseSaysSoAndChangesNothing() throws Exception {
        Path file = newVault();
        String before = sha256(file);
        assertProblem(() -> Vault.open(file, pass("harbor quiet violin six")), VaultProblem.CANNOT_OPEN);
        assertProblem(() -> Vault.open(file, pass("")), VaultProblem.EMPTY_PASSPHRASE);
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(dir.resolve("vault.db-wal")).doesNotExist();
    }

    @Test
    void truncatedAndForeignFilesCannotBeOpenedAndStayAsTheyWere() throws Exception {
        Path file = newVault();
        Path truncated = dir.resolve("truncated.db");
        byte[] all = Files.readAllBytes(file);
        Files.write(truncated, java.util.Arrays.copyOf(all, all.length / 2 + 7));
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "This is not a vault at all, just some words in a file.");
        Path tiny = dir.resolve("tiny.db");
        Files.write(tiny, new byte[] {1, 2, 3});
        Path plainSqlite = dir.resolve("plain.db");
        try (Connection plain = new org.sqlite.SQLiteConfig().createConnection("jdbc:sqlite:" + plainSqlite);
             Statement statement = plain.createStatement()) {
            statement.execute("CREATE TABLE t (x TEXT)");
        }

        for (Path bad : List.of(truncated, text, tiny, plainSqlite)) {
            String before = sha256(bad);
            assertProblem(() -> Vault.open(bad, pass(PASSPHRASE)), VaultProblem.CANNOT_OPEN);
            assertThat(sha256(bad)).as(bad.getFileName().toString()).isEqualTo(before);
        }
        assertProblem(() -> Vault.open(dir.resolve("missing.db"), pass(PASSPHRASE)), VaultProblem.NOT_FOUND);
    }

    @Test
    void aVaultFromANewerVersionIsRefusedAndNotModified() throws Exception {
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, pass(PASSPHRASE));
             Statement statement = vault.connection().createStatement()) {
            statement.execute("PRAGMA user_version = " + (Migrations.current() + 5));
        }
        String before = sha256(file);
        assertThatThrownBy(() -> Vault.open(file, pass(PASSPHRASE)))
                .isInstanceOf(UnlistedException.class)
                .satisfies(e -> {
                    UnlistedException problem = (UnlistedException) e;
                    assertThat(problem.problem()).isEqualTo(VaultProblem.NEWER_VERSION);
                    assertThat(problem.arguments()).containsExactly(Migrations.current() + 5, Migrations.current());
                });
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void changingThePassphraseKeepsEverything() throws Exception {
        Path file = newVault();
        try (Vault vault = Vault.open(file, pass(PASSPHRASE))) {
            assertProblem(() -> vault.changePassphrase(pass("not it at all"), pass("new words here now")),
                    VaultProblem.WRONG_CURRENT_PASSPHRASE);
            vault.changePassphrase(pass(PASSPHRASE), pass("copper meadow falcon ninety"));
            assertThat(vault.settings().get("person.name")).contains(MARKER);
            vault.settings().put("after", "still writable");
        }
        assertProblem(() -> Vault.open(file, pass(PASSPHRASE)), VaultProblem.CANNOT_OPEN);
        try (Vault vault = Vault.open(file, pass("copper meadow falcon ninety"))) {
            assertThat(vault.settings().get("person.name")).contains(MARKER);
            assertThat(vault.settings().get("after")).contains("still writable");
        }
        assertThat(dir.resolve("vault.db.rekey")).doesNotExist();
    }

    @Test
    void aChangeOfPassphraseInterruptedBeforeTheSwitchLeavesTheOldVaultUsable() throws Exception {
        Path file = newVault();
        String before;
        try (Vault vault = Vault.open(file, pass(PASSPHRASE))) {
            Path copy = vault.writeRekeyedCopy(VaultKey.derive(pass("copper meadow falcon ninety"), VaultKey.newSalt()));
            assertThat(copy).exists();
            // ...and here the app is killed, before the copy replaces the vault.
        }
        before = sha256(file);
        try (Vault vault = Vault.open(file, pass(PASSPHRASE))) {
            assertThat(vault.settings().get("person.name")).contains(MARKER);
        }
        assertThat(dir.resolve("vault.db.rekey")).doesNotExist();
        assertThat(before).isNotEmpty();
    }

    @Test
    void backupWithTheSameOrANewPassphraseAndRestore() throws Exception {
        Path file = newVault();
        Path same = dir.resolve("backups/same.db");
        Path other = dir.resolve("other.db");
        Files.createDirectories(same.getParent());
        try (Vault vault = Vault.open(file, pass(PASSPHRASE))) {
            vault.backupTo(same, null);
            vault.backupTo(other, pass("orange kettle winter bridge"));
            assertProblem(() -> vault.backupTo(other, null), VaultProblem.TARGET_EXISTS);
            vault.settings().put("person.name", "changed after the backup");
        }
        assertThat(Vault.check(same, pass(PASSPHRASE)).sound()).isTrue();
        assertThat(Vault.check(other, pass("orange kettle winter bridge")).sound()).isTrue();
        assertProblem(() -> Vault.check(other, pass(PASSPHRASE)), VaultProblem.CANNOT_OPEN);

        Vault.restore(other, pass("orange kettle winter bridge"), file);
        try (Vault vault = Vault.open(file, pass("orange kettle winter bridge"))) {
            assertThat(vault.settings().get("person.name")).contains(MARKER);
        }
        assertThat(dir.resolve("vault.db.restore")).doesNotExist();
    }

    @Test
    void aDamagedOrWronglyUnlockedBackupIsRefusedAndTheVaultIsUntouched() throws Exception {
        Path file = newVault();
        Path backup = dir.resolve("backup.db");
        try (Vault vault = Vault.open(file, pass(PASSPHRASE))) {
            vault.backupTo(backup, null);
        }
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = 4096 + 100; i < 4096 + 140; i++) {
            bytes[i] ^= 0x5a; // flip bits inside the second page
        }
        Path damaged = dir.resolve("damaged.db");
        Files.write(damaged, bytes);
        String before = sha256(file);

        assertThatThrownBy(() -> Vault.restore(damaged, pass(PASSPHRASE), file)).isInstanceOf(UnlistedException.class);
        assertProblem(() -> Vault.restore(backup, pass("not the passphrase"), file), VaultProblem.CANNOT_OPEN);
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(dir.resolve("vault.db.restore")).doesNotExist();
    }

    @Test
    void checkFindsATamperedFreePageThatSqliteItselfNeverReads() throws Exception {
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, pass(PASSPHRASE));
             Statement statement = vault.connection().createStatement()) {
            statement.execute("CREATE TABLE bulk (data BLOB)");
            statement.execute("INSERT INTO bulk VALUES (randomblob(200000))");
            statement.execute("DELETE FROM bulk"); // its pages stay in the file, on the free list
        }
        assertThat(Vault.check(file, pass(PASSPHRASE)).sound()).isTrue();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 2000] ^= 0x01; // one bit of the last page, a free one
        Files.write(file, bytes);
        assertThat(Vault.check(file, pass(PASSPHRASE)).sound()).isFalse();
    }

    @Test
    void lockingClosesTheConnection() throws Exception {
        Path file = newVault();
        Vault vault = Vault.open(file, pass(PASSPHRASE));
        Connection connection = vault.connection();
        vault.close();
        assertThat(vault.isOpen()).isFalse();
        assertThat(connection.isClosed()).isTrue();
        assertThatThrownBy(vault::connection).isInstanceOf(IllegalStateException.class);
        vault.close();
    }

    @Test
    void passphraseIsWipedWhenClosed() {
        char[] chars = "secret words".toCharArray();
        Passphrase passphrase = Passphrase.wrap(chars);
        passphrase.close();
        assertThat(chars).containsOnly('\0');
        assertThat(passphrase.isDestroyed()).isTrue();
        assertThatThrownBy(passphrase::chars).isInstanceOf(IllegalStateException.class);
        assertThat(passphrase.toString()).doesNotContain("secret");
    }
}
