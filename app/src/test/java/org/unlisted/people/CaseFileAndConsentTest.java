package org.unlisted.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseFile;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.OptOutCase;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.UnlistedException;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;
import org.unlisted.vault.VaultProblem;

class CaseFileAndConsentTest {
    private static final String VAULT_PASS = "amber kettle saddle frost";
    private static final String FILE_PASS = "copper window meadow lark";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path temp;
    final TestClock clock = new TestClock(Instant.parse("2026-11-29T10:00:00Z"));

    private static Passphrase pass(String text) {
        return Passphrase.wrap(text.toCharArray());
    }

    private Vault vault(String name) throws UnlistedException {
        try (Passphrase passphrase = pass(VAULT_PASS)) {
            return Vault.create(temp.resolve(name), passphrase);
        }
    }

    private Path exportClient() throws Exception {
        Path caseFile = temp.resolve("client.unlisted");
        try (Vault first = vault("first.db")) {
            Profile client = new People(first::connection, clock).add(PeopleTest.full("Ana Ruiz", "ana@example.org"));
            new Consents(first::connection).record(new Consent(0, client.id(), TODAY.minusDays(3),
                    List.of("spokeo", "whitepages"), "signed on paper", TODAY.plusYears(1), "Dana Advocate"));
            Cases cases = new Cases(first::connection, new CatalogLoader(TODAY).bundled(), clock);
            Broker spokeo = cases.catalog().find("spokeo").orElseThrow();
            cases.mark(client, spokeo, Cases.Step.to(CaseState.FOUND).withNote("found it")
                    .withUrls(List.of("https://www.spokeo.com/Ana-Ruiz/p1")));
            clock.advance(java.time.Duration.ofDays(3));
            cases.mark(client, spokeo, Cases.Step.to(CaseState.REMOVED).withFiles(List.of(
                    new Cases.NewFile("gone.png", "image/png", new byte[] {9, 8, 7}))));
            try (Passphrase passphrase = pass(FILE_PASS)) {
                CaseFile.export(first.connection(), client.id(), caseFile, passphrase, clock);
            }
        }
        return caseFile;
    }

