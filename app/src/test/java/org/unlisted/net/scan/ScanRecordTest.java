package org.unlisted.net.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.OptOutCase;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.core.Messages;
import org.unlisted.net.Cancellation;
import org.unlisted.net.NetSettings;
import org.unlisted.net.Network;
import org.unlisted.net.NetworkActivity;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/** A scan in a real vault: a note per site, the person confirms, and a removed listing that comes back. */
class ScanRecordTest {
    @TempDir
    Path temp;
    private final MockWebServer server = new MockWebServer();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-30T15:00:00Z"));
    private Vault vault;
    private Cases cases;
    private Profile ana;
    private Broker finder;
    private ScanRecord record;

    @BeforeEach
    void open() throws Exception {
        server.start(0);
        finder = ScanSites.site("finder", server.getHostName(), server.getPort(), "/search?fn={first}&ln={last}");
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            vault = Vault.create(temp.resolve("vault.db"), passphrase);
        }
        ana = new People(vault::connection, clock).add(ScanSites.ana().withId(0));
        cases = new Cases(vault::connection, new Catalog(List.of(finder), List.of()), clock);
        record = new ScanRecord(cases, Messages.forLocale(Locale.ENGLISH));
    }

    @AfterEach
    void close() throws Exception {
        vault.close();
        server.close();
    }

    private ScanOutcome scan(String page) {
        server.enqueue(new MockResponse.Builder().body(ScanSites.page(page)).build());
        return new Scanner(new Network(NetSettings.defaults(), new NetworkActivity(Clock.systemUTC()))).scan(ana,
                List.of(), List.of(finder), ScanSites.TODAY, (d, t, o) -> { }, new Cancellation()).get(0);
    }

    private List<CaseEvent> history() throws Exception {
        return cases.history(cases.find(ana.id(), "finder").orElseThrow().id());
    }

    @Test
    void aScanIsANoteByTheAppThatConfirmsNothing() throws Exception {
        ScanOutcome outcome = scan("several.html");
        assertThat(record.write(ana, List.of(outcome))).isEmpty();
        OptOutCase after = cases.find(ana.id(), "finder").orElseThrow();
        assertThat(after.state()).as("never confirmed by the app").isEqualTo(CaseState.NOT_STARTED);
        CaseEvent note = history().get(0);
        assertThat(note.kind()).isEqualTo(CaseEvent.Kind.NOTE);
        assertThat(note.actor()).isEqualTo(CaseEvent.Actor.APP);
        assertThat(note.urls()).as("not listing addresses: letters would use them").isEmpty();
        assertThat(note.note()).contains("4 people", "1 very likely you", "1 maybe you",
                "Very likely you: " + outcome.matches().get(0).candidate().listingUrl())
                .doesNotContain("p10001");
    }

    @Test
    void everyKindOfOutcomeIsWrittenPlainlyButACancelledSiteIsNot() throws Exception {
        ScanOutcome nobody = scan("no-match.html");
        ScanOutcome cancelled = ScanOutcome.of(finder, ScanOutcome.Kind.CANCELLED, nobody.searchUrl());
        record.write(ana, List.of(nobody, cancelled));
        assertThat(history()).singleElement().extracting(CaseEvent::note)
                .isEqualTo("Scan: the site showed no one by this name.");
    }

    @Test
    void thisIsMeMovesTheCaseToFoundWithTheListingAddress() throws Exception {
        ScanOutcome outcome = scan("one-match.html");
        record.write(ana, List.of(outcome));
        Match match = outcome.matches().get(0);
        record.confirm(ana, outcome, match, CaseEvent.Actor.PERSON, "");
        assertThat(cases.find(ana.id(), "finder").orElseThrow().state()).isEqualTo(CaseState.FOUND);
        CaseEvent confirmed = history().get(1);
        assertThat(confirmed.actor()).isEqualTo(CaseEvent.Actor.PERSON);
        assertThat(confirmed.urls()).containsExactly(match.candidate().listingUrl());

        record.confirm(ana, outcome, match, CaseEvent.Actor.PERSON, "");
        assertThat(cases.find(ana.id(), "finder").orElseThrow().state()).as("found again is a note").isEqualTo(CaseState.FOUND);
        assertThat(history().get(2).kind()).isEqualTo(CaseEvent.Kind.NOTE);
    }

    @Test
    void theSameScanAfterRemovalFlagsItAndThePersonConfirmsRelisted() throws Exception {
        cases.mark(ana, finder, Cases.Step.to(CaseState.FOUND));
        cases.mark(ana, finder, Cases.Step.to(CaseState.SUBMITTED));
        cases.mark(ana, finder, Cases.Step.to(CaseState.REMOVED));

        ScanOutcome gone = scan("no-match.html");
        assertThat(record.write(ana, List.of(gone))).isEmpty();
        ScanOutcome back = scan("one-match.html");
        assertThat(record.write(ana, List.of(back))).containsExactly(back);
        assertThat(cases.find(ana.id(), "finder").orElseThrow().state()).as("flagged, not moved")
                .isEqualTo(CaseState.REMOVED);
        assertThat(history().get(history().size() - 1).note()).startsWith("This site may be showing you again.");

        record.confirm(ana, back, back.matches().get(0), CaseEvent.Actor.PERSON, "");
        OptOutCase relisted = cases.find(ana.id(), "finder").orElseThrow();
        assertThat(relisted.state()).isEqualTo(CaseState.RELISTED);
        assertThat(relisted.round()).isEqualTo(2);
    }

    @Test
    void onlyAStrongMatchFlagsARemovedCase() throws Exception {
        cases.mark(ana, finder, Cases.Step.to(CaseState.FOUND));
        cases.mark(ana, finder, Cases.Step.to(CaseState.REMOVED));
        OptOutCase removed = cases.find(ana.id(), "finder").orElseThrow();
        ScanOutcome namesake = new ScanOutcome(finder, ScanOutcome.Kind.CANDIDATES, List.of(new Likeness(ana,
                List.of(), ScanSites.TODAY).score(new Candidate("Ana Ruiz", null, List.of(), List.of(), null))),
                "", null, null);
        assertThat(ScanRecord.mayBeBack(removed, namesake)).isFalse();
    }
}
