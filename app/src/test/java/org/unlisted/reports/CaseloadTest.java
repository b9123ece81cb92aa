package org.unlisted.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.Cases.Step;
import org.unlisted.cases.Overview;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

class CaseloadTest {
    static Catalog catalog;

    @TempDir
    Path temp;
    Vault vault;
    People people;
    Cases cases;
    Overview overview;
    final TestClock clock = new TestClock(Instant.parse("2026-11-30T15:00:00Z"));

    @BeforeAll
    static void loadCatalog() throws UnlistedException {
        catalog = new CatalogLoader(LocalDate.now()).bundled();
    }

    @BeforeEach
    void open() throws Exception {
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            vault = Vault.create(temp.resolve("vault.db"), passphrase);
        }
        people = new People(vault::connection, clock);
        cases = new Cases(vault::connection, catalog, clock);
        overview = new Overview(vault::connection, clock);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    static Broker broker(String id) {
        return catalog.find(id).orElseThrow();
    }

    /** Ana: one removed, one overdue, one blocked. Dmitry: one waiting. Zoë: nothing started. Made on Jan 19, 2027. */
    void threeClients() throws UnlistedException {
        Profile ana = people.add(Profile.draft("Ana Ruiz", "CA").withDetails(List.of(), LocalDate.of(1984, 3, 9),
                List.of(new Profile.Address("4417 Quimby Lane", "Fresno", "CA", "93701", null, null, true)),
                List.of("555-010-9876"), List.of()));
        Profile dmitry = people.add(Profile.draft("Дмитрий Петров", "TX"));
        people.add(Profile.draft("Zoë Adams", "NY"));
        cases.mark(ana, broker("spokeo"), Step.to(CaseState.SUBMITTED));
        cases.mark(ana, broker("whitepages"), Step.to(CaseState.SUBMITTED));
        cases.mark(ana, broker("beenverified"), Step.to(CaseState.BLOCKED));
        clock.advance(Duration.ofDays(3));
        cases.mark(ana, broker("spokeo"), Step.to(CaseState.REMOVED));
        clock.advance(Duration.ofDays(37));
        cases.mark(dmitry, broker("spokeo"), Step.to(CaseState.SUBMITTED));
        clock.advance(Duration.ofDays(10));
    }

    @Test
    void listsEveryClientWithTheirCountsAndNextDate() throws Exception {
        threeClients();

        byte[] pdf = Caseload.of(people, overview, clock).pdf();

        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Caseload", "Made on January 19, 2027 at 15:00 UTC. 3 clients, 1 with something"
                + " overdue.", "Client State Done Waiting Overdue Blocked Next date");
        // done, waiting (counting the overdue one), overdue, blocked, next date
        assertThat(text).contains("Ana Ruiz CA 1 1 1 1 Jan 14, 2027 (passed)", "Дмитрий Петров TX 0 1 0 0 Feb 23, 2027",
                "Zoë Adams NY 0 0 0 0", "Total 1 2 1 1", "Page 1 of 1");
        assertThat(text).doesNotContain("1984", "555-010-9876", "Quimby", "Fresno");
    }

    @Test
    void theCsvHasOneRowPerClientAndEscapesFormulas(@TempDir Path out) throws Exception {
        threeClients();
        people.add(Profile.draft("=cmd|' /C calc'!A0", "CA"));

        Caseload caseload = Caseload.of(people, overview, clock);
        caseload.writeCsv(out.resolve("caseload.csv"));

        String written = Files.readString(out.resolve("caseload.csv"), StandardCharsets.UTF_8);
        List<CSVRecord> rows = parse(written.substring(1));
        assertThat(rows).hasSize(5);
        assertThat(rows).extracting(row -> row.get(0)).containsExactly("Client", "'=cmd|' /C calc'!A0", "Ana Ruiz",
                "Zoë Adams", "Дмитрий Петров");
        assertThat(rows.get(2).toList()).containsExactly("Ana Ruiz", "CA", "1", "1", "1", "1", "2027-01-14");
        assertThat(rows.get(3).toList()).containsExactly("Zoë Adams", "NY", "0", "0", "0", "0", "");
    }

    @Test
    void anEmptyVaultGivesAPageSayingSo() throws Exception {
        byte[] pdf = Caseload.of(people, overview, clock).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("0 clients", "There are no clients in this"
                    + " vault.", "Page 1 of 1");
        }
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }
}
