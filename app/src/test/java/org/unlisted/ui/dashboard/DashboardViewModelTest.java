package org.unlisted.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.Cases.Step;
import org.unlisted.cases.NextAction;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.core.Messages;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.dashboard.DashboardViewModel.ClientRow;
import org.unlisted.ui.dashboard.DashboardViewModel.Line;
import org.unlisted.ui.dashboard.DashboardViewModel.MonthCount;
import org.unlisted.ui.dashboard.DashboardViewModel.StateCount;
import org.unlisted.ui.task.SynchronousTaskRunner;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/** The dashboard's figures, from a real encrypted vault and the bundled catalog, in both ways of working. */
class DashboardViewModelTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 30);
    static Catalog catalog;

    @TempDir
    Path temp;
    Vault vault;
    People people;
    Cases cases;
    final TestClock clock = new TestClock(Instant.parse("2026-11-30T15:00:00Z"));
    final Messages english = Messages.forLocale(Locale.ENGLISH);
    final List<String> opened = new ArrayList<>();
    final List<String> peoplePages = new ArrayList<>();

    @BeforeAll
    static void loadCatalogAndStartJavaFx() throws Exception {
        catalog = new CatalogLoader(START).bundled();
        // Started the way the screen tests start it, so they still work if they run after this one.
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            vault = Vault.create(temp.resolve("vault.db"), passphrase);
        }
        people = new People(vault::connection, clock);
        cases = new Cases(vault::connection, catalog, clock);
    }

    @AfterEach
    void close() {
        vault.close();
    }

    private DashboardViewModel dashboard(Messages messages) {
        DashboardViewModel viewModel = new DashboardViewModel(vault::connection, vault.settings(),
                CatalogSupply.startLoading(null, clock), new SynchronousTaskRunner(), messages, clock);
        viewModel.setOpenCase((profile, broker) -> opened.add(profile + "/" + broker));
        viewModel.setOpenPeople(() -> peoplePages.add("people"));
        return viewModel;
    }

    /** Loads on the JavaFX thread, as the page does, and waits until the task's result is shown. */
    private static void load(DashboardViewModel viewModel) throws Exception {
        onFx(viewModel::load);
        onFx(() -> { }); // a task hands over its result in a later event on the JavaFX thread: let it run
        assertThat(viewModel.problemProperty().get()).as("problem shown").isEmpty();
        assertThat(viewModel.loadedProperty().get()).isTrue();
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    private static Broker broker(String id) {
        return catalog.find(id).orElseThrow();
    }

    private void mark(Profile who, String brokerId, CaseState... states) throws Exception {
        for (CaseState state : states) {
            cases.mark(who, broker(brokerId), Step.to(state));
        }
    }

    private void advanceTo(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(15, 0).toInstant(java.time.ZoneOffset.UTC)));
    }

    private static List<String> brokers(List<Line> lines) {
        return lines.stream().map(Line::brokerId).toList();
    }

    @Test
    void withNobodyYetThePersonIsToldSoAndOfferedThePeoplePage() throws Exception {
        DashboardViewModel viewModel = dashboard(english);
        assertThat(viewModel.mode()).as("no mode chosen yet counts as personal").isEqualTo(WorkspaceMode.PERSONAL);
        load(viewModel);

        assertThat(viewModel.noPersonProperty().get()).isTrue();
        assertThat(viewModel.counts()).isEmpty();
        assertThat(viewModel.next()).isEmpty();
        viewModel.openPeople();
        assertThat(peoplePages).containsExactly("people");
        viewModel.openPlan();
        assertThat(opened).as("there is no plan to open").isEmpty();
    }

    @Test
    void personalModeShowsTheStatesTheProgressAndTheNextFiveByUrgency() throws Exception {
        WorkspaceMode.PERSONAL.saveTo(vault.settings());
        Profile me = people.add(Profile.draft("Ada Example", "CA").asSelf());
        mark(me, "spokeo", CaseState.SUBMITTED, CaseState.AWAITING_VERIFICATION);
        mark(me, "whitepages", CaseState.SEARCHING, CaseState.FOUND);
        mark(me, "checkpeople", CaseState.FOUND, CaseState.REMOVED);
        mark(me, "clustal", CaseState.BLOCKED);
        mark(me, "fastpeoplesearch", CaseState.NOT_FOUND);
        DashboardViewModel viewModel = dashboard(english);
        load(viewModel);

        assertThat(viewModel.noPersonProperty().get()).isFalse();
        assertThat(viewModel.counts()).extracting(StateCount::state, StateCount::count, StateCount::label)
                .containsExactly(tuple(CaseState.NOT_FOUND, 1, "Not listed"), tuple(CaseState.FOUND, 1, "Page found"),
                        tuple(CaseState.AWAITING_VERIFICATION, 1, "Needs your confirmation"),
                        tuple(CaseState.REMOVED, 1, "Removed"), tuple(CaseState.BLOCKED, 1, "Stopped"));

        // Progress counts the sites that show people, the same ones the Opt-outs page lists first.
        long counted = catalog.brokers().stream().filter(b -> b.category().showsPeople()).count();
        assertThat(counted).isGreaterThan(100).isLessThan(catalog.size());
        assertThat(viewModel.progressTextProperty().get())
                .isEqualTo("2 of " + String.format(Locale.ENGLISH, "%,d", counted)
                        + " sites that show people done");
        assertThat(viewModel.progressProperty().get()).isCloseTo(2.0 / counted, org.assertj.core.data.Offset.offset(1e-9));

        // Confirming the email first, then requests in the plan's order (untouched sites with no free search
        // are asked directly); searches, decisions and finished sites come after or not at all.
        assertThat(viewModel.next()).extracting(Line::brokerId, Line::next).containsExactly(
                tuple("spokeo", NextAction.CONFIRM_EMAIL), tuple("peopleconnect", NextAction.REQUEST),
                tuple("whitepages", NextAction.REQUEST), tuple("idi", NextAction.REQUEST),
                tuple("lexisnexis", NextAction.REQUEST));
        Line first = viewModel.next().get(0);
        assertThat(first.detail()).isEqualTo("Click the link in their email");
        assertThat(first.broker()).isEqualTo(broker("spokeo").name());
        assertThat(first.client()).as("one person: no name on each line").isEmpty();
        assertThat(first.openText()).isEqualTo("Open " + broker("spokeo").name());

        assertThat(viewModel.overdue()).isEmpty();
        assertThat(viewModel.rechecks()).as("re-checks are 90 days away").isEmpty();
        assertThat(viewModel.removals()).extracting(MonthCount::label).hasSize(12)
                .startsWith("Dec 2025").endsWith("Nov 2026");
        assertThat(viewModel.removals().get(11).count()).isEqualTo(1);
        assertThat(viewModel.removals().stream().mapToInt(MonthCount::count).sum()).isEqualTo(1);
        assertThat(viewModel.removalsTextProperty().get()).isEqualTo(
                "One listing was removed in the last 12 months.");
        assertThat(viewModel.clients()).as("no client table in personal mode").isEmpty();

        viewModel.open(first);
        viewModel.openPlan();
        assertThat(opened).containsExactly(me.id() + "/spokeo", me.id() + "/null");
    }

    @Test
    void personalModeShowsLateCasesOnceTheDeadlinePassesAndRechecksAsTheyComeNear() throws Exception {
        Profile me = people.add(Profile.draft("Ada Example", "CA").asSelf());
        mark(me, "spokeo", CaseState.SUBMITTED, CaseState.AWAITING_VERIFICATION);
        mark(me, "checkpeople", CaseState.FOUND, CaseState.REMOVED);
        LocalDate due = START.plusDays(45);
        LocalDate recheck = START.plusDays(broker("checkpeople").optOut().recheckDays());
        DashboardViewModel viewModel = dashboard(english);

        advanceTo(due);
        load(viewModel);
        assertThat(viewModel.overdue()).as("the deadline day itself is not late").isEmpty();

        advanceTo(due.plusDays(6));
        mark(me, "whitepages", CaseState.FOUND, CaseState.REMOVED); // a removal in another month, for the chart
        load(viewModel);
        assertThat(viewModel.counts()).extracting(StateCount::state)
                .as("the app noted the passed deadline").contains(CaseState.OVERDUE)
                .doesNotContain(CaseState.AWAITING_VERIFICATION);
        assertThat(viewModel.overdue()).singleElement().satisfies(line -> {
            assertThat(line.brokerId()).isEqualTo("spokeo");
            assertThat(line.date()).isEqualTo(due);
            assertThat(line.detail()).isEqualTo("The deadline was Jan 14, 2027");
            assertThat(line.profileId()).isEqualTo(me.id());
        });
        assertThat(viewModel.next().get(0)).extracting(Line::brokerId, Line::next, Line::detail)
                .containsExactly("spokeo", NextAction.FOLLOW_UP, "Send a follow-up");
        assertThat(viewModel.rechecks()).isEmpty();
        assertThat(viewModel.removals()).extracting(MonthCount::month, MonthCount::count)
                .contains(tuple(YearMonth.of(2026, 11), 1), tuple(YearMonth.of(2027, 1), 1))
                .endsWith(tuple(YearMonth.of(2027, 1), 1));
        assertThat(viewModel.removalsTextProperty().get()).startsWith("2 listings were removed");

        advanceTo(recheck.minusDays(DashboardViewModel.RECHECK_DAYS));
        load(viewModel);
        assertThat(viewModel.rechecks()).singleElement().satisfies(line -> {
            assertThat(line.brokerId()).isEqualTo("checkpeople");
            assertThat(line.date()).isEqualTo(recheck);
            assertThat(line.detail()).isEqualTo("Look again on Feb 28, 2027");
        });

        advanceTo(recheck.plusDays(1));
        load(viewModel);
        assertThat(viewModel.rechecks()).extracting(Line::brokerId).first().isEqualTo("checkpeople");
        assertThat(viewModel.rechecks().get(0).detail()).isEqualTo("Time to look again (since Feb 28, 2027)");
        assertThat(brokers(viewModel.next())).as("follow up first, then look again").startsWith("spokeo", "checkpeople");
        assertThat(viewModel.next().get(1).next()).isEqualTo(NextAction.RECHECK);

        viewModel.open(viewModel.overdue().get(0));
        viewModel.open(viewModel.rechecks().get(0));
        assertThat(opened).containsExactly(me.id() + "/spokeo", me.id() + "/checkpeople");
    }

    @Test
    void clinicModeShowsEveryClientTheirFiguresAndWhatIsMostUrgentAcrossThemAll() throws Exception {
        WorkspaceMode.CLINIC.saveTo(vault.settings());
        Profile ana = people.add(Profile.draft("Ana Ruiz", "CA"));
        Profile luis = people.add(Profile.draft("Luis Ortega", "TX"));
        Profile zoe = people.add(Profile.draft("Zoe Quinn", "NY"));
        mark(ana, "spokeo", CaseState.SUBMITTED);
        mark(ana, "whitepages", CaseState.FOUND, CaseState.REMOVED);
        clock.advance(Duration.ofDays(1));
        mark(luis, "beenverified", CaseState.AWAITING_VERIFICATION);
        mark(luis, "checkpeople", CaseState.BLOCKED);
        DashboardViewModel viewModel = dashboard(english);
        assertThat(viewModel.mode()).isEqualTo(WorkspaceMode.CLINIC);
        load(viewModel);

        assertThat(viewModel.noPersonProperty().get()).isFalse();
        assertThat(viewModel.counts()).extracting(StateCount::state, StateCount::count).containsExactly(
                tuple(CaseState.SUBMITTED, 1), tuple(CaseState.AWAITING_VERIFICATION, 1),
                tuple(CaseState.REMOVED, 1), tuple(CaseState.BLOCKED, 1));
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("1 of 4 opt-outs started for your clients are done");
        assertThat(viewModel.progressProperty().get()).isEqualTo(0.25);

        LocalDate anaDue = START.plusDays(45);
        assertThat(viewModel.clients()).extracting(ClientRow::name, ClientRow::done, ClientRow::waiting,
                ClientRow::overdue, ClientRow::toDecide).containsExactly(
                tuple("Ana Ruiz", 1, 1, 0, 0), tuple("Luis Ortega", 0, 1, 0, 1), tuple("Zoe Quinn", 0, 0, 0, 0));
        assertThat(viewModel.clients().get(0).nextDue()).isEqualTo(anaDue);
        assertThat(viewModel.clients().get(1).nextDue()).isAfter(anaDue);
        assertThat(viewModel.clients().get(2).nextDue()).as("no case yet, no date").isNull();
        assertThat(viewModel.clients().get(2).openText()).isEqualTo("Open the plan of Zoe Quinn");

        // Across all clients, the most urgent first: a confirmation email, a decision, then a request waiting.
        assertThat(viewModel.next()).extracting(Line::client, Line::brokerId, Line::next).containsExactly(
                tuple("Luis Ortega", "beenverified", NextAction.CONFIRM_EMAIL),
                tuple("Luis Ortega", "checkpeople", NextAction.DECIDE),
                tuple("Ana Ruiz", "spokeo", NextAction.WAIT));
        assertThat(viewModel.next().get(0).broker()).isEqualTo(broker("beenverified").name());
        assertThat(viewModel.next().get(0).openText())
                .isEqualTo("Open " + broker("beenverified").name() + " for Luis Ortega");
        assertThat(viewModel.removals()).extracting(MonthCount::label, MonthCount::count)
                .contains(tuple("Nov 2026", 1)).endsWith(tuple("Dec 2026", 0));

        viewModel.open(viewModel.clients().get(2));
        viewModel.open(viewModel.next().get(0));
        assertThat(opened).containsExactly(zoe.id() + "/null", luis.id() + "/beenverified");

        // After both deadlines: both clients have a late case, the late ones lead, and the re-check comes near.
        advanceTo(LocalDate.of(2027, 2, 1));
        load(viewModel);
        assertThat(viewModel.overdue()).extracting(Line::client, Line::brokerId).containsExactly(
                tuple("Ana Ruiz", "spokeo"), tuple("Luis Ortega", "beenverified"));
        assertThat(viewModel.overdue().get(0).date()).isEqualTo(anaDue);
        assertThat(viewModel.clients()).extracting(ClientRow::name, ClientRow::overdue, ClientRow::waiting)
                .containsExactly(tuple("Ana Ruiz", 1, 0), tuple("Luis Ortega", 1, 0), tuple("Zoe Quinn", 0, 0));
        assertThat(viewModel.next()).extracting(Line::brokerId, Line::next).containsExactly(
                tuple("spokeo", NextAction.FOLLOW_UP), tuple("beenverified", NextAction.FOLLOW_UP),
                tuple("checkpeople", NextAction.DECIDE));
        assertThat(viewModel.rechecks()).extracting(Line::client, Line::brokerId, Line::date)
                .containsExactly(tuple("Ana Ruiz", "whitepages", START.plusDays(90)));
        assertThat(viewModel.counts()).extracting(StateCount::state, StateCount::count)
                .contains(tuple(CaseState.OVERDUE, 2));

        opened.clear();
        viewModel.open(viewModel.overdue().get(1));
        viewModel.open(viewModel.rechecks().get(0));
        assertThat(opened).containsExactly(luis.id() + "/beenverified", ana.id() + "/whitepages");
    }

    @Test
    void aClinicWithNoClientsIsToldSo() throws Exception {
        WorkspaceMode.CLINIC.saveTo(vault.settings());
        DashboardViewModel viewModel = dashboard(english);
        load(viewModel);

        assertThat(viewModel.noPersonProperty().get()).isTrue();
        assertThat(viewModel.clients()).isEmpty();
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("No opt-out has been started yet.");
        assertThat(viewModel.removalsTextProperty().get()).isEqualTo("No listing was removed in the last 12 months.");
    }

    @Test
    void monthsAndWordsFollowTheLanguage() throws Exception {
        Profile me = people.add(Profile.draft("Ada Example", "CA").asSelf());
        mark(me, "spokeo", CaseState.SUBMITTED, CaseState.AWAITING_VERIFICATION);
        mark(me, "checkpeople", CaseState.FOUND, CaseState.REMOVED);

        DashboardViewModel french = dashboard(Messages.forLocale(Locale.FRENCH));
        load(french);
        assertThat(french.removals()).extracting(MonthCount::label).startsWith("déc 2025").endsWith("nov 2026");
        assertThat(french.removalsTextProperty().get()).isEqualTo("Une page a été retirée ces 12 derniers mois.");
        assertThat(french.next().get(0).detail()).isEqualTo("Cliquez sur le lien de leur courriel");

        DashboardViewModel spanish = dashboard(Messages.forLocale(Locale.forLanguageTag("es")));
        load(spanish);
        assertThat(spanish.removals().get(11).label()).isEqualTo("nov 2026");
        assertThat(spanish.counts()).extracting(StateCount::label).contains("Quitado");
        assertThat(Messages.forLocale(Locale.FRENCH).get("dashboard.chart.summary", 0))
                .as("an apostrophe inside a choice").isEqualTo("Aucune page n'a été retirée ces 12 derniers mois.");
    }
}
