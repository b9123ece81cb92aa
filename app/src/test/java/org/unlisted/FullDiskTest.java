package org.unlisted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.ClientImport;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.reports.CaseReport;
import org.unlisted.reports.ReportProblem;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * A full disk: the person is told so in plain words, and the vault keeps exactly what it held.
 * SQLite is made to run out of room with {@code max_page_count} (it then fails as on a full disk,
 * SQLITE_FULL); files outside the vault are written to Linux's {@code /dev/full}.
 */
class FullDiskTest {
    private static final char[] SECRET = "quiet harbour lantern seven".toCharArray();
    private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
    private static final Messages SPANISH = Messages.forLocale(Locale.forLanguageTag("es"));

    @TempDir
    Path temp;
    private Vault vault;
    private People people;
    private Cases cases;
    private Profile person;
    private final TestClock clock = new TestClock(Instant.parse("2026-11-29T10:00:00Z"));

    @BeforeEach
    void open() throws Exception {
        vault = Vault.create(temp.resolve("vault.db"), Passphrase.wrap(SECRET.clone()));
        people = new People(vault::connection, clock);
        Catalog catalog = new CatalogLoader(LocalDate.of(2026, 11, 29)).bundled();
        cases = new Cases(vault::connection, catalog, clock);
        person = people.add(Profile.draft("Dana Example", "CA"));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    /** Leaves room for only a few more pages, as a nearly full disk would. */
    private void fillTheDisk() throws Exception {
        try (Statement statement = vault.connection().createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            var rows = statement.executeQuery("PRAGMA page_count");
            rows.next();
            statement.execute("PRAGMA max_page_count = " + (rows.getInt(1) + 2));
        }
    }

    private void freeSomeSpace() throws Exception {
        try (Statement statement = vault.connection().createStatement()) {
            statement.execute("PRAGMA max_page_count = 1073741823");
        }
    }

    @Test
    void aStepThatDoesNotFitIsRefusedInPlainWordsAndChangesNothing() throws Exception {
        Broker spokeo = cases.catalog().find("spokeo").orElseThrow();
        byte[] screenshot = new byte[2_000_000];
        fillTheDisk();

        UnlistedException full = org.junit.jupiter.api.Assertions.assertThrows(UnlistedException.class,
                () -> cases.mark(person, spokeo, Cases.Step.to(CaseState.FOUND)
                        .withFiles(List.of(new Cases.NewFile("listing.png", "image/png", screenshot)))));

        assertThat(full.describe(ENGLISH)).startsWith("The disk is full.").contains("Nothing was changed.");
        assertThat(full.describe(SPANISH)).startsWith("El disco está lleno.");
        assertThat(full.getMessage()).doesNotContain("Dana");
        assertThat(cases.find(person.id(), "spokeo")).isEmpty();

        freeSomeSpace();
        cases.mark(person, spokeo, Cases.Step.to(CaseState.FOUND));
        assertThat(cases.find(person.id(), "spokeo").orElseThrow().state()).isEqualTo(CaseState.FOUND);
        vault.close();
        assertThat(Vault.check(temp.resolve("vault.db"), Passphrase.wrap(SECRET.clone())).sound()).isTrue();
    }

    @Test
    void aSpreadsheetThatDoesNotFitImportsNoOneAtAll() throws Exception {
        StringBuilder csv = new StringBuilder("Name,State,Notes\r\n");
        for (int i = 0; i < 400; i++) {
            csv.append("Client ").append(i).append(" Example,NY,").append("x".repeat(2_000)).append("\r\n");
        }
        ClientImport.Check check = ClientImport.check(csv.toString().getBytes(StandardCharsets.UTF_8), Map.of(), people,
                LocalDate.of(2026, 11, 29));
        assertThat(check.ready()).hasSize(400);
        fillTheDisk();

        assertThatThrownBy(() -> ClientImport.commit(check, false, people, vault::connection))
                .isInstanceOf(UnlistedException.class)
                .satisfies(e -> assertThat(((UnlistedException) e).describe(ENGLISH)).startsWith("The disk is full."));

        freeSomeSpace();
        assertThat(people.list()).extracting(Profile::legalName).containsExactly("Dana Example");
    }

    @Test
    void aReportToAFullDiskSaysSo() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");
        CaseReport report = CaseReport.of(people, cases, person.id(), clock);

        assertThatThrownBy(() -> report.writeCsv(full))
                .isInstanceOf(UnlistedException.class)
                .satisfies(e -> {
                    assertThat(((UnlistedException) e).problem()).isEqualTo(ReportProblem.WRITE);
                    assertThat(((UnlistedException) e).describe(ENGLISH)).startsWith("The disk is full.");
                });
    }
}
