package org.unlisted.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;
import org.unlisted.core.OwnerOnly;
import org.unlisted.core.UnlistedException;

/**
 * The encrypted vault: one SQLCipher v4 file, one open connection while unlocked. The key is
 * derived once per unlock and wiped when the vault is locked ({@link #close()}).
 */
public final class Vault implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Vault.class);
    /** 128 MB page cache: encrypted queries are then about as fast as plain SQLite. */
    private static final int CACHE_KIB = 131_072;
    private static final String REKEY_SUFFIX = ".rekey";
    private static final String RESTORE_SUFFIX = ".restore";
    private static final String PARTIAL_SUFFIX = ".partial";

    private final Path file;
    private Connection connection;
    private VaultKey key;
    private final VaultSettings settings = new VaultSettings(this::connection);

    private Vault(Path file, Connection connection, VaultKey key) {
        this.file = file;
        this.connection = connection;
        this.key = key;
    }

    public static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }

    /** Creates a new vault; refuses to touch a file that is already there. */
    public static Vault create(Path file, Passphrase passphrase) throws UnlistedException {
        requireNonEmpty(passphrase);
        if (Files.exists(file)) {
            throw new UnlistedException(VaultProblem.ALREADY_EXISTS);
        }
        VaultKey key = VaultKey.derive(passphrase, VaultKey.newSalt());
        Connection connection = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            connection = connect(file, key);
            configure(connection);
            Migrations.apply(connection, 0);
            OwnerOnly.restrict(file);
            LOG.info("Vault created at schema version {}", Migrations.current());
            return new Vault(file, connection, key);
        } catch (SQLException | IOException e) {
            closeQuietly(connection);
            key.destroy();
            throw new UnlistedException(VaultProblem.STORAGE, e);
        }
    }

    /**
     * Opens (unlocks) a vault. On any failure the file is left exactly as it was: the key is
     * checked with a read before anything is configured or migrated.
     */
    public static Vault open(Path file, Passphrase passphrase) throws UnlistedException {
        VaultKey key = keyFor(file, passphrase);
        Connection connection = null;
        try {
            connection = connect(file, key);
            int version = schemaVersionOf(connection);
            if (version > Migrations.current()) {
                throw new UnlistedException(VaultProblem.NEWER_VERSION, version, Migrations.current());
            }
            configure(connection);
            Migrations.apply(connection, version);
            deleteLeftovers(file);
            LOG.info("Vault opened at schema version {} (was {})", Migrations.current(), version);
            return new Vault(file, connection, key);
        } catch (UnlistedException e) {
            closeQuietly(connection);
            key.destroy();
            throw e;
        } catch (SQLException e) {
            closeQuietly(connection);
            key.destroy();
            throw new UnlistedException(VaultProblem.CANNOT_OPEN, e);
        }
    }

    /** Checks a vault without changing it: it opens, every page is authentic, the schema is sound. */
    public static CheckResult check(Path file, Passphrase passphrase) throws UnlistedException {
        VaultKey key = keyFor(file, passphrase);
        try {
            return check(file, key);
        } finally {
            key.destroy();
        }
    }

    private static CheckResult check(Path file, VaultKey key) throws UnlistedException {
        try (Connection connection = connect(file, key)) {
            int version = schemaVersionOf(connection);
            boolean sound = integrityCheck(connection) && readsEveryRow(connection)
                    && PageAuthentication.allPagesAuthentic(file, key);
            return new CheckResult(version, Migrations.current(), sound);
        } catch (SQLException | IOException e) {
            throw new UnlistedException(VaultProblem.CANNOT_OPEN, e);
        }
    }

    /** Replaces the (locked) vault with a backup, only after the backup has been verified. */
    public static void restore(Path backup, Passphrase backupPassphrase, Path vaultFile) throws UnlistedException {
        // One key for the backup and its staged copy: same bytes, same salt, one key derivation.
        VaultKey key = keyFor(backup, backupPassphrase);
        try {
            restore(backup, key, vaultFile);
        } finally {
            key.destroy();
        }
    }

    private static void restore(Path backup, VaultKey key, Path vaultFile) throws UnlistedException {
        CheckResult result = check(backup, key);
        if (!result.sound()) {
            throw new UnlistedException(VaultProblem.DAMAGED);
        }
        if (result.schemaVersion() > result.appSchemaVersion()) {
            throw new UnlistedException(VaultProblem.NEWER_VERSION, result.schemaVersion(), result.appSchemaVersion());
        }
        Path staged = vaultFile.resolveSibling(vaultFile.getFileName() + RESTORE_SUFFIX);
        try {
            Files.createDirectories(vaultFile.toAbsolutePath().getParent());
            Files.copy(backup, staged, StandardCopyOption.REPLACE_EXISTING);
            OwnerOnly.restrict(staged);
            force(staged);
            if (!check(staged, key).sound()) {
                throw new UnlistedException(VaultProblem.DAMAGED);
            }
            Files.move(staged, vaultFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // Journal files of the vault that was replaced must never be applied to the new one.
            Files.deleteIfExists(vaultFile.resolveSibling(vaultFile.getFileName() + "-wal"));
            Files.deleteIfExists(vaultFile.resolveSibling(vaultFile.getFileName() + "-shm"));
            LOG.info("Vault restored from a backup at schema version {}", result.schemaVersion());
        } catch (IOException e) {
            throw new UnlistedException(VaultProblem.STORAGE, e);
        } finally {
            try {
                Files.deleteIfExists(staged);
            } catch (IOException e) {
                LOG.warn("A staged restore file could not be removed", e);
            }
        }
    }

    public Connection connection() {
        if (connection == null) {
            throw new IllegalStateException("The vault is locked");
        }
        return connection;
    }

    public Path file() {
        return file;
    }

    public boolean isOpen() {
        return connection != null;
    }

    public int schemaVersion() {
        try {
            return schemaVersionOf(connection());
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the schema version failed", e);
        }
    }

    public VaultSettings settings() {
        return settings;
    }

    /**
     * Changes the passphrase. A re-encrypted copy is written and verified beside the vault, then
     * moved over it in one atomic step: if anything stops before that, the old vault still opens
     * with the old passphrase.
     */
    public void changePassphrase(Passphrase current, Passphrase replacement) throws UnlistedException {
        requireNonEmpty(replacement);
        requireCurrent(current);
        VaultKey newKey = VaultKey.derive(replacement, VaultKey.newSalt());
        try {
            Path copy = writeRekeyedCopy(newKey);
            switchTo(copy, newKey);
        } catch (UnlistedException e) {
            newKey.destroy();
            throw e;
        }
    }

    /** Step one of a change of passphrase: the re-encrypted, verified copy. Package-private for tests. */
    Path writeRekeyedCopy(VaultKey newKey) throws UnlistedException {
        Path copy = file.resolveSibling(file.getFileName() + REKEY_SUFFIX);
        try {
            Files.deleteIfExists(copy);
            copyTo(copy, newKey);
            verify(copy, newKey);
            return copy;
        } catch (SQLException | IOException e) {
            deleteQuietly(copy);
            throw new UnlistedException(VaultProblem.STORAGE, e);
        }
    }

    private void switchTo(Path copy, VaultKey newKey) throws UnlistedException {
        closeQuietly(connection);
        connection = null;
        try {
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(copy);
            reopenWith(key);
            throw new UnlistedException(VaultProblem.STORAGE, e);
        }
        key.destroy();
        key = newKey;
        reopenWith(newKey);
        LOG.info("Vault passphrase changed");
    }

    private void reopenWith(VaultKey withKey) throws UnlistedException {
        try {
            connection = connect(file, withKey);
            configure(connection);
        } catch (SQLException e) {
            throw new UnlistedException(VaultProblem.STORAGE, e);
        }
    }

    /**
     * Writes an encrypted copy to a new file: with the vault's own passphrase when
     * {@code backupPassphrase} is null, else with that one. Never overwrites a file.
     */
    public void backupTo(Path target, Passphrase backupPassphrase) throws UnlistedException {
        if (Files.exists(target)) {
            throw new UnlistedException(VaultProblem.TARGET_EXISTS);
        }
        if (backupPassphrase != null) {
            requireNonEmpty(backupPassphrase);
        }
        VaultKey backupKey = backupPassphrase == null ? null : VaultKey.derive(backupPassphrase, VaultKey.newSalt());
        VaultKey useKey = backupKey != null ? backupKey : key;
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL_SUFFIX);
        try {
            Files.deleteIfExists(partial);
            copyTo(partial, useKey);
            verify(partial, useKey);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Vault backed up ({} passphrase)", backupKey == null ? "same" : "new");
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            throw new UnlistedException(VaultProblem.STORAGE, e);
        } finally {
            if (backupKey != null) {
                backupKey.destroy();
            }
        }
    }

    /** Locks: closes the connection and wipes the key. Safe to call twice. */
    @Override
    public void close() {
        closeQuietly(connection);
        connection = null;
        if (key != null) {
            key.destroy();
        }
    }

    // --- the file and the driver ---

    private static VaultKey keyFor(Path file, Passphrase passphrase) throws UnlistedException {
        if (passphrase == null) {
            throw new UnlistedException(VaultProblem.EMPTY_PASSPHRASE);
        }
        requireNonEmpty(passphrase);
        byte[] salt = new byte[VaultKey.SALT_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(salt, 0, salt.length) < salt.length) {
                throw new UnlistedException(VaultProblem.CANNOT_OPEN);
            }
        } catch (NoSuchFileException e) {
            throw new UnlistedException(VaultProblem.NOT_FOUND);
        } catch (IOException e) {
            throw new UnlistedException(VaultProblem.CANNOT_OPEN, e);
        }
        return VaultKey.derive(passphrase, salt);
    }

    static Connection connect(Path file, VaultKey key) throws SQLException {
        byte[] raw = key.rawSaltedKey();
        try {
            return SQLiteMCSqlCipherConfig.getV4Defaults().withRawSaltedKey(raw).build()
                    .createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA cache_size = -" + CACHE_KIB);
            statement.execute("PRAGMA secure_delete = ON");
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA trusted_schema = OFF");
            statement.execute("PRAGMA busy_timeout = 5000");
        }
    }

    private static int schemaVersionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA user_version")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static boolean integrityCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA integrity_check")) {
            return row.next() && "ok".equals(row.getString(1)) && !row.next();
        }
    }

    /**
     * Reading every row makes the engine authenticate (HMAC) every page that holds data; a
     * tampered page fails the read. {@link PageAuthentication} then covers free pages too.
     */
    private static boolean readsEveryRow(Connection connection) throws SQLException {
        for (String table : tables(connection)) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT * FROM " + quote(table))) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rows.getObject(i);
                    }
                }
            }
        }
        return true;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** Copies schema and rows into a new file encrypted with {@code targetKey}, in one transaction. */
    private void copyTo(Path target, VaultKey targetKey) throws SQLException, IOException {
        try (Connection out = connect(target, targetKey)) {
            out.setAutoCommit(false);
            try (Statement read = connection.createStatement();
                 Statement write = out.createStatement()) {
                write.execute("PRAGMA secure_delete = ON");
                for (String table : tables(connection)) {
                    write.execute(tableDefinition(table));
                    copyRows(table, out);
                }
                copySequences(out);
                try (ResultSet others = read.executeQuery(
                        "SELECT sql FROM sqlite_schema WHERE type IN ('index', 'trigger', 'view') AND sql IS NOT NULL ORDER BY rowid")) {
                    while (others.next()) {
                        write.execute(others.getString(1));
                    }
                }
                write.execute("PRAGMA user_version = " + schemaVersionOf(connection));
            }
            out.commit();
        }
        OwnerOnly.restrict(target);
        force(target);
    }

    private String tableDefinition(String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private void copyRows(String table, Connection out) throws SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT * FROM " + quote(table))) {
            int columns = rows.getMetaData().getColumnCount();
            String marks = String.join(", ", Collections.nCopies(columns, "?"));
            try (PreparedStatement insert = out.prepareStatement(
                    "INSERT INTO " + quote(table) + " VALUES (" + marks + ")")) {
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        insert.setObject(i, rows.getObject(i));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /** AUTOINCREMENT counters, so a copy never reuses the id of a deleted row. */
    private void copySequences(Connection out) throws SQLException {
        if (!tableExists(connection, "sqlite_sequence")) {
            return;
        }
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT name, seq FROM sqlite_sequence");
             Statement clear = out.createStatement();
             PreparedStatement insert = out.prepareStatement("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
            clear.execute("DELETE FROM sqlite_sequence");
            while (rows.next()) {
                insert.setString(1, rows.getString(1));
                insert.setLong(2, rows.getLong(2));
                insert.executeUpdate();
            }
        }
    }

    private static boolean tableExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM sqlite_schema WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static void verify(Path copy, VaultKey withKey) throws SQLException, IOException {
        try (Connection check = connect(copy, withKey)) {
            if (!integrityCheck(check) || !readsEveryRow(check)) {
                throw new SQLException("Verification of the copy failed");
            }
        }
        if (!PageAuthentication.allPagesAuthentic(copy, withKey)) {
            throw new SQLException("A page of the copy failed authentication");
        }
    }

    private void requireCurrent(Passphrase current) throws UnlistedException {
        requireNonEmpty(current);
        VaultKey candidate = VaultKey.derive(current, key.salt());
        byte[] a = candidate.rawSaltedKey();
        byte[] b = key.rawSaltedKey();
        try {
            if (!MessageDigest.isEqual(a, b)) {
                throw new UnlistedException(VaultProblem.WRONG_CURRENT_PASSPHRASE);
            }
        } finally {
            Arrays.fill(a, (byte) 0);
            Arrays.fill(b, (byte) 0);
            candidate.destroy();
        }
    }

    private static void requireNonEmpty(Passphrase passphrase) throws UnlistedException {
        if (passphrase == null || passphrase.isEmpty()) {
            throw new UnlistedException(VaultProblem.EMPTY_PASSPHRASE);
        }
    }

    /** A change of passphrase or a restore that stopped half-way leaves a copy beside the vault. */
    private static void deleteLeftovers(Path file) {
        deleteQuietly(file.resolveSibling(file.getFileName() + REKEY_SUFFIX));
        deleteQuietly(file.resolveSibling(file.getFileName() + RESTORE_SUFFIX));
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static void force(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("A temporary vault file could not be removed", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the vault connection failed", e);
        }
    }
}
