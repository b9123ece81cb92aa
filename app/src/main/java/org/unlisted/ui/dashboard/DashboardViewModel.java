package org.unlisted.ui.dashboard;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.NextAction;
import org.unlisted.cases.OptOutCase;
import org.unlisted.cases.Overview;
import org.unlisted.cases.Plan;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.CatalogProblem;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.catalog.OwnBrokers;
import org.unlisted.core.Messages;
import org.unlisted.ui.CaseWords;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.task.TaskRunner;
import org.unlisted.ui.task.Work;
import org.unlisted.vault.VaultSettings;

/**
 * The home page: where the person (or every client of a clinic) stands, what to do next, what is
 * late, what to look at again soon, and how many listings went month by month. Everything is read
 * in one background task and shown at once, so the page never shows half old, half new figures.
 */
public final class DashboardViewModel {
    /** How many "next things to do" the page offers: enough to act on, few enough not to overwhelm. */
    public static final int NEXT_COUNT = 5;
    /** Re-checks falling within this many days are shown. */
    public static final int RECHECK_DAYS = 30;
    /** Lines shown in each list; the rest are counted, not read. */
    public static final int LINES_SHOWN = 8;
    /** Months in the chart of removals. */
    public static final int CHART_MONTHS = 12;

    /** What to do first when several things can be done today: the most time-sensitive first. */
    static final List<NextAction> URGENCY = List.of(NextAction.FOLLOW_UP, NextAction.CONFIRM_EMAIL,
            NextAction.RECHECK, NextAction.CHECK_GONE, NextAction.REQUEST, NextAction.DECIDE, NextAction.SEARCH);

    /** How many cases are in one state; {@code label} is the state in words. */
    public record StateCount(CaseState state, int count, String label) {
    }

    /**
     * One line of a list that opens a case: the broker, for whom (clinic mode; empty otherwise), what
     * it is about in words, the date that matters, and what the "Open" button says to a screen reader.
     */
    public record Line(long profileId, String brokerId, String broker, String client, NextAction next,
                       String detail, LocalDate date, String openText) {
    }

    /** Listings removed in one month, with the month as the chart labels it. */
    public record MonthCount(YearMonth month, String label, int count) {
    }

    /** One client's row in the clinic's table; a client with no case yet has zeros and no date. */
    public record ClientRow(long profileId, String name, int done, int waiting, int overdue, int toDecide,
                            LocalDate nextDue, String openText) {
    }

    /** Everything the page shows, read together in the background. */
    record Snapshot(boolean noPerson, Long selfId, List<StateCount> counts, double progress, String progressText,
                    List<Line> next, List<Line> overdue, List<Line> rechecks, List<MonthCount> removals,
                    String removalsText, List<ClientRow> clients, String overdueMore, String rechecksMore) {
    }

    private final Supplier<Connection> vault;
    private final CatalogSupply catalogSupply;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final WorkspaceMode mode;
    private final DateTimeFormatter dates;

    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper noPerson = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overdueMore = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rechecksMore = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper removalsText = new ReadOnlyStringWrapper("");
    private final ObservableList<StateCount> counts = FXCollections.observableArrayList();
    private final ObservableList<StateCount> countsShown = FXCollections.unmodifiableObservableList(counts);
    private final ObservableList<Line> next = FXCollections.observableArrayList();
    private final ObservableList<Line> nextShown = FXCollections.unmodifiableObservableList(next);
    private final ObservableList<Line> overdue = FXCollections.observableArrayList();
    private final ObservableList<Line> overdueShown = FXCollections.unmodifiableObservableList(overdue);
    private final ObservableList<Line> rechecks = FXCollections.observableArrayList();
    private final ObservableList<Line> rechecksShown = FXCollections.unmodifiableObservableList(rechecks);
    private final ObservableList<MonthCount> removals = FXCollections.observableArrayList();
    private final ObservableList<MonthCount> removalsShown = FXCollections.unmodifiableObservableList(removals);
    private final ObservableList<ClientRow> clients = FXCollections.observableArrayList();
    private final ObservableList<ClientRow> clientsShown = FXCollections.unmodifiableObservableList(clients);
    private Long selfId;
    private boolean again;
    private BiConsumer<Long, String> openCase = (profile, broker) -> { };
    private Runnable openPeople = () -> { };

