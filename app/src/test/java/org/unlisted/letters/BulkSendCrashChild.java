package org.unlisted.letters;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.unlisted.cases.Cases;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.people.Consents;
import org.unlisted.people.People;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * Run in a child JVM by {@link BulkSendCrashTest}: sends every email request of the vault's one
 * person, printing "handed BROKER" when a message leaves and "recorded BROKER" once its event is
 * committed, until it is killed or done. The passphrase comes on standard input.
 */
public final class BulkSendCrashChild {
    private BulkSendCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Clock clock = Clock.systemUTC();
        Catalog catalog = new CatalogLoader(LocalDate.now()).bundled();
        try (Vault vault = Vault.open(Path.of(args[0]), Passphrase.wrap(in.readLine().toCharArray()))) {
            BulkLetters bulk = new BulkLetters(new Cases(vault::connection, catalog, clock),
                    new Consents(vault::connection), clock);
            var person = new People(vault::connection, clock).list().get(0);
            List<BulkLetters.Prepared> prepared = bulk.prepare(List.of(person), Letters.emailable(catalog),
                    BulkLetters.From.person());
            out.println("prepared " + prepared.size());
            bulk.sendAll(prepared, (to, subject, body) -> {
                out.println("handed " + to);
                return "<" + System.nanoTime() + "@crash.invalid>";
            }, BulkLetters.From.person(), (result, done, total) -> out.println("recorded "
                    + result.prepared().broker().id()), () -> false);
            out.println("done");
        }
    }
}
