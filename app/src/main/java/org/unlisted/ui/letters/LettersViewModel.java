package org.unlisted.ui.letters;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.unlisted.cases.Cases;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.catalog.OwnBrokers;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.letters.BulkLetters;
import org.unlisted.letters.Letters;
import org.unlisted.mail.MailAccount;
import org.unlisted.mail.Mailer;
import org.unlisted.mail.Outgoing;
import org.unlisted.people.Consents;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.task.TaskRunner;
import org.unlisted.ui.task.Work;
import org.unlisted.vault.VaultSettings;

/**
 * The Letters page: the person's own email account (kept in the vault), and every email request
 * at once: prepare, read, send with a result for each, retry what failed.
 */
public final class LettersViewModel {
    private final Supplier<Connection> vault;
    private final VaultSettings settings;
    private final CatalogSupply catalogSupply;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final WorkspaceMode mode;

    // the account form
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(MailAccount.Security.STARTTLS
            .usualPort()));
    private final ObjectProperty<MailAccount.Security> security = new SimpleObjectProperty<>(
            MailAccount.Security.STARTTLS);
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final BooleanProperty accountSaved = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper accountStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accountProblem = new ReadOnlyStringWrapper("");

    // the bulk send
    private final ObservableList<Profile> persons = FXCollections.observableArrayList();
    /** Whose letters: one person, or null for every client (clinic mode). */
    private final ObjectProperty<Profile> person = new SimpleObjectProperty<>();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private Catalog catalog;

    /** One prepared letter and what became of it. */
    public record Line(BulkLetters.Prepared prepared, String status, boolean failed) {
    }

    public LettersViewModel(Supplier<Connection> vault, VaultSettings settings, CatalogSupply catalogSupply,
                            TaskRunner tasks, Messages messages, Clock clock) {
        this.vault = vault;
        this.settings = settings;
        this.catalogSupply = catalogSupply;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.mode = WorkspaceMode.of(settings).orElse(WorkspaceMode.PERSONAL);
        security.addListener((obs, old, now) -> {
            if (now != null && old != null && port.get().equals(Integer.toString(old.usualPort()))) {
                port.set(Integer.toString(now.usualPort()));
            }
        });
        MailAccount.load(settings).ifPresent(this::show);
        try {
            List<Profile> everyone = new People(vault, clock).list();
            persons.setAll(mode == WorkspaceMode.PERSONAL ? everyone.stream().filter(Profile::self).toList()
                    : everyone);
            person.set(mode == WorkspaceMode.PERSONAL && !persons.isEmpty() ? persons.get(0) : null);
        } catch (UnlistedException e) {
            problem.set(e.describe(messages));
        }
    }

    public WorkspaceMode mode() {
        return mode;
    }

    private void show(MailAccount account) {
        host.set(account.host());
        port.set(Integer.toString(account.port()));
        security.set(account.security());
        username.set(account.username());
        from.set(account.fromAddress());
        displayName.set(account.displayName());
        accountSaved.set(true);
        accountStatus.set(messages.get("letters.account.saved", account.fromAddress()));
    }

    private MailAccount typed() throws UnlistedException {
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        return MailAccount.of(host.get(), number, security.get(), username.get(), from.get(), displayName.get());
    }

    /** Saves the account and its password in the vault; the password array is wiped. */
    public boolean saveAccount(char[] password) {
        try {
            MailAccount account = typed();
            if (password.length == 0) {
                char[] kept = MailAccount.loadPassword(settings).orElse(new char[0]);
                account.save(settings, kept);
                Arrays.fill(kept, '\0');
            } else {
                account.save(settings, password);
            }
            accountProblem.set("");
            show(account);
            return true;
        } catch (UnlistedException e) {
            accountProblem.set(e.describe(messages));
            return false;
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Connects and logs in with what is typed (or the saved password), in the background, and says how it went. */
    public void testConnection(char[] typedPassword) {
        char[] password = typedPassword.length > 0 ? typedPassword
                : MailAccount.loadPassword(settings).orElse(new char[0]);
        accountStatus.set(messages.get("letters.account.testing"));
        accountProblem.set("");
        Work.start(tasks, busy, () -> {
            try (Mailer mailer = new Mailer(typed(), password)) {
                mailer.testConnection();
                return true;
            } finally {
                Arrays.fill(password, '\0');
            }
        }, ok -> accountStatus.set(messages.get("letters.account.works")), failure -> {
            accountStatus.set("");
            accountProblem.set(describe(failure));
        });
    }

    /** Prepares every email request still to send for the chosen person (or all clients). */
    public void prepare() {
        problem.set("");
        summary.set("");
        progress.set(0);
        Work.start(tasks, busy, () -> {
            if (catalog == null) {
                catalog = catalogSupply.await().with(new OwnBrokers(vault,
                        new CatalogLoader(LocalDate.now(clock)).reader()).list());
            }
            List<Profile> who = person.get() != null ? List.of(person.get()) : List.copyOf(persons);
            return bulk().prepare(who, Letters.emailable(catalog), sender());
        }, prepared -> {
            lines.setAll(prepared.stream().map(p -> new Line(p, messages.get("letters.bulk.ready"), false)).toList());
            summary.set(messages.get("letters.bulk.prepared", prepared.size()));
        }, failure -> problem.set(describe(failure)));
    }

    /** Sends every prepared letter that is not sent yet, from the saved account, one by one. */
    public void sendAll() {
        MailAccount account = MailAccount.load(settings).orElse(null);
        if (account == null) {
            problem.set(messages.get("letters.bulk.noAccount"));
            return;
        }
        List<BulkLetters.Prepared> toSend = lines.stream().filter(l -> l.failed() || l.status().equals(
                messages.get("letters.bulk.ready"))).map(Line::prepared).toList();
        cancel.set(false);
        sending.set(true);
        problem.set("");
        Work.start(tasks, busy, () -> {
            char[] password = MailAccount.loadPassword(settings).orElse(new char[0]);
            try (Mailer mailer = new Mailer(account, password)) {
                BulkLetters.Sender sender = (to, subject, body) -> mailer.send(new Outgoing(to, subject, body))
                        .messageId();
                return bulk().sendAll(toSend, sender, sender(), (result, done, total) -> Platform.runLater(() -> {
                    progress.set((double) done / total);
                    replace(result);
                }), cancel::get);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, results -> {
            sending.set(false);
            long sent = results.stream().filter(r -> r.outcome() == BulkLetters.Outcome.SENT).count();
            long failed = results.stream().filter(r -> r.outcome() == BulkLetters.Outcome.FAILED).count();
            summary.set(messages.get("letters.bulk.done", sent, failed));
        }, failure -> {
            sending.set(false);
            problem.set(describe(failure));
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    private void replace(BulkLetters.Result result) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).prepared() == result.prepared()) {
                String status = switch (result.outcome()) {
                    case SENT -> messages.get("letters.bulk.sent");
                    case ALREADY_SENT -> messages.get("letters.bulk.alreadySent");
                    case FAILED -> messages.get("letters.bulk.failed", result.problem().describe(messages));
                };
                lines.set(i, new Line(result.prepared(), status, result.outcome() == BulkLetters.Outcome.FAILED));
            }
        }
    }

    private BulkLetters bulk() {
        return new BulkLetters(new Cases(vault, catalog, clock), new Consents(vault), clock);
    }

    private BulkLetters.From sender() {
        return mode == WorkspaceMode.CLINIC ? BulkLetters.From.advocate(new Letters.Agent(
                settings.get(WorkspaceMode.ADVOCATE_KEY).orElse(""),
                settings.get(WorkspaceMode.ORGANISATION_KEY).orElse(""))) : BulkLetters.From.person();
    }

    private String describe(Throwable failure) {
        return failure instanceof UnlistedException e ? e.describe(messages) : messages.get("cases.error.storage");
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public ObjectProperty<MailAccount.Security> securityProperty() {
        return security;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public BooleanProperty accountSavedProperty() {
        return accountSaved;
    }

    public ReadOnlyStringProperty accountStatusProperty() {
        return accountStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty accountProblemProperty() {
        return accountProblem.getReadOnlyProperty();
    }

    public ObservableList<Profile> persons() {
        return persons;
    }

    public ObjectProperty<Profile> personProperty() {
        return person;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty sendingProperty() {
        return sending;
    }
}