    public DashboardViewModel(Supplier<Connection> vault, VaultSettings settings, CatalogSupply catalog,
                              TaskRunner tasks, Messages messages, Clock clock) {
        this.vault = vault;
        this.catalogSupply = catalog;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.mode = WorkspaceMode.of(settings).orElse(WorkspaceMode.PERSONAL);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
    }

    /**
     * Where "Open" leads: the Plan screen at (profile id, broker id), or at that person's whole plan
     * when the broker id is {@code null}.
     */
    public void setOpenCase(BiConsumer<Long, String> openCase) {
        this.openCase = Objects.requireNonNull(openCase);
    }

    /** Where "Go to People" leads, when there is nobody to show yet. */
    public void setOpenPeople(Runnable openPeople) {
        this.openPeople = Objects.requireNonNull(openPeople);
    }

    public WorkspaceMode mode() {
        return mode;
    }

    /** Reads everything again: marks passed deadlines first, so late cases show as late. */
    public void load() {
        if (busy.get()) {
            again = true; // asked while reading: read once more afterwards, so nothing newer is missed
            return;
        }
        Work.start(tasks, busy, this::gather, snapshot -> {
            show(snapshot);
            loadAgainIfAsked();
        }, failure -> {
            // Not the failure's own words: a storage problem says "could not be saved", and this only reads.
            problem.set(failure instanceof UnlistedException known && known.problem() instanceof CatalogProblem
                    ? known.describe(messages) : messages.get("dashboard.error.load"));
            loadAgainIfAsked();
        });
    }

    private void loadAgainIfAsked() {
        if (again) {
            again = false;
            load();
        }
    }

    public void open(Line line) {
        openCase.accept(line.profileId(), line.brokerId());
    }

    public void open(ClientRow row) {
        openCase.accept(row.profileId(), null);
    }

    /** The person's whole plan (personal mode). */
    public void openPlan() {
        if (selfId != null) {
            openCase.accept(selfId, null);
        }
    }

    public void openPeople() {
        openPeople.run();
    }

    private Snapshot gather() throws UnlistedException {
        LocalDate today = LocalDate.now(clock);
        Catalog catalog = catalogSupply.await();
        catalog = catalog.with(new OwnBrokers(vault, new CatalogLoader(today).reader()).list());
        new Cases(vault, catalog, clock).markOverdue();
        Overview overview = new Overview(vault, clock);
        People people = new People(vault, clock);
        return mode == WorkspaceMode.CLINIC ? clinic(catalog, overview, people)
                : personal(catalog, overview, people, today);
    }

    private Snapshot personal(Catalog catalog, Overview overview, People people, LocalDate today)
            throws UnlistedException {
        Optional<Profile> self = people.self();
        if (self.isEmpty()) {
            return new Snapshot(true, null, List.of(), 0, "", List.of(), List.of(), List.of(), List.of(), "",
                    List.of(), "", "");
        }
        long id = self.get().id();
        Map<Long, String> names = Map.of();
        Plan plan = new Cases(vault, catalog, clock).plan(id, today);
        List<Plan.Item> counted = plan.items().stream().filter(DashboardViewModel::counts).toList();
        long done = counted.stream().filter(Plan.Item::isDone).count();
        List<Line> todo = plan.items().stream()
                .filter(item -> item.next().isToDo())
                .sorted(Comparator.comparingInt(item -> URGENCY.indexOf(item.next()))) // stable: plan order within
                .limit(NEXT_COUNT)
                .map(item -> line(id, item.broker().id(), item.broker().name(), names, item.next(),
                        messages.get(CaseWords.nextKey(item.next())), item.due()))
                .toList();
        Map<YearMonth, Integer> byMonth = overview.removalsByMonth(id, CHART_MONTHS);
        return new Snapshot(false, id, stateCounts(overview.countsByState(id)), Plan.progress(counted),
                messages.get("dashboard.progress.personal", done, counted.size()), todo,
                overdueLines(catalog, overview.overdue(id, LINES_SHOWN), names), recheckLines(catalog,
                overview.rechecksDue(id, RECHECK_DAYS, LINES_SHOWN), names, today), months(byMonth), removalsText(byMonth),
                List.of(), more(overview.overdueCount(id)), more(overview.rechecksDueCount(id, RECHECK_DAYS)));
    }

