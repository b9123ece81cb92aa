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
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * A whole round with marker values (a profile, listing addresses, notes, evidence, letters, a
 * report and a case file to chosen files): afterwards no marker is in the log, in any new file in
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