    @Test
    void aCaseFileMovesAPersonBetweenTwoVaultsIntact() throws Exception {
        Path caseFile = exportClient();

        try (Vault second = vault("second.db"); Passphrase passphrase = pass(FILE_PASS)) {
            Profile imported = CaseFile.importInto(second.connection(), caseFile, passphrase, clock);

            Profile read = new People(second::connection, clock).get(imported.id());
            assertThat(read.legalName()).isEqualTo("Ana Ruiz");
            assertThat(read.emails()).containsExactly("ana@example.org");
            assertThat(read.addresses()).hasSize(2);
            assertThat(read.dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 9));
            assertThat(new Consents(second::connection).of(read.id())).singleElement().satisfies(consent -> {
                assertThat(consent.brokerIds()).containsExactly("spokeo", "whitepages");
                assertThat(consent.advocate()).isEqualTo("Dana Advocate");
            });
            Cases cases = new Cases(second::connection, new CatalogLoader(TODAY).bundled(), clock);
            OptOutCase moved = cases.find(read.id(), "spokeo").orElseThrow();
            assertThat(moved.state()).isEqualTo(CaseState.REMOVED);
            assertThat(moved.recheckOn()).isEqualTo(TODAY.plusDays(3 + 90));
            List<CaseEvent> history = cases.history(moved.id());
            assertThat(history).extracting(CaseEvent::at).as("recorded times travel unchanged")
                    .containsExactly(Instant.parse("2026-11-29T10:00:00Z"), Instant.parse("2026-12-02T10:00:00Z"));
            assertThat(history.get(0).urls()).containsExactly("https://www.spokeo.com/Ana-Ruiz/p1");
            assertThat(history.get(0).note()).isEqualTo("found it");
            assertThat(cases.attachment(history.get(1).attachments().get(0).id())).containsExactly(9, 8, 7);
            try (Passphrase again = pass(FILE_PASS)) {
                assertThatThrownBy(() -> CaseFile.importInto(second.connection(), caseFile, again, clock))
                        .isInstanceOfSatisfying(UnlistedException.class,
                                e -> assertThat(e.problem()).isEqualTo(PeopleProblem.DUPLICATE));
            }
            assertThat(new People(second::connection, clock).list()).hasSize(1);
        }
    }

    @Test
    void aWrongPassphraseOrATamperedFileImportsNothing() throws Exception {
        Path caseFile = exportClient();
        try (Vault second = vault("second.db")) {
            try (Passphrase wrong = pass("not the right words")) {
                assertThatThrownBy(() -> CaseFile.importInto(second.connection(), caseFile, wrong, clock))
                        .isInstanceOfSatisfying(UnlistedException.class,
                                e -> assertThat(e.problem()).isEqualTo(VaultProblem.CANNOT_OPEN));
            }
            Path tampered = temp.resolve("tampered.unlisted");
            Files.copy(caseFile, tampered);
            try (RandomAccessFile bytes = new RandomAccessFile(tampered.toFile(), "rw")) {
                long spot = bytes.length() - 700;
                bytes.seek(spot);
                int b = bytes.read();
                bytes.seek(spot);
                bytes.write(b ^ 0x5A);
            }
            try (Passphrase passphrase = pass(FILE_PASS)) {
                assertThatThrownBy(() -> CaseFile.importInto(second.connection(), tampered, passphrase, clock))
                        .isInstanceOf(UnlistedException.class);
            }
            assertThat(new People(second::connection, clock).list()).isEmpty();
        }
    }

    @Test
    void actingForAClientNeedsACurrentConsentForThatBroker() throws Exception {
        try (Vault vault = vault("vault.db")) {
            long client = new People(vault::connection, clock).add(Profile.draft("Ana Ruiz", "CA")).id();
            Consents consents = new Consents(vault::connection);
            assertThatThrownBy(() -> consents.requireCurrent(client, "spokeo", TODAY))
                    .isInstanceOfSatisfying(UnlistedException.class,
                            e -> assertThat(e.problem()).isEqualTo(PeopleProblem.NO_CONSENT));

            consents.record(new Consent(0, client, TODAY.minusDays(1), List.of("spokeo"), "signed form", TODAY.plusDays(30),
                    "Dana Advocate"));

            assertThat(consents.requireCurrent(client, "spokeo", TODAY).advocate()).isEqualTo("Dana Advocate");
            assertThat(consents.current(client, "whitepages", TODAY)).isEmpty();
            assertThat(consents.current(client, "spokeo", TODAY.plusDays(31))).as("expired").isEmpty();
            assertThatThrownBy(() -> consents.record(new Consent(0, client, TODAY, List.of(), " ", null, "Dana")))
                    .isInstanceOfSatisfying(UnlistedException.class,
                            e -> assertThat(e.problem()).isEqualTo(PeopleProblem.CONSENT_INVALID));
            assertThatThrownBy(() -> consents.record(new Consent(0, client, TODAY, List.of(), "verbal",
                    TODAY.minusDays(1), "Dana"))).isInstanceOf(UnlistedException.class);

            Consent all = consents.record(new Consent(0, client, TODAY, List.of(), "verbal, then signed", null,
                    "Dana Advocate"));
            assertThat(consents.requireCurrent(client, "whitepages", TODAY.plusYears(3)).id()).isEqualTo(all.id());
            String form = PermissionForm.text(new People(vault::connection, clock).get(client), all, "Eastside Legal Aid");
            assertThat(form).contains("I, Ana Ruiz, authorize Dana Advocate of Eastside Legal Aid")
                    .contains("any data broker or people-search company").contains("November 29, 2026")
                    .contains("until I withdraw it in writing").contains("Signature:");
        }
    }
}
