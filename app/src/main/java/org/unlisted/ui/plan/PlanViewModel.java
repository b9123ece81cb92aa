package org.unlisted.ui.plan;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.Drop;
import org.unlisted.cases.Overview;
import org.unlisted.reports.CaseReport;
import org.unlisted.reports.Caseload;
import org.unlisted.cases.OptOutCase;
import org.unlisted.cases.PrivacyLaw;
import org.unlisted.cases.Plan;
import org.unlisted.cases.RequestDetails;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.catalog.OwnBrokers;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.Messages;
import org.unlisted.letters.Letter;
import org.unlisted.letters.LetterKind;
import org.unlisted.letters.LetterPdf;
import org.unlisted.letters.Letters;
import org.unlisted.letters.SentLetters;
import org.unlisted.net.Network;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.Consents;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.task.TaskRunner;
import org.unlisted.ui.task.Work;
import org.unlisted.vault.VaultSettings;

/**
 * The opt-out plan of one person and the guided steps for the broker they picked: which sites to
 * work through, in order, where each stands, and every step taken, recorded in the vault.
 */
public final class PlanViewModel {
    /** Which items of the plan to show. */
    public enum Show { ALL, TO_DO, WAITING, DONE }

    /** Which sites: the ones that show people (the default), only the most important, or the whole catalog. */
    public enum Sites { PEOPLE_SEARCH, MOST_IMPORTANT, ALL }


    private final Supplier<Connection> vault;
    private final CatalogSupply catalogSupply;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final WorkspaceMode mode;
    private final String advocate;
    private final String organisation;
    private final People people;
    private final Consents consents;

