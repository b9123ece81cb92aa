package org.unlisted.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.Consent;
import org.unlisted.people.Consents;
import org.unlisted.people.People;
import org.unlisted.people.PeopleProblem;
import org.unlisted.people.Profile;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;
import org.unlisted.vault.VaultProblem;

/** Bulk sending with a sender that records what it was given (GreenMail's end-to-end test is MailSendTest). */
class BulkLettersTest {
    @TempDir
    Path temp;
    Vault vault;
    Cases cases;
    Consents consents;
    BulkLetters bulk;
    Catalog catalog;
    final TestClock clock = new TestClock(Instant.parse("2026-11-30T15:00:00Z"));
    final List<String> outbox = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            vault = Vault.create(temp.resolve("vault.db"), passphrase);
        }
        catalog = new CatalogLoader(LocalDate.of(2026, 11, 30)).bundled();
        cases = new Cases(vault::connection, catalog, clock);
        consents = new Consents(vault::connection);
        bulk = new BulkLetters(cases, consents, clock);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private BulkLetters.Sender recording() {
        return (to, subject, body) -> {
            outbox.add(to);
            return "<id-" + outbox.size() + "@unlisted.invalid>";
        };
    }

    @Test
    void everyEmailRequestIsSentOnceAndRecordedAndARetrySendsOnlyWhatFailed() throws Exception {
        Profile ana = new People(vault::connection, clock).add(Profile.draft("Ana Ruiz", "CA").asSelf());
        List<BulkLetters.Prepared> prepared = bulk.prepare(List.of(ana), Letters.emailable(catalog),
                BulkLetters.From.person());
        assertThat(prepared).isNotEmpty().allSatisfy(p -> {
            assertThat(p.letter().email()).contains("@");
            assertThat(p.letter().kind()).isEqualTo(LetterKind.DELETE);
        });
        AtomicInteger calls = new AtomicInteger();
        BulkLetters.Sender flaky = (to, subject, body) -> {
            if (calls.incrementAndGet() % 3 == 0) {
                throw new UnlistedException(VaultProblem.STORAGE);
            }
            return recording().send(to, subject, body);
        };
        List<BulkLetters.Result> first = bulk.sendAll(prepared, flaky, BulkLetters.From.person(), (r, n, all) -> { },
                () -> false);
        long failed = first.stream().filter(r -> r.outcome() == BulkLetters.Outcome.FAILED).count();
        assertThat(failed).isPositive();
        assertThat(outbox).hasSize(prepared.size() - (int) failed);

        List<BulkLetters.Prepared> retry = bulk.prepare(List.of(ana), Letters.emailable(catalog),
                BulkLetters.From.person());
        assertThat(retry).hasSize((int) failed);
        bulk.sendAll(retry, recording(), BulkLetters.From.person(), (r, n, all) -> { }, () -> false);
        assertThat(outbox).hasSize(prepared.size());
        for (BulkLetters.Prepared p : prepared) {
            var sent = cases.find(ana.id(), p.broker().id()).orElseThrow();
            assertThat(cases.history(sent.id()).stream().flatMap(e -> e.attachments().stream()))
                    .as("exactly one letter for %s", p.broker().id()).hasSize(1);
        }
        assertThat(bulk.sendAll(prepared, recording(), BulkLetters.From.person(), (r, n, all) -> { }, () -> false))
                .as("sending the first batch again sends nothing").allMatch(r -> r.outcome()
                        == BulkLetters.Outcome.ALREADY_SENT);
        assertThat(outbox).hasSize(prepared.size());

        String broker = prepared.get(0).broker().id();
        var c = cases.find(ana.id(), broker).orElseThrow();
        assertThat(c.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(cases.history(c.id())).last().satisfies(e -> {
            assertThat(e.note()).startsWith("Sent by email to ").contains("Message-ID: <id-");
            assertThat(new String(cases.attachment(e.attachments().get(0).id()), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Subject: Request to delete my personal information", "Ana Ruiz");
        });
        assertThat(bulk.prepare(List.of(ana), Letters.emailable(catalog), BulkLetters.From.person())).isEmpty();
    }

    @Test
    void anAdvocateSendsOnlyForClientsWhoConsentedAndAsAgentWhereTheLawAllows() throws Exception {
        People people = new People(vault::connection, clock);
        Profile ca = people.add(Profile.draft("Ana Ruiz", "CA"));
        Profile va = people.add(Profile.draft("Bo Lee", "VA"));
        consents.record(new Consent(0, ca.id(), LocalDate.of(2026, 11, 1), List.of(), "signed",
                LocalDate.of(2027, 11, 1), "Dana"));
        BulkLetters.From dana = BulkLetters.From.advocate(new Letters.Agent("Dana", "Legal Aid"));
        List<BulkLetters.Prepared> prepared = bulk.prepare(List.of(ca, va), Letters.emailable(catalog).subList(0, 2),
                dana);
        assertThat(prepared).hasSize(4);
        assertThat(prepared).filteredOn(p -> p.person().equals(ca)).allMatch(p -> p.letter().kind() == LetterKind.AGENT);
        assertThat(prepared).filteredOn(p -> p.person().equals(va))
                .as("in Virginia the client asks in their own name").allMatch(p -> p.letter().kind() == LetterKind.DELETE);
        List<BulkLetters.Result> results = bulk.sendAll(prepared, recording(), dana, (r, n, all) -> { }, () -> false);
        assertThat(results).filteredOn(r -> r.prepared().person().equals(va)).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(BulkLetters.Outcome.FAILED);
            assertThat(r.problem().problem()).isEqualTo(PeopleProblem.NO_CONSENT);
        });
        assertThat(outbox).hasSize(2);
        assertThat(cases.forProfile(va.id())).isEmpty();
    }

    @Test
    void cancellingStopsBeforeTheNextLetter() throws Exception {
        Profile ana = new People(vault::connection, clock).add(Profile.draft("Ana Ruiz", "CA").asSelf());
        List<BulkLetters.Prepared> prepared = bulk.prepare(List.of(ana), Letters.emailable(catalog),
                BulkLetters.From.person());
        List<BulkLetters.Result> results = bulk.sendAll(prepared, recording(), BulkLetters.From.person(),
                (r, n, all) -> { }, () -> outbox.size() >= 2);
        assertThat(results).hasSize(2);
    }
}
