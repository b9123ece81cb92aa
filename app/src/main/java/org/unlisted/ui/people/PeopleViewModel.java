package org.unlisted.ui.people;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.cases.CaseFile;
import org.unlisted.cases.Overview;
import org.unlisted.people.ClientImport;
import org.unlisted.people.Consent;
import org.unlisted.people.Consents;
import org.unlisted.people.Households;
import org.unlisted.people.People;
import org.unlisted.people.PermissionForm;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.task.TaskRunner;
import org.unlisted.ui.task.Work;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.VaultSettings;

/**
 * The People screen: in personal mode the person's own profile; in clinic mode the client list
 * (search, sort, add) and the chosen client's profile, household and consent records.
 */
public final class PeopleViewModel {
    /** How the client list is ordered. Deadlines come from cases; until a client has one, name decides. */
    public enum Sort { NAME, LAST_ACTIVITY, NEXT_DEADLINE }

    private final Supplier<Connection> vault;
    private final TaskRunner tasks;
    private final People people;
    private final Households households;
    private final Consents consents;
    private final VaultSettings settings;
    private final Messages messages;
    private final Clock clock;
    private final WorkspaceMode mode;

    private final ObservableList<Profile> clients = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(Sort.NAME);
    private final ObjectProperty<Profile> selected = new SimpleObjectProperty<>();
    private final BooleanProperty editing = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ObservableList<String> household = FXCollections.observableArrayList();
    private final ObservableList<Consent> consentRecords = FXCollections.observableArrayList();
    private final ProfileForm form = new ProfileForm();
    private List<Profile> everyone = List.of();
    private Map<Long, Overview.ClientSummary> deadlines = Map.of();

    public PeopleViewModel(Supplier<Connection> vault, VaultSettings settings, TaskRunner tasks, Messages messages,
                           Clock clock) {
        this.tasks = tasks;
        this.vault = vault;
        this.people = new People(vault, clock);
        this.households = new Households(vault);
        this.consents = new Consents(vault);
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
        this.mode = WorkspaceMode.of(settings).orElse(WorkspaceMode.PERSONAL);
        search.addListener((obs, old, now) -> refresh());
        sort.addListener((obs, old, now) -> refresh());
        selected.addListener((obs, old, now) -> showSelected(now));
        reload();
    }

    public WorkspaceMode mode() {
        return mode;
    }

    /** Reads everyone again; in personal mode, shows "me" (or an empty form to create "me"). */
    public void reload() {
        try {
            everyone = people.list();
            if (mode == WorkspaceMode.PERSONAL) {
                Profile me = people.self().orElse(null);
                selected.set(me);
                editing.set(true);
                showSelected(me);
            }
            refresh();
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
        }
    }

    private void refresh() {
        if (sort.get() == Sort.NEXT_DEADLINE) {
            try {
                deadlines = new Overview(vault, clock).clients();
            } catch (UnlistedException e) {
                problem.set(e.describe(messages));
            }
        }
        String wanted = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        Comparator<Profile> byName = Comparator.comparing(p -> p.legalName().toLowerCase(Locale.ROOT));
        Comparator<Profile> order = switch (sort.get()) {
            case LAST_ACTIVITY -> Comparator.comparing(Profile::lastActivity, Comparator.reverseOrder())
                    .thenComparing(byName);
            case NEXT_DEADLINE -> Comparator.comparing((Profile p) -> nextDeadline(p).orElse(LocalDate.MAX))
                    .thenComparing(byName);
            default -> byName;
        };
        clients.setAll(everyone.stream().filter(p -> matches(p, wanted)).sorted(order).toList());
    }

    /** The soonest date among this client's cases: a legal deadline, an expected answer or a re-check. */
    Optional<LocalDate> nextDeadline(Profile client) {
        Overview.ClientSummary summary = deadlines.get(client.id());
        return summary == null ? Optional.empty() : Optional.ofNullable(summary.nextDue());
    }

    private static boolean matches(Profile profile, String wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        return profile.legalName().toLowerCase(Locale.ROOT).contains(wanted)
                || profile.otherNames().stream().anyMatch(o -> o.name().toLowerCase(Locale.ROOT).contains(wanted))
                || profile.emails().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains(wanted))
                || profile.notes().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private void showSelected(Profile profile) {
        form.show(profile);
        problem.set("");
        saved.set("");
        editing.set(profile != null || mode == WorkspaceMode.PERSONAL);
        refreshLinks(profile);
    }

    private void refreshLinks(Profile profile) {
        household.clear();
        consentRecords.clear();
        if (profile == null) {
            return;
        }
        try {
            Optional<Households.Household> found = households.of(profile.id());
            found.ifPresent(h -> h.members().stream().filter(m -> m.profileId() != profile.id())
                    .forEach(m -> household.add(nameOf(m.profileId()) + (m.relation().isBlank() ? ""
                            : " (" + m.relation() + ")"))));
            consentRecords.setAll(consents.of(profile.id()));
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
        }
    }

    private String nameOf(long id) {
        return everyone.stream().filter(p -> p.id() == id).map(Profile::legalName).findFirst().orElse("?");
    }

    /** Starts a new client with an empty form. */
    public void newClient() {
        selected.set(null);
        form.show(null);
        editing.set(true);
        problem.set("");
        saved.set("");
    }