    private final ObservableList<Profile> persons = FXCollections.observableArrayList();
    private final ObjectProperty<Profile> person = new SimpleObjectProperty<>();
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.ALL);
    private final ObjectProperty<Sites> sites = new SimpleObjectProperty<>(Sites.PEOPLE_SEARCH);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Plan.Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<Plan.Item> selected = new SimpleObjectProperty<>();
    private final ObservableList<CaseEvent> history = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Which law the letters cite: "auto" (the person's state, or the GDPR for a European site), "none", or a law's name. */
    private final StringProperty lawChoice = new SimpleStringProperty("auto");
    private final ScanViewModel scan;
    private Cases cases;
    private Plan plan;
    private String wantedBroker;
    private Long wantedProfile;

    public PlanViewModel(Supplier<Connection> vault, VaultSettings settings, CatalogSupply catalogSupply,
                         TaskRunner tasks, Messages messages, Clock clock) {
        this(vault, settings, catalogSupply, tasks, messages, clock, null);
    }

    /** @param network the one network client, made when first asked for (null: the page cannot look for listings) */
    public PlanViewModel(Supplier<Connection> vault, VaultSettings settings, CatalogSupply catalogSupply,
                         TaskRunner tasks, Messages messages, Clock clock, Supplier<Network> network) {
        this.vault = vault;
        this.scan = new ScanViewModel(this, vault, network, tasks, messages, clock);
        this.catalogSupply = catalogSupply;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.mode = WorkspaceMode.of(settings).orElse(WorkspaceMode.PERSONAL);
        this.advocate = settings.get(WorkspaceMode.ADVOCATE_KEY).orElse("");
        this.organisation = settings.get(WorkspaceMode.ORGANISATION_KEY).orElse("");
        this.people = new People(vault, clock);
        this.consents = new Consents(vault);
        person.addListener((obs, old, now) -> refresh());
        show.addListener((obs, old, now) -> filter());
        sites.addListener((obs, old, now) -> filter());
        search.addListener((obs, old, now) -> filter());
        selected.addListener((obs, old, now) -> {
            if (old == null || now == null || !old.broker().equals(now.broker())) {
                lawChoice.set("auto");
            }
            showHistory();
        });
    }

    public WorkspaceMode mode() {
        return mode;
    }

    /** Looking for the person's listings on the sites the app can read. */
    public ScanViewModel scan() {
        return scan;
    }

    Cases cases() {
        return cases;
    }

    /** Who takes a step on this page: the person, or in a clinic the advocate. */
    CaseEvent.Actor actor() {
        return mode == WorkspaceMode.CLINIC ? CaseEvent.Actor.ADVOCATE : CaseEvent.Actor.PERSON;
    }

    String actorName() {
        return mode == WorkspaceMode.CLINIC ? advocate : "";
    }

    /** A scan wrote notes and the person may have confirmed a page: show the plan and history as they are now. */
    void afterScan() {
        refresh();
        showHistory();
    }

    void showSaved() {
        problem.set("");
        saved.set(messages.get("plan.saved"));
    }

    void report(UnlistedException e) {
        saved.set("");
        problem.set(e.describe(messages));
    }

    /** Reads the catalog (with the person's own sites) in the background, then the people. */
    public void load() {
        Work.start(tasks, busy, () -> {
            Catalog bundled = catalogSupply.await();
            return bundled.with(new OwnBrokers(vault, new CatalogLoader(LocalDate.now(clock)).reader()).list());
        }, loaded -> {
            catalog.set(loaded);
            cases = new Cases(vault, loaded, clock);
            try {
                cases.markOverdue();
                List<Profile> everyone = people.list();
                persons.setAll(mode == WorkspaceMode.PERSONAL
                        ? everyone.stream().filter(Profile::self).toList() : everyone);
                if (wantedProfile != null) {
                    openWanted();
                } else if (person.get() == null && !persons.isEmpty()) {
                    person.set(persons.get(0));
                } else {
                    refresh();
                }
            } catch (UnlistedException e) {
                problem.set(e.describe(messages));
            }
        }, failure -> problem.set(failure instanceof UnlistedException e ? e.describe(messages)
                : messages.get("cases.error.storage")));
    }

    /**
     * Opens a person's plan at one broker (or at the top), as the dashboard asks. Called before the
     * plan has loaded, it is remembered and done once it has.
     */
    public void open(long profileId, String brokerId) {
        wantedProfile = profileId;
        wantedBroker = brokerId;
        if (cases != null) {
            openWanted();
        }
    }

    private void openWanted() {
        Long profileId = wantedProfile;
        wantedProfile = null;
        if (profileId == null) {
            return;
        }
        persons.stream().filter(p -> p.id() == profileId).findFirst().ifPresent(p -> {
            if (p.equals(person.get())) {
                refresh();
            } else {
                person.set(p);
            }
        });
    }

    /** The chosen person's California DROP request, if they recorded one. */
    public Optional<Drop.Request> dropRequest() {
        try {
            return person.get() == null ? Optional.empty() : new Drop(vault).of(person.get().id());
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
            return Optional.empty();
        }
    }

    /** Records the person's DROP request (date sent and the confirmation the platform gave). */
    public boolean recordDrop(LocalDate submitted, String confirmation) {
        if (person.get() == null || submitted == null || submitted.isAfter(LocalDate.now(clock))
                || confirmation == null || confirmation.isBlank()) {
            report("plan.drop.invalid");
            return false;
        }
        try {
            new Drop(vault).record(new Drop.Request(person.get().id(), submitted, confirmation));
            saved.set(messages.get("plan.saved"));
            problem.set("");
            refresh();
            return true;
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
            return false;
        }
    }

    /** Chooses a broker in the current person's plan (for example the operator whose opt-out covers a site). */
    public void select(String brokerId) {
        if (plan != null) {
            Optional<Plan.Item> found = plan.item(brokerId);
            if (found.isPresent() && !items.contains(found.get())) {
                show.set(Show.ALL);
                sites.set(Sites.ALL);
                search.set("");
            }
            found.ifPresent(selected::set);
        }
    }

    /** The person whose plan this is. */
    public Profile person() {
        return person.get();
    }

    /** Shows a problem found by the view itself (a file that cannot be read or written). */
    public void report(String key, Object... arguments) {
        saved.set("");
        problem.set(messages.get(key, arguments));
    }

    private void refresh() {
        Profile who = person.get();
        if (who == null || cases == null) {
            plan = null;
            items.clear();
            return;
        }
        try {
            String keep = wantedBroker != null ? wantedBroker
                    : selected.get() == null ? null : selected.get().broker().id();
            wantedBroker = null;
            plan = cases.plan(who.id(), LocalDate.now(clock));
            filter();
            if (keep != null) {
                select(keep);
            }
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
        }
    }

    private void filter() {
        if (plan == null) {
            return;
        }
        String wanted = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        List<Plan.Item> inScope = plan.items().stream().filter(this::inSites).toList();
        items.setAll(inScope.stream().filter(this::shown).filter(i -> wanted.isEmpty()
                || i.broker().name().toLowerCase(Locale.ROOT).contains(wanted)
                || i.broker().domains().stream().anyMatch(d -> d.contains(wanted))).toList());
        long done = inScope.stream().filter(Plan.Item::isDone).count();
        progress.set(Plan.progress(inScope));
        progressText.set(messages.get("plan.progress", done, inScope.size()));
        Plan.Item current = selected.get();
        if (current != null) {
            plan.item(current.broker().id()).ifPresent(selected::set);
        }
    }

    private boolean inSites(Plan.Item item) {
        Broker broker = item.broker();
        return switch (sites.get()) {
            case PEOPLE_SEARCH -> broker.onMainList();
            case MOST_IMPORTANT -> broker.priority() != Broker.Priority.NORMAL || broker.tier() == Broker.Tier.OWN;
            case ALL -> true;
        };
    }

    private boolean shown(Plan.Item item) {
        return switch (show.get()) {
            case ALL -> true;
            case TO_DO -> item.next().isToDo();
            case WAITING -> item.state().isWaiting() || item.state() == CaseState.OVERDUE;
            case DONE -> item.isDone();
        };
    }

    private void showHistory() {
        Plan.Item item = selected.get();
        problem.set("");
        try {
            history.setAll(item == null || item.optOutCase().isEmpty() ? List.of()
                    : cases.history(item.optOutCase().get().id()));
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
        }
    }

    // --- the steps ---

    /** Moves the chosen broker's case on; returns whether it worked (if not, {@link #problemProperty()} says why). */
    public boolean mark(CaseState to, String note, String pastedUrls, List<Cases.NewFile> files) {
        return act(to, note, pastedUrls, files, (who, broker, step) -> cases.mark(who, broker, step));
    }

    /**
     * The person sent the letter shown ({@link #draft()}) themselves, by email or post: its exact
     * text goes into the record with {@code how}, and the case moves on.
     */
    public boolean letterSent(LetterKind kind, String how) {
        Letter letter = draft(kind);
        return act(kind == LetterKind.COMPLAINT ? CaseState.ESCALATED : CaseState.SUBMITTED, how, "", List.of(),
                (who, broker, step) -> SentLetters.record(cases, who, broker, letter, how, step.actor(),
                        step.actorName()));
    }

    /** Adds a note (and files) to the record without moving the case. */
    public boolean note(String note, List<Cases.NewFile> files) {
        return act(stateNow(), note, "", files, (who, broker, step) -> cases.note(who, broker, step));
    }

    /** The broker said it needs more time. */
    public boolean extend(String note) {
        return act(stateNow(), note, "", List.of(), (who, broker, step) -> cases.extend(who, broker, step));
    }

    /** Puts the case back where it was before its latest move, and says so in the record. */
    public boolean undo() {
        Plan.Item item = selected.get();
        if (item == null || item.optOutCase().isEmpty()) {
            return false;
        }
        try {
            CaseState before = cases.stateBeforeLastMove(item.optOutCase().get().id());
            return act(before, messages.get("plan.undo.note"), "", List.of(),
                    (who, broker, step) -> cases.correct(who, broker, step));
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
            return false;
        }
    }

    private interface CaseAction {
        OptOutCase run(Profile who, Broker broker, Cases.Step step) throws UnlistedException;
    }

    private boolean act(CaseState to, String note, String pastedUrls, List<Cases.NewFile> files, CaseAction action) {
        Plan.Item item = selected.get();
        Profile who = person.get();
        if (item == null || who == null) {
            return false;
        }
        try {
            if (mode == WorkspaceMode.CLINIC && (to == CaseState.SUBMITTED || to == CaseState.AWAITING_VERIFICATION
                    || to == CaseState.ESCALATED)) {
                consents.requireCurrent(who.id(), item.broker().id(), LocalDate.now(clock));
            }
            Cases.Step step = Cases.Step.to(to).withNote(note).withUrls(urls(pastedUrls)).withFiles(files)
                    .by(mode == WorkspaceMode.CLINIC ? CaseEvent.Actor.ADVOCATE : CaseEvent.Actor.PERSON,
                            mode == WorkspaceMode.CLINIC ? advocate : "");
            action.run(who, item.broker(), step);
            problem.set("");
            saved.set(messages.get("plan.saved"));
            refresh();
            showHistory();
            return true;
        } catch (UnlistedException e) {
            saved.set("");
            problem.set(e.describe(messages));
            return false;
        }
    }

    private static List<String> urls(String pasted) {
        return pasted == null ? List.of() : Arrays.stream(pasted.split("\\s+")).filter(s -> !s.isBlank()).toList();
    }

    private CaseState stateNow() {
        return selected.get() == null ? CaseState.NOT_STARTED : selected.get().state();
    }

    // --- what the steps show ---

    /** The broker's search page, filled in for this person where the site allows it. */
    public String searchUrl() {
        return RequestDetails.searchUrl(person.get(), selected.get().broker());
    }

    /** The listing addresses recorded for the current round, newest last. */
    public List<String> listingUrls() {
        int round = selected.get() == null || selected.get().optOutCase().isEmpty() ? 1
                : selected.get().optOutCase().get().round();
        List<String> urls = new ArrayList<>();
        history.stream().filter(e -> e.round() == round).forEach(e -> e.urls().stream()
                .filter(u -> !urls.contains(u)).forEach(urls::add));
        return urls;
    }

    /** Only the details this broker asks for. */
    public List<RequestDetails.Detail> details() {
        return RequestDetails.forBroker(person.get(), selected.get().broker(), listingUrls(), LocalDate.now(clock));
    }

    /**
     * The letter for where this case stands: a follow-up once the deadline passed; in a clinic, an
     * agent's letter where the law lets an agent ask for deletion; otherwise the person's own request.
     */
    public Letter draft() {
        Plan.Item item = selected.get();
        Optional<PrivacyLaw> law = Letters.lawFor(person.get(), item.broker());
        return draft(item.state() == CaseState.OVERDUE ? LetterKind.FOLLOW_UP
                : mode == WorkspaceMode.CLINIC && law.map(PrivacyLaw::agentMayRequestDeletion).orElse(false)
                ? LetterKind.AGENT : LetterKind.DELETE);
    }

    /** A letter of the given kind for the chosen site, with the law that applies and the case's dates. */
    public Letter draft(LetterKind kind) {
        Plan.Item item = selected.get();
        Profile who = person.get();
        Broker broker = item.broker();
        Optional<PrivacyLaw> law = Letters.parseLaw(lawChoice.get(), who, broker).orElse(Letters.lawFor(who, broker));
        return Letters.write(new Letters.Request(who, broker, kind, law, listingUrls(), LocalDate.now(clock),
                item.optOutCase().orElse(null), history, new Letters.Agent(advocate, organisation)));
    }

    /** What a report covers: the chosen person, or every client. */
    public enum Report { PERSON_PDF, PERSON_CSV, CASELOAD_PDF }

    /** Writes a report to the file the person chose, in the background; says when it is done. */
    public void saveReport(Report kind, java.nio.file.Path target) {
        Profile who = person.get();
        if (who == null && kind != Report.CASELOAD_PDF) {
            return;
        }
        Work.start(tasks, busy, () -> {
            switch (kind) {
                case PERSON_PDF -> CaseReport.of(new People(vault, clock), cases, who.id(), clock).writePdf(target);
                case PERSON_CSV -> CaseReport.of(new People(vault, clock), cases, who.id(), clock).writeCsv(target);
                case CASELOAD_PDF -> Caseload.of(new People(vault, clock), new Overview(vault, clock), clock)
                        .writePdf(target);
            }
            return target;
        }, done -> {
            problem.set("");
            saved.set(messages.get("plan.report.saved"));
        }, failure -> problem.set(failure instanceof UnlistedException e ? e.describe(messages)
                : messages.get("plan.file.saveFailed")));
    }

    /** The letter as a print-ready PDF, for posting; empty (with the problem shown) if it cannot be made. */
    public Optional<byte[]> printed(Letter letter) {
        try {
            return Optional.of(LetterPdf.render(Letters.printed(letter, person.get(), selected.get().broker())));
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
            return Optional.empty();
        }
    }

    /** The stored bytes of an attached file, to view or save out. */
    public Optional<byte[]> attachment(long id) {
        try {
            return Optional.of(cases.attachment(id));
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
            return Optional.empty();
        }
    }

    public StringProperty lawChoiceProperty() {
        return lawChoice;
    }

    /** The choices for the law a letter cites, as {@link Letters#parseLaw} reads them. */
    public static List<String> lawChoices() {
        List<String> choices = new ArrayList<>(List.of("auto", "none"));
        Arrays.stream(PrivacyLaw.values()).map(law -> law.name().toLowerCase(Locale.ROOT)).forEach(choices::add);
        return choices;
    }

    public ObservableList<Profile> persons() {
        return persons;
    }

    public ObjectProperty<Profile> personProperty() {
        return person;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ObjectProperty<Sites> sitesProperty() {
        return sites;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Plan.Item> items() {
        return items;
    }

    public ObjectProperty<Plan.Item> selectedProperty() {
        return selected;
    }

    public ObservableList<CaseEvent> history() {
        return history;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public Clock clock() {
        return clock;
    }
}
