package org.unlisted.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseFile;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.UnlistedException;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * A case file comes from outside: anything may be in it. Random bytes, a real file cut short or
 * with bytes changed, a file locked with another passphrase, an empty file, a folder, a plain
 * database, a vault that is not a case file: each gives an {@link UnlistedException} and the
 * receiving vault holds exactly what it held before, row for row. Seeded: a failure names its
 * seed, and {@code -Dhostile.seed=N} replays it. Every try costs a key derivation (about 0.3 s),
 * so the counts are modest.
 */
class HostileCaseFileTest {
    private static final String VAULT_PASS = "amber kettle saddle frost";
    private static final String FILE_PASS = "copper window meadow lark";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final long SEED = Long.getLong("hostile.seed", System.nanoTime());

    @TempDir
    static Path temp;
    static final TestClock CLOCK = new TestClock(Instant.parse("2026-11-29T10:00:00Z"));
    static Vault receiving;
    static Path caseFile;
    static byte[] real;
    static List<String> before;

    private static Passphrase pass(String text) {
        return Passphrase.wrap(text.toCharArray());
    }

    @BeforeAll
    static void setUp() throws Exception {
        System.out.println("HostileCaseFileTest seed " + SEED);
        caseFile = temp.resolve("client.unlisted");
        try (Passphrase passphrase = pass(VAULT_PASS);
             Vault first = Vault.create(temp.resolve("first.db"), passphrase)) {
            Profile client = new People(first::connection, CLOCK).add(PeopleTest.full("Ana Ruiz", "ana@example.org"));
            new Consents(first::connection).record(new Consent(0, client.id(), TODAY.minusDays(3), List.of("spokeo"),
                    "signed on paper", TODAY.plusYears(1), "Dana Advocate"));
            Cases cases = new Cases(first::connection, new CatalogLoader(TODAY).bundled(), CLOCK);
            cases.mark(client, cases.catalog().find("spokeo").orElseThrow(), Cases.Step.to(CaseState.FOUND)
                    .withNote("found it")
                    .withFiles(List.of(new Cases.NewFile("shot.png", "image/png", new byte[5000]))));
            try (Passphrase filePass = pass(FILE_PASS)) {
                CaseFile.export(first.connection(), client.id(), caseFile, filePass, CLOCK);
            }
        }
        real = Files.readAllBytes(caseFile);
        try (Passphrase passphrase = pass(VAULT_PASS)) {
            receiving = Vault.create(temp.resolve("receiving.db"), passphrase);
        }
        // Someone already there, with a case, so "unchanged" means something.
        Profile there = new People(receiving::connection, CLOCK).add(Profile.draft("Luis Vega", "TX"));
        Cases cases = new Cases(receiving::connection, new CatalogLoader(TODAY).bundled(), CLOCK);
        cases.mark(there, cases.catalog().find("spokeo").orElseThrow(), Cases.Step.to(CaseState.SUBMITTED));
        before = everyRow(receiving.connection());
        // The file as made imports: a refusal below is the change's doing, not the file's or the vault's.
        try (Passphrase passphrase = pass(VAULT_PASS); Passphrase filePass = pass(FILE_PASS);
             Vault scratch = Vault.create(temp.resolve("scratch.db"), passphrase)) {
            new People(scratch::connection, CLOCK).add(Profile.draft("Luis Vega", "TX"));
            assertThat(CaseFile.importInto(scratch.connection(), caseFile, filePass, CLOCK).legalName())
                    .isEqualTo("Ana Ruiz");
        }
        Files.write(caseFile, real);
    }

    @AfterAll
    static void tearDown() {
        receiving.close();
    }

