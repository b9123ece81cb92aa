package org.unlisted.people;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * Run in a child JVM by {@link ImportCrashTest}: imports spreadsheets of {@value #ROWS} new clients
 * one after another, printing "imported N" (the people now in the vault) after each commit, until
 * it is killed. The passphrase comes on standard input.
 */
public final class ImportCrashChild {
    static final int ROWS = 100;

    private ImportCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Clock clock = Clock.systemUTC();
        try (Vault vault = Vault.open(Path.of(args[0]), Passphrase.wrap(in.readLine().toCharArray()))) {
            People people = new People(vault::connection, clock);
            out.println("ready");
            for (int batch = people.list().size() / ROWS; ; batch++) {
                StringBuilder csv = new StringBuilder("Name,State,Email,Notes\r\n");
                for (int row = 0; row < ROWS; row++) {
                    csv.append("Client").append(batch).append('x').append(row).append(" Example,CA,c").append(batch)
                            .append('x').append(row).append("@example.org,").append("n".repeat(300)).append("\r\n");
                }
                ClientImport.Check check = ClientImport.check(csv.toString().getBytes(StandardCharsets.UTF_8), Map.of(),
                        people, LocalDate.now(clock));
                ClientImport.commit(check, false, people, vault::connection);
                out.println("imported " + people.list().size());
            }
        }
    }
}