    /** Saves the form: a new profile or changes to the chosen one. Returns whether it was saved. */
    public boolean save() {
        Profile current = selected.get();
        try {
            Profile base = current != null ? current : Profile.draft("", "");
            if (current == null && mode == WorkspaceMode.PERSONAL) {
                base = base.asSelf();
            }
            Profile typed = form.toProfile(base);
            Profile result;
            if (current == null) {
                if (!people.sameAs(typed).isEmpty()) {
                    throw new UnlistedException(org.unlisted.people.PeopleProblem.DUPLICATE);
                }
                result = people.add(typed);
            } else {
                result = people.update(typed);
            }
            everyone = people.list();
            refresh();
            selected.set(result);
            saved.set(messages.get("people.saved"));
            return true;
        } catch (UnlistedException e) {
            saved.set("");
            problem.set(e.describe(messages));
            return false;
        }
    }

    /** Deletes the chosen person and everything about them. */
    public void deleteSelected() {
        Profile current = selected.get();
        if (current == null) {
            return;
        }
        try {
            people.delete(current.id());
            selected.set(null);
            if (mode == WorkspaceMode.CLINIC) {
                editing.set(false);
            }
            reload();
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
        }
    }

    /** A spreadsheet read and checked, before anything is saved: what the person is shown. */
    public record ImportPreview(ClientImport.Check check, String summary, List<String> rows) {
        public boolean importable() {
            return check != null && check.importable(true) && !check.ready().isEmpty();
        }
    }

    /** Reads and checks a spreadsheet export; saves nothing. */
    public ImportPreview previewImport(byte[] file) {
        try {
            ClientImport.Check check = ClientImport.check(file, java.util.Map.of(), people, LocalDate.now(clock));
            List<String> rows = check.problems().stream().map(row -> messages.get("people.import.row", row.row(),
                    messages.get(row.problem().messageKey(), row.arguments()))).toList();
            String summary = !rows.isEmpty() ? messages.get("people.import.problems")
                    : messages.get("people.import.ready", check.ready().size())
                    + (check.duplicates().isEmpty() ? "" : " " + messages.get("people.import.skipped",
                    check.duplicates().size()));
            return new ImportPreview(check, summary, rows);
        } catch (UnlistedException e) {
            return new ImportPreview(null, e.describe(messages), List.of());
        }
    }

    /** Saves every ready row of a checked spreadsheet, all or nothing; returns what happened. */
    public String importClients(ImportPreview preview) {
        try {
            int count = ClientImport.commit(preview.check(), true, people, vault).size();
            everyone = people.list();
            refresh();
            return messages.get("people.import.done", count);
        } catch (UnlistedException e) {
            return e.describe(messages);
        }
    }

    /** Writes the chosen client to a case file locked with its own passphrase (wiped after use). */
    public void exportCaseFile(java.nio.file.Path target, char[] passphrase) {
        Profile current = selected.get();
        Passphrase owned = Passphrase.wrap(passphrase);
        if (current == null) {
            owned.destroy();
            return;
        }
        Work.start(tasks, busy, () -> {
            try (owned) {
                CaseFile.export(vault.get(), current.id(), target, owned, clock);
            }
            return messages.get("people.caseFile.exported");
        }, saved::set, this::showFailure);
    }

    /** Adds the person in a case file to this vault, then shows them. */
    public void importCaseFile(java.nio.file.Path source, char[] passphrase) {
        Passphrase owned = Passphrase.wrap(passphrase);
        Work.start(tasks, busy, () -> {
            try (owned) {
                return CaseFile.importInto(vault.get(), source, owned, clock);
            }
        }, added -> {
            reload();
            selected.set(everyone.stream().filter(p -> p.id() == added.id()).findFirst().orElse(null));
            saved.set(messages.get("people.caseFile.imported", added.legalName()));
        }, this::showFailure);
    }

    private void showFailure(Throwable failure) {
        problem.set(failure instanceof UnlistedException known ? known.describe(messages)
                : messages.get("people.error.storage"));
    }

    public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Links the chosen client with another, as a household. */
    public void linkHousehold(Profile other, String relation) {
        Profile current = selected.get();
        if (current == null || other == null) {
            return;
        }
        try {
            households.link(current.id(), other.id(), relation);
            people.touch(current.id());
            refreshLinks(current);
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
        }
    }

    public void leaveHousehold() {
        Profile current = selected.get();
        if (current == null) {
            return;
        }
        try {
            households.unlink(current.id());
            refreshLinks(current);
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
        }
    }

    /** Records consent for the chosen client; returns the problem in plain words, or {@code null}. */
    public String recordConsent(LocalDate given, List<String> brokerIds, String obtained, LocalDate expires) {
        Profile current = selected.get();
        if (current == null) {
            return messages.get("people.error.notFound");
        }
        try {
            consents.record(new Consent(0, current.id(), given, brokerIds, obtained, expires, advocate()));
            people.touch(current.id());
            refreshLinks(current);
            return null;
        } catch (UnlistedException e) {
            return e.describe(messages);
        }
    }

    /** The permission form for a consent record, ready to print or copy. */
    public String permissionForm(Consent consent) {
        return PermissionForm.text(selected.get(), consent, settings.get(WorkspaceMode.ORGANISATION_KEY).orElse(""));
    }

    public String advocate() {
        return settings.get(WorkspaceMode.ADVOCATE_KEY).orElse("");
    }

    /** Everyone but the chosen client: who they can be linked with. */
    public List<Profile> others() {
        Profile current = selected.get();
        return everyone.stream().filter(p -> current == null || p.id() != current.id()).toList();
    }

    public Instant now() {
        return clock.instant();
    }

    public ProfileForm form() {
        return form;
    }

    public ObservableList<Profile> clients() {
        return clients;
    }

    public ObservableList<String> household() {
        return household;
    }

    public ObservableList<Consent> consents() {
        return consentRecords;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    public ObjectProperty<Profile> selectedProperty() {
        return selected;
    }

    public BooleanProperty editingProperty() {
        return editing;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
