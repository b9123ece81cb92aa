package org.unlisted.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseEvent.Actor;
import org.unlisted.cases.CaseEvent.Kind;
import org.unlisted.cases.Cases.NewFile;
import org.unlisted.cases.Cases.Step;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

class CasesTest {
    static final String MARKER = "Quillon Brastweed evidence";
    static Catalog catalog;

    @TempDir
    Path temp;
    Vault vault;
    People people;
    Cases cases;
    Overview overview;
    Profile person;
    final TestClock clock = new TestClock(Instant.parse("2026-11-30T15:00:00Z"));

    @BeforeAll
    static void loadCatalog() throws UnlistedException {
        catalog = new CatalogLoader(LocalDate.of(2026, 11, 30)).bundled();
    }

    @BeforeEach
    void open() throws Exception {
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            vault = Vault.create(temp.resolve("vault.db"), passphrase);
        }
        people = new People(vault::connection, clock);
        cases = new Cases(vault::connection, catalog, clock);
        overview = new Overview(vault::connection, clock);
        person = people.add(Profile.draft("Ada Example", "CA"));
    }

    @AfterEach
    void close() {
        vault.close();
    }

    static Broker broker(String id) {
        return catalog.find(id).orElseThrow();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void aWebFormOptOutGoesToRemovedWithTheLawsDeadlineAndARecheck() throws Exception {
        Broker spokeo = broker("spokeo");
        cases.mark(person, spokeo, Step.to(CaseState.SEARCHING));
        cases.mark(person, spokeo, Step.to(CaseState.FOUND)
                .withUrls(List.of("https://www.spokeo.com/Ada-Example/California/p123")));
        OptOutCase submitted = cases.mark(person, spokeo, Step.to(CaseState.SUBMITTED).withNote("form sent"));

        assertThat(submitted.law()).isEqualTo(PrivacyLaw.CA);
        assertThat(submitted.clockStart()).isEqualTo(today());
        assertThat(submitted.legalDue()).isEqualTo(today().plusDays(45));
        assertThat(submitted.expectedBy()).isEqualTo(today().plusDays(spokeo.optOut().estimatedDays()));

        clock.advance(Duration.ofDays(2));
        OptOutCase awaiting = cases.mark(person, spokeo, Step.to(CaseState.AWAITING_VERIFICATION));
        assertThat(awaiting.legalDue()).as("the clock keeps running from the first request")
                .isEqualTo(submitted.legalDue());
        clock.advance(Duration.ofDays(3));
        OptOutCase removed = cases.mark(person, spokeo, Step.to(CaseState.REMOVED)
                .withFiles(List.of(new NewFile("gone.png", "image/png", MARKER.getBytes(StandardCharsets.UTF_8)))));

        assertThat(removed.state()).isEqualTo(CaseState.REMOVED);
        assertThat(removed.recheckOn()).isEqualTo(today().plusDays(spokeo.optOut().recheckDays()));
        List<CaseEvent> history = cases.history(removed.id());
        assertThat(history).extracting(CaseEvent::state).containsExactly(CaseState.SEARCHING, CaseState.FOUND,
                CaseState.SUBMITTED, CaseState.AWAITING_VERIFICATION, CaseState.REMOVED);
        assertThat(history.get(1).urls()).containsExactly("https://www.spokeo.com/Ada-Example/California/p123");
        assertThat(history.get(2).note()).isEqualTo("form sent");
        assertThat(history.get(2).due()).isEqualTo(submitted.legalDue());
        CaseEvent last = history.get(4);
        assertThat(last.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("gone.png");
            assertThat(a.size()).isEqualTo(MARKER.length());
        });
        assertThat(new String(cases.attachment(last.attachments().get(0).id()), StandardCharsets.UTF_8))
                .isEqualTo(MARKER);
        assertThat(people.get(person.id()).lastActivity()).isEqualTo(clock.instant());

        vault.close();
        byte[] file = Files.readAllBytes(temp.resolve("vault.db"));
        assertThat(new String(file, StandardCharsets.ISO_8859_1)).as("evidence is stored encrypted")
                .doesNotContain("Quillon");
    }

    @Test
    void aMoveTheRulesDoNotAllowIsRefusedAndChangesNothing() throws Exception {
        Broker spokeo = broker("spokeo");
        OptOutCase found = cases.mark(person, spokeo, Step.to(CaseState.FOUND));

        assertThatThrownBy(() -> cases.mark(person, spokeo, Step.to(CaseState.RELISTED)))
                .isInstanceOfSatisfying(UnlistedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CaseProblem.NOT_ALLOWED));
        assertThatThrownBy(() -> cases.mark(person, broker("whitepages"), Step.to(CaseState.REMOVED)))
                .isInstanceOf(UnlistedException.class);

        assertThat(cases.find(person.id(), "spokeo")).contains(found);
        assertThat(cases.history(found.id())).hasSize(1);
        assertThat(cases.find(person.id(), "whitepages")).isEmpty();
    }

    @Test
    void listingAddressesMustBelongToTheBrokerOrTheSitesItsOptOutCovers() throws Exception {
        Broker spokeo = broker("spokeo");
        assertThatThrownBy(() -> cases.mark(person, spokeo, Step.to(CaseState.FOUND)
                .withUrls(List.of("https://www.spokeo.com.evil.example/x"))))
                .isInstanceOfSatisfying(UnlistedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(CaseProblem.URL_NOT_THIS_BROKER);
                    assertThat(e.arguments()).containsExactly("www.spokeo.com.evil.example");
                });
        assertThatThrownBy(() -> cases.mark(person, spokeo, Step.to(CaseState.FOUND).withUrls(List.of("not a url"))))
                .isInstanceOfSatisfying(UnlistedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CaseProblem.URL_INVALID));
        assertThat(cases.find(person.id(), "spokeo")).isEmpty();

        Broker operator = broker("peopleconnect");
        OptOutCase found = cases.mark(person, operator, Step.to(CaseState.FOUND)
                .withUrls(List.of("https://www.instantcheckmate.com/people/ada-example", " ")));
        assertThat(cases.history(found.id()).get(0).urls()).containsExactly(
                "https://www.instantcheckmate.com/people/ada-example");
    }

    @Test
    void historyCannotBeChangedOrDeletedButGoesWithThePerson() throws Exception {
        OptOutCase c = cases.mark(person, broker("spokeo"), Step.to(CaseState.FOUND)
                .withFiles(List.of(new NewFile("page.pdf", "application/pdf", new byte[] {1, 2, 3}))));
        try (Statement sql = vault.connection().createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE case_event SET note = 'rewritten'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM case_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM attachment"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(cases.history(c.id())).hasSize(1);

        people.delete(person.id());
        try (Statement sql = vault.connection().createStatement()) {
            for (String table : List.of("opt_case", "case_event", "attachment")) {
                try (ResultSet count = sql.executeQuery("SELECT count(*) FROM " + table)) {
                    count.next();
                    assertThat(count.getInt(1)).as(table).isZero();
                }
            }
        }
    }

    @Test
    void pastTheLegalDeadlineTheAppMarksTheCaseOverdueOnceAndSuggestsAFollowUp() throws Exception {
        Broker spokeo = broker("spokeo");
        OptOutCase submitted = cases.mark(person, spokeo, Step.to(CaseState.SUBMITTED));
        clock.advance(Duration.ofDays(45));
        assertThat(cases.markOverdue()).as("the due day itself is not late").isZero();
        assertThat(Plan.nextAction(spokeo, cases.find(person.id(), "spokeo").orElseThrow(), today()))
                .isEqualTo(NextAction.CHECK_GONE);

        clock.advance(Duration.ofDays(1));
        assertThat(overview.overdue(person.id(), 10)).hasSize(1);
        assertThat(cases.markOverdue()).isEqualTo(1);
        assertThat(cases.markOverdue()).isZero();
        OptOutCase overdue = cases.find(person.id(), "spokeo").orElseThrow();
        assertThat(overdue.state()).isEqualTo(CaseState.OVERDUE);
        assertThat(overdue.legalDue()).isEqualTo(submitted.legalDue());
        CaseEvent noticed = cases.history(overdue.id()).get(1);
        assertThat(noticed.actor()).isEqualTo(Actor.APP);
        assertThat(Plan.nextAction(spokeo, overdue, today())).isEqualTo(NextAction.FOLLOW_UP);
        assertThat(overview.overdue(null, 10)).extracting(OptOutCase::id).containsExactly(overdue.id());

        OptOutCase again = cases.mark(person, spokeo, Step.to(CaseState.SUBMITTED).withNote("follow-up sent"));
        assertThat(again.clockStart()).as("a request sent again starts a new clock").isEqualTo(today());
        assertThat(again.legalDue()).isEqualTo(today().plusDays(45));
    }

    @Test
    void aBrokersExtensionMovesTheDeadlineOnceToTheLawsLongest() throws Exception {
        Broker spokeo = broker("spokeo");
        OptOutCase submitted = cases.mark(person, spokeo, Step.to(CaseState.SUBMITTED));
        OptOutCase extended = cases.extend(person, spokeo, Step.to(CaseState.SUBMITTED).withNote("they wrote"));
        assertThat(extended.legalDue()).isEqualTo(submitted.clockStart().plusDays(90));
        assertThat(extended.state()).isEqualTo(CaseState.SUBMITTED);
        assertThatThrownBy(() -> cases.extend(person, spokeo, Step.to(CaseState.SUBMITTED)))
                .isInstanceOf(UnlistedException.class);
        assertThat(cases.history(extended.id())).extracting(CaseEvent::kind)
                .containsExactly(Kind.CHANGE, Kind.EXTENSION);

        Profile elsewhere = people.add(Profile.draft("Bo Example", "NY"));
        OptOutCase noLaw = cases.mark(elsewhere, spokeo, Step.to(CaseState.SUBMITTED));
        assertThat(noLaw.law()).isNull();
        assertThat(noLaw.legalDue()).isNull();
        assertThat(noLaw.expectedBy()).isEqualTo(today().plusDays(spokeo.optOut().estimatedDays()));
        assertThatThrownBy(() -> cases.extend(elsewhere, spokeo, Step.to(CaseState.SUBMITTED)))
                .isInstanceOfSatisfying(UnlistedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CaseProblem.NO_CLOCK));
    }

    @Test
    void aListingThatComesBackStartsANewRoundAndKeepsTheOldOne() throws Exception {
        Broker spokeo = broker("spokeo");
        cases.mark(person, spokeo, Step.to(CaseState.FOUND));
        cases.mark(person, spokeo, Step.to(CaseState.SUBMITTED));
        OptOutCase removed = cases.mark(person, spokeo, Step.to(CaseState.REMOVED));
        clock.advance(Duration.ofDays(91));
        assertThat(overview.rechecksDue(person.id(), 0, 10)).extracting(OptOutCase::id).containsExactly(removed.id());
        assertThat(Plan.nextAction(spokeo, cases.find(person.id(), "spokeo").orElseThrow(), today()))
                .isEqualTo(NextAction.RECHECK);

        OptOutCase relisted = cases.mark(person, spokeo, Step.to(CaseState.RELISTED)
                .withUrls(List.of("https://spokeo.com/Ada-Example/p999")));
        assertThat(relisted.round()).isEqualTo(2);
        assertThat(relisted.legalDue()).isNull();
        OptOutCase resubmitted = cases.mark(person, spokeo, Step.to(CaseState.SUBMITTED));
        assertThat(resubmitted.clockStart()).isEqualTo(today());
        assertThat(cases.history(relisted.id())).extracting(CaseEvent::round).containsExactly(1, 1, 1, 2, 2);
        assertThat(overview.rechecksDue(person.id(), 0, 10)).isEmpty();
    }

    @Test
    void aMistakeIsPutRightByACorrectionThatKeepsBothInTheHistory() throws Exception {
        Broker spokeo = broker("spokeo");
        cases.mark(person, spokeo, Step.to(CaseState.SUBMITTED));
        OptOutCase wrong = cases.mark(person, spokeo, Step.to(CaseState.REMOVED));
        assertThat(cases.stateBeforeLastMove(wrong.id())).isEqualTo(CaseState.SUBMITTED);
        assertThatThrownBy(() -> cases.correct(person, spokeo, Step.to(CaseState.SUBMITTED)))
                .isInstanceOfSatisfying(UnlistedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CaseProblem.NOTE_REQUIRED));

        OptOutCase fixed = cases.correct(person, spokeo, Step.to(CaseState.SUBMITTED).withNote("marked by mistake"));
        assertThat(fixed.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(fixed.legalDue()).as("the original clock is kept").isEqualTo(wrong.legalDue());
        assertThat(cases.history(fixed.id())).extracting(CaseEvent::kind)
                .containsExactly(Kind.CHANGE, Kind.CHANGE, Kind.CORRECTION);
        cases.note(person, spokeo, new Step(CaseState.SUBMITTED, Actor.ADVOCATE, "Sam", "called them", List.of(),
                List.of()));
        assertThat(cases.stateBeforeLastMove(fixed.id())).as("notes are not moves").isEqualTo(CaseState.REMOVED);
        assertThatThrownBy(() -> cases.note(person, spokeo, Step.to(CaseState.SUBMITTED)))
                .isInstanceOf(UnlistedException.class);
    }

    @Test
    void tooLargeAFileIsRefusedAndNothingIsWritten() throws Exception {
        byte[] big = new byte[Cases.MAX_ATTACHMENT_BYTES + 1];
        assertThatThrownBy(() -> cases.mark(person, broker("spokeo"), Step.to(CaseState.FOUND)
                .withFiles(List.of(new NewFile("huge.png", "image/png", big)))))
                .isInstanceOfSatisfying(UnlistedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CaseProblem.ATTACHMENT_TOO_LARGE));
        assertThat(cases.find(person.id(), "spokeo")).isEmpty();
    }

    @Test
    void thePlanFollowsTheCatalogAndSisterSitesFollowTheirOperator() throws Exception {
        Plan before = Plan.of(catalog, cases.forProfile(person.id()), today());
        assertThat(before.items()).extracting(i -> i.broker().id())
                .containsExactlyElementsOf(catalog.brokers().stream().map(Broker::id).toList());
        Plan.Item sister = before.item("instantcheckmate").orElseThrow();
        assertThat(sister.coveredBy().id()).isEqualTo("peopleconnect");
        assertThat(sister.next()).isEqualTo(NextAction.COVERED);
        assertThat(before.item("spokeo").orElseThrow().next()).isEqualTo(NextAction.SEARCH);

        cases.mark(person, broker("peopleconnect"), Step.to(CaseState.SUBMITTED));
        cases.mark(person, broker("peopleconnect"), Step.to(CaseState.REMOVED));
        cases.mark(person, broker("spokeo"), Step.to(CaseState.NOT_FOUND));
        Plan after = Plan.of(catalog, cases.forProfile(person.id()), today());
        assertThat(after.item("instantcheckmate").orElseThrow().state()).isEqualTo(CaseState.REMOVED);
        assertThat(after.item("spokeo").orElseThrow().due()).isEqualTo(today().plusDays(90));
        List<Plan.Item> cluster = after.items().stream()
                .filter(i -> i.broker().id().equals("peopleconnect") || i.coveredBy() != null
                        && i.coveredBy().id().equals("peopleconnect")).toList();
        assertThat(Plan.progress(cluster)).isEqualTo(1.0);
        assertThat(Plan.progress(List.of())).isZero();
    }

    @Test
    void theOverviewCountsByStateAndClientAndChartsRemovalsByMonth() throws Exception {
        Profile other = people.add(Profile.draft("Cy Example", "VA"));
        cases.mark(person, broker("spokeo"), Step.to(CaseState.NOT_FOUND));
        cases.mark(person, broker("whitepages"), Step.to(CaseState.SUBMITTED));
        cases.mark(other, broker("spokeo"), Step.to(CaseState.SUBMITTED));
        cases.mark(other, broker("spokeo"), Step.to(CaseState.REMOVED));
        clock.advance(Duration.ofDays(31));
        cases.mark(other, broker("radaris"), Step.to(CaseState.FOUND));
        cases.mark(other, broker("radaris"), Step.to(CaseState.SUBMITTED));
        cases.mark(other, broker("radaris"), Step.to(CaseState.REMOVED));

        assertThat(overview.countsByState(null)).containsEntry(CaseState.REMOVED, 2)
                .containsEntry(CaseState.SUBMITTED, 1).containsEntry(CaseState.NOT_FOUND, 1).hasSize(3);
        assertThat(overview.countsByState(person.id())).doesNotContainKey(CaseState.REMOVED);
        assertThat(overview.removalsByMonth(null, 3)).containsExactly(
                java.util.Map.entry(YearMonth.of(2026, 10), 0), java.util.Map.entry(YearMonth.of(2026, 11), 1),
                java.util.Map.entry(YearMonth.of(2026, 12), 1));
        assertThat(overview.clients().get(other.id())).isEqualTo(new Overview.ClientSummary(other.id(), 2, 0, 0, 0,
                today().minusDays(31).plusDays(90)));
        assertThat(overview.clients().get(person.id())).isEqualTo(new Overview.ClientSummary(person.id(), 1, 1, 0, 0,
                overview.open(person.id(), 1).get(0).legalDue()));
        assertThat(overview.open(null, 5)).extracting(OptOutCase::brokerId).containsExactly("whitepages");

        // Lists stop at their limit and the rest is counted.
        assertThat(overview.rechecksDue(null, 120, 1)).hasSize(1);
        assertThat(overview.rechecksDueCount(null, 120)).isEqualTo(3);
        assertThat(overview.rechecksDueCount(other.id(), 120)).isEqualTo(2);
        clock.advance(Duration.ofDays(100));
        assertThat(overview.overdueCount(null)).isEqualTo(1);
        assertThat(overview.overdueCount(other.id())).isZero();
        assertThat(overview.clients().get(person.id()).overdue()).isEqualTo(1);

        assertThat(overview.removalsByMonth(null, 6)).containsEntry(YearMonth.of(2026, 11), 1)
                .containsEntry(YearMonth.of(2026, 12), 1);
        assertThat(overview.rechecksDueCount(null, 400)).isEqualTo(3);

        // The kept counts go with the person: nothing about them is left behind.
        people.delete(other.id());
        assertThat(overview.countsByState(null)).containsOnly(java.util.Map.entry(CaseState.SUBMITTED, 1),
                java.util.Map.entry(CaseState.NOT_FOUND, 1));
        try (var statement = vault.connection().createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM case_count WHERE profile_id = " + other.id())) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
        assertThat(overview.removalsByMonth(null, 6).values()).as("their removals leave the chart")
                .containsOnly(0);
        assertThat(overview.rechecksDueCount(null, 400)).as("and their re-checks the count").isEqualTo(1);
    }
}
