package org.unlisted.vault;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link VaultCrashSafetyTest}: writes rows forever, printing each id once
 * its transaction has committed, until it is killed. The passphrase comes on standard input.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long id = Long.parseLong(args[1]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (Vault vault = Vault.open(file, Passphrase.wrap(in.readLine().toCharArray()))) {
            try (Statement statement = vault.connection().createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS crash_log (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
            }
            try (PreparedStatement insert = vault.connection().prepareStatement(
                    "INSERT INTO crash_log (id, payload) VALUES (?, randomblob(3000))")) {
                while (true) {
                    insert.setLong(1, id);
                    insert.executeUpdate();
                    out.println(id++);
                }
            }
        }
    }
}