    private Snapshot clinic(Catalog catalog, Overview overview, People people) throws UnlistedException {
        LocalDate today = LocalDate.now(clock);
        List<Profile> everyone = people.list();
        Map<Long, String> names = new HashMap<>();
        everyone.forEach(p -> names.put(p.id(), p.legalName()));
        Map<CaseState, Integer> byState = overview.countsByState(null);
        int total = byState.values().stream().mapToInt(Integer::intValue).sum();
        int done = byState.entrySet().stream().filter(e -> e.getKey().isDone()).mapToInt(Map.Entry::getValue).sum();
        List<Line> todo = new ArrayList<>();
        for (OptOutCase c : overview.open(null, NEXT_COUNT)) {
            Optional<Broker> broker = catalog.find(c.brokerId());
            NextAction action = broker.map(b -> Plan.nextAction(b, c, today)).orElse(NextAction.NONE);
            todo.add(line(c.profileId(), c.brokerId(), broker.map(Broker::name).orElse(c.brokerId()), names, action,
                    messages.get(CaseWords.nextKey(action)), c.legalDue() != null ? c.legalDue() : c.expectedBy()));
        }
        Map<Long, Overview.ClientSummary> summaries = overview.clients();
        Comparator<ClientRow> attentionFirst = Comparator.comparingInt(ClientRow::overdue).reversed()
                .thenComparing(ClientRow::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(row -> row.name().toLowerCase(messages.locale()));
        List<ClientRow> rows = everyone.stream().map(p -> {
            Overview.ClientSummary s = summaries.getOrDefault(p.id(),
                    new Overview.ClientSummary(p.id(), 0, 0, 0, 0, null));
            return new ClientRow(p.id(), p.legalName(), s.done(), s.waiting(), s.overdue(), s.toDecide(), s.nextDue(),
                    messages.get("dashboard.open.client", p.legalName()));
        }).sorted(attentionFirst).toList();
        Map<YearMonth, Integer> byMonth = overview.removalsByMonth(null, CHART_MONTHS);
        return new Snapshot(everyone.isEmpty(), null, stateCounts(byState), total == 0 ? 0 : (double) done / total,
                total == 0 ? messages.get("dashboard.progress.none")
                        : messages.get("dashboard.progress.clinic", done, total),
                todo, overdueLines(catalog, overview.overdue(null, LINES_SHOWN), names),
                recheckLines(catalog, overview.rechecksDue(null, RECHECK_DAYS, LINES_SHOWN), names, today), months(byMonth),
                removalsText(byMonth), rows, more(overview.overdueCount(null)),
                more(overview.rechecksDueCount(null, RECHECK_DAYS)));
    }

    /** "and N more" under a list that shows its first lines only; nothing when it shows them all. */
    private String more(int total) {
        return total > LINES_SHOWN ? messages.get("dashboard.more", total - LINES_SHOWN) : "";
    }

    /** What "progress" means to a person: the same sites the Opt-outs page lists first. */
    private static boolean counts(Plan.Item item) {
        return item.broker().onMainList();
    }

    private List<StateCount> stateCounts(Map<CaseState, Integer> byState) {
        List<StateCount> found = new ArrayList<>();
        for (CaseState state : CaseState.values()) {
            int count = byState.getOrDefault(state, 0);
            if (count > 0) {
                found.add(new StateCount(state, count, messages.get(CaseWords.stateKey(state))));
            }
        }
        return found;
    }

    private List<Line> overdueLines(Catalog catalog, List<OptOutCase> late, Map<Long, String> names) {
        return late.stream().map(c -> line(c.profileId(), c.brokerId(), brokerName(catalog, c.brokerId()), names,
                NextAction.FOLLOW_UP, messages.get("dashboard.overdue.line", format(c.legalDue())), c.legalDue()))
                .toList();
    }

    private List<Line> recheckLines(Catalog catalog, List<OptOutCase> due, Map<Long, String> names,
                                    LocalDate today) {
        return due.stream().map(c -> line(c.profileId(), c.brokerId(), brokerName(catalog, c.brokerId()), names,
                NextAction.RECHECK, messages.get(c.recheckOn().isAfter(today) ? "dashboard.recheck.on"
                        : "dashboard.recheck.due", format(c.recheckOn())), c.recheckOn())).toList();
    }

    private Line line(long profileId, String brokerId, String broker, Map<Long, String> names, NextAction action,
                      String detail, LocalDate date) {
        String client = names.getOrDefault(profileId, "");
        String openText = client.isEmpty() ? messages.get("dashboard.open.site", broker)
                : messages.get("dashboard.open.siteFor", broker, client);
        return new Line(profileId, brokerId, broker, client, action, detail, date, openText);
    }

    private List<MonthCount> months(Map<YearMonth, Integer> byMonth) {
        return byMonth.entrySet().stream()
                .map(e -> new MonthCount(e.getKey(), monthLabel(e.getKey()), e.getValue())).toList();
    }

    /** "Nov 2026", "nov 2026": the short month of the page's language, without an abbreviation's dot. */
    String monthLabel(YearMonth month) {
        Locale locale = messages.locale();
        String name = month.getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, locale).replace(".", "");
        return name + " " + month.getYear();
    }