    @Test
    void randomBytesAreRefused() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 8; i++) {
            // Whole pages too, so the reader gets as far as trying to decrypt them.
            byte[] junk = new byte[i % 2 == 0 ? 4096 * (1 + random.nextInt(8)) : random.nextInt(20_000)];
            random.nextBytes(junk);
            refused(write("random-" + i, junk), FILE_PASS, "random bytes #" + i + " (" + junk.length + ")");
        }
    }

    @Test
    void aRealFileCutShortIsRefused() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 8; i++) {
            int length = switch (i) {
                case 0 -> 15; // shorter than the salt
                case 1 -> 4096; // the first page alone
                case 2 -> real.length - 4096; // the last page missing
                case 3 -> real.length - 1;
                default -> random.nextInt(real.length);
            };
            refused(write("cut-" + i, Arrays.copyOf(real, length)), FILE_PASS, "cut at " + length);
        }
    }

    @Test
    void aRealFileWithBytesChangedIsRefused() throws Exception {
        Random random = new Random(SEED);
        for (int i = 0; i < 14; i++) {
            byte[] changed = real.clone();
            StringBuilder where = new StringBuilder();
            for (int f = 0; f < 1 + random.nextInt(i % 4 == 0 ? 10 : 1); f++) {
                // Now and then in the first page, where the salt and the schema are.
                int at = i % 3 == 0 ? random.nextInt(4096) : random.nextInt(changed.length);
                changed[at] ^= (byte) (1 + random.nextInt(255));
                where.append(at).append(' ');
            }
            refused(write("changed-" + i, changed), FILE_PASS, "bytes changed at " + where);
        }
    }

    @Test
    void anotherPassphraseAnEmptyFileAFolderOrNoFileAreRefused() throws Exception {
        refused(caseFile, "not the words it was locked with", "another passphrase");
        refused(write("empty", new byte[0]), FILE_PASS, "an empty file");
        Path folder = Files.createDirectories(temp.resolve("a-folder.unlisted"));
        refused(folder, FILE_PASS, "a folder");
        refused(temp.resolve("nothing-here.unlisted"), FILE_PASS, "no file");
        assertThat(Files.readAllBytes(caseFile)).as("the real file is still whole").isEqualTo(real);
    }

    @Test
    void aPlainDatabaseOrAVaultThatIsNotACaseFileIsRefused() throws Exception {
        Path plain = temp.resolve("plain.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + plain);
             Statement make = db.createStatement()) {
            make.execute("CREATE TABLE profile (id INTEGER PRIMARY KEY, legal_name TEXT)");
            make.execute("INSERT INTO profile VALUES (1, 'x')");
        }
        refused(plain, FILE_PASS, "an unencrypted database");
        Path vault = temp.resolve("just-a-vault.db");
        try (Passphrase passphrase = pass(FILE_PASS); Vault other = Vault.create(vault, passphrase)) {
            new People(other::connection, CLOCK).add(PeopleTest.full("Eva Stone", "eva@example.org"));
        }
        refused(vault, FILE_PASS, "a vault with no case in it");
    }

    @Test
    void aHandMadeFileHoldingWhatTheAppCannotReadImportsNothing() throws Exception {
        // Someone who knows the passphrase wrote the file by hand. Each change alone must refuse it whole.
        crafted("a control character in the name", PeopleProblem.TOO_LONG,
                "UPDATE profile SET legal_name = 'Ana' || char(0) || 'Ruiz'");
        crafted("a consent date that is no date", INVALID,
                "UPDATE consent SET given = 'yesterday'");
        crafted("a case in a state the app does not know", INVALID,
                "UPDATE opt_case SET state = 'VANISHED'");
        crafted("a case with a time that is no time", INVALID,
                "UPDATE opt_case SET updated = 'soon'");
        crafted("a step of a kind the app does not know", INVALID,
                "DROP TRIGGER case_event_append_only",
                "UPDATE case_event SET kind = 'MAGIC'");
        crafted("a step whose addresses are not a list", INVALID,
                "DROP TRIGGER case_event_append_only",
                "UPDATE case_event SET urls = '{\"not\": \"a list\"}'");
        crafted("no person where the file points", INVALID,
                "UPDATE setting SET value = '999' WHERE key = 'casefile.profile'");
        crafted("a pointer that is no number", INVALID,
                "UPDATE setting SET value = 'one' WHERE key = 'casefile.profile'");
    }

    private static final PeopleProblem INVALID = PeopleProblem.CASE_FILE_INVALID;

    private static void crafted(String what, PeopleProblem expected, String... statements) throws Exception {
        Path file = write("crafted-" + what.hashCode(), real);
        try (Passphrase passphrase = pass(FILE_PASS); Vault open = Vault.open(file, passphrase);
             Statement change = open.connection().createStatement()) {
            for (String statement : statements) {
                change.execute(statement);
            }
        }
        assertThat(refused(file, FILE_PASS, "a hand-made file with " + what).problem()).as(what).isEqualTo(expected);
    }

    private static Path write(String name, byte[] bytes) throws Exception {
        return Files.write(temp.resolve(name + ".unlisted"), bytes);
    }

    private static UnlistedException refused(Path file, String passphrase, String what) throws Exception {
        String context = "seed " + SEED + ", " + what;
        Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Passphrase words = pass(passphrase)) {
                return CaseFile.importInto(receiving.connection(), file, words, CLOCK);
            } catch (UnlistedException e) {
                return e;
            } catch (RuntimeException | Error e) {
                throw new AssertionError(context + ": an unchecked " + e.getClass().getName(), e);
            }
        }, context);
        assertThat(outcome instanceof UnlistedException).as(context + ": refused").isTrue();
        assertThat(((UnlistedException) outcome).problem()).as(context).isNotEqualTo(PeopleProblem.DUPLICATE);
        assertThat(everyRow(receiving.connection())).as(context + ": the vault is as it was").isEqualTo(before);
        return (UnlistedException) outcome;
    }

    /** Every row of every table, sorted: the whole content of the vault as text. */
    static List<String> everyRow(Connection vault) throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Statement list = vault.createStatement();
             ResultSet names = list.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement read = vault.createStatement();
                 ResultSet row = read.executeQuery("SELECT * FROM \"" + table + "\"")) {
                int columns = row.getMetaData().getColumnCount();
                while (row.next()) {
                    StringBuilder line = new StringBuilder(table);
                    for (int c = 1; c <= columns; c++) {
                        Object value = row.getObject(c);
                        line.append(" | ").append(value instanceof byte[] bytes ? Arrays.toString(bytes) : value);
                    }
                    rows.add(line.toString());
                }
            }
        }
        rows.sort(null);
        return rows;
    }
}
