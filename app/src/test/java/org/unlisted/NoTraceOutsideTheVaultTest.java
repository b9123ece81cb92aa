package org.unlisted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.cases.CaseFile;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.PrivacyLaw;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.letters.LetterKind;
import org.unlisted.letters.LetterPdf;
import org.unlisted.letters.Letters;
import org.unlisted.letters.SentLetters;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.people.ProfileRules;
import org.unlisted.reports.CaseReport;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.unlisted.core.Messages;
import org.unlisted.net.Cancellation;
import org.unlisted.net.NetSettings;
import org.unlisted.net.Network;
import org.unlisted.net.NetworkActivity;
import org.unlisted.net.scan.ScanOutcome;
import org.unlisted.net.scan.ScanRecord;
import org.unlisted.net.scan.Scanner;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * A whole round with marker values (a profile, listing addresses, notes, evidence, a scan of a
 * site standing in for a broker and the person's confirmation, letters, a report and a case file to
 * chosen files): afterwards no marker is in the log, in any new file in
 * the temp folder, or in the vault file's raw bytes. Only the report the person chose holds it.
 */
class NoTraceOutsideTheVaultTest {
    private static final String NAME = "Zephyrine Quattlebaum";
    private static final String STREET = "4471 Marker Lane";
    private static final String EMAIL = "zq-trace-4471@example.org";
    private static final String NOTE = "Marker-Note-Ref-99173";

    @Test
    void nothingPersonalLeavesTheVaultExceptWhereThePersonChose(@TempDir Path chosen) throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = files(temp, chosen);
        Clock clock = Clock.systemUTC();
        Catalog catalog = new CatalogLoader(LocalDate.now()).bundled();
        Broker spokeo = catalog.find("spokeo").orElseThrow();
        Broker mylife = catalog.find("mylife").orElseThrow();
        Path vaultFile = chosen.resolve("vault.db");
        Path report = chosen.resolve("report.pdf");
        Path caseFile = chosen.resolve("client.unlisted");
        Path letterPdf = chosen.resolve("letter.pdf");
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray());
             Vault vault = Vault.create(vaultFile, passphrase)) {
            Profile person = new People(vault::connection, clock).add(Profile.draft(NAME, "CA").withDetails(List.of(),
                    LocalDate.of(1980, 1, 2), List.of(ProfileRules.address(STREET + ", Fresno, CA 93701", true)),
                    List.of("(559) 555-0199"), List.of(EMAIL)));
            Cases cases = new Cases(vault::connection, catalog, clock);
            cases.mark(person, spokeo, Cases.Step.to(CaseState.FOUND).withNote(NOTE)
                    .withUrls(List.of("https://www.spokeo.com/Zephyrine-Quattlebaum/p1"))
                    .withFiles(List.of(new Cases.NewFile("shot.png", "image/png",
                            NAME.getBytes(StandardCharsets.UTF_8)))));
            cases.mark(person, spokeo, Cases.Step.to(CaseState.SUBMITTED));
            var letter = Letters.write(new Letters.Request(person, mylife, LetterKind.DELETE,
                    Optional.of(PrivacyLaw.CA), List.of(), LocalDate.now(), null, List.of(), null));
            SentLetters.record(cases, person, mylife, letter, "Sent by email to privacy@mylife.com",
                    org.unlisted.cases.CaseEvent.Actor.PERSON, "");
            Files.write(letterPdf, LetterPdf.render(Letters.printed(letter, person, mylife)));
            scanAndConfirm(vault, catalog, person, clock);
            CaseReport.of(new People(vault::connection, clock), cases, person.id(), clock).writePdf(report);
            try (Passphrase filePassphrase = Passphrase.wrap("copper window meadow lark".toCharArray())) {
                CaseFile.export(vault.connection(), person.id(), caseFile, filePassphrase, clock);
            }
        }

        for (String marker : List.of(NAME, STREET, EMAIL, NOTE)) {
            assertThat(TestLog.read()).as("the log").doesNotContain(marker);
            for (Path file : vaultFiles(chosen)) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as("%s stays encrypted", file.getFileName()).doesNotContain(marker);
            }
        }
        Set<Path> added = files(temp, chosen);
        added.removeAll(before);
        for (Path file : added) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            assertThat(text).as("new temp file %s", file).doesNotContain(NAME).doesNotContain(EMAIL)
                    .doesNotContain(STREET);
        }
        assertThat(report).isNotEmptyFile();
    }

    /** A people-search site on this computer shows the person; the scan finds them and they confirm it. */
    private static void scanAndConfirm(Vault vault, Catalog catalog, Profile person, Clock clock) throws Exception {
        try (MockWebServer site = new MockWebServer()) {
            site.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html; charset=utf-8")
                    .body("<html><body><article class=\"person-card\"><h2 class=\"name\"><a href=\"/p/1\">" + NAME
                            + "</a></h2><div class=\"age\">Age 46</div><ul class=\"places\"><li>Fresno, CA</li></ul>"
                            + "</article></body></html>").build());
            site.start(0);
            Broker.Scan layout = new Broker.Scan("article.person-card", "h2.name", ".age", ".places li", null,
                    "h2.name a", "No records found", null);
            Broker local = new Broker("marker-site", "Marker Site", List.of(site.getHostName()),
                    Broker.Category.PEOPLE_SEARCH, Broker.Tier.OWN, Broker.Priority.NORMAL, null, null, null,
                    new Broker.Search(true, "http://" + site.getHostName() + ":" + site.getPort()
                            + "/search?fn={first}&ln={last}&state={state}", layout),
                    new Broker.OptOut(Broker.Method.WEB_FORM, "https://marker-site.example/optout", null, null, null,
                            null, null, null, null, null, 30, null),
                    new Broker.Legal(null, null, Broker.AcceptsAgent.UNKNOWN, null), null, null, "Made up.",
                    List.of(new Broker.Source("https://example.org", "test")), LocalDate.now());
            Cases cases = new Cases(vault::connection, catalog.with(List.of(local)), clock);
            List<ScanOutcome> outcomes = new Scanner(new Network(NetSettings.defaults(),
                    new NetworkActivity(clock))).scan(person, List.of(), List.of(local), LocalDate.now(clock),
                    (done, total, latest) -> { }, new Cancellation());
            ScanRecord record = new ScanRecord(cases, Messages.forLocale(java.util.Locale.ENGLISH));
            record.write(person, outcomes);
            assertThat(outcomes.get(0).matches()).as("the scan found the person").isNotEmpty();
            record.confirm(person, outcomes.get(0), outcomes.get(0).matches().get(0),
                    org.unlisted.cases.CaseEvent.Actor.PERSON, "");
            assertThat(cases.find(person.id(), "marker-site").orElseThrow().state()).isEqualTo(CaseState.FOUND);
        }
    }

    /** The vault, its write-ahead files, and the case file: everything that must be unreadable without a passphrase. */
    private static List<Path> vaultFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("vault.db")
                    || f.getFileName().toString().startsWith("client.unlisted")).toList();
        }
    }

    private static Set<Path> files(Path root, Path except) throws IOException {
        try (Stream<Path> walk = Files.walk(root, 4)) {
            return walk.filter(p -> !p.startsWith(except)).filter(Files::isRegularFile)
                    .filter(p -> {
                        try {
                            return Files.size(p) < 50_000_000;
                        } catch (IOException e) {
                            return false;
                        }
                    }).collect(Collectors.toSet());
        } catch (java.io.UncheckedIOException e) {
            return Set.of();
        }
    }
}