    private String removalsText(Map<YearMonth, Integer> byMonth) {
        return messages.get("dashboard.chart.summary", byMonth.values().stream().mapToInt(Integer::intValue).sum());
    }

    private static String brokerName(Catalog catalog, String brokerId) {
        return catalog.find(brokerId).map(Broker::name).orElse(brokerId);
    }

    private String format(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    private void show(Snapshot snapshot) {
        selfId = snapshot.selfId();
        problem.set("");
        noPerson.set(snapshot.noPerson());
        counts.setAll(snapshot.counts());
        progress.set(snapshot.progress());
        progressText.set(snapshot.progressText());
        next.setAll(snapshot.next());
        overdue.setAll(snapshot.overdue());
        rechecks.setAll(snapshot.rechecks());
        overdueMore.set(snapshot.overdueMore());
        rechecksMore.set(snapshot.rechecksMore());
        removals.setAll(snapshot.removals());
        removalsText.set(snapshot.removalsText());
        clients.setAll(snapshot.clients());
        loaded.set(true);
    }


    public ReadOnlyStringProperty overdueMoreProperty() {
        return overdueMore.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rechecksMoreProperty() {
        return rechecksMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True once the first load has finished (until then the page shows that it is reading). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Nobody to show yet: no "me" profile (personal mode) or no client (clinic mode). */
    public ReadOnlyBooleanProperty noPersonProperty() {
        return noPerson.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Done among the counted sites (personal) or among all started opt-outs (clinic), 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty removalsTextProperty() {
        return removalsText.getReadOnlyProperty();
    }

    /** The states that have at least one case, in the order a case moves through them. */
    public ObservableList<StateCount> counts() {
        return countsShown;
    }

    public ObservableList<Line> next() {
        return nextShown;
    }

    public ObservableList<Line> overdue() {
        return overdueShown;
    }

    public ObservableList<Line> rechecks() {
        return rechecksShown;
    }

    /** The last {@link #CHART_MONTHS} months, oldest first. */
    public ObservableList<MonthCount> removals() {
        return removalsShown;
    }

    /** Every client (clinic mode), the ones that need attention first. */
    public ObservableList<ClientRow> clients() {
        return clientsShown;
    }
}
