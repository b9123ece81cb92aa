package org.unlisted.ui.plan;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.unlisted.catalog.Broker;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.net.Cancellation;
import org.unlisted.net.Network;
import org.unlisted.net.scan.Match;
import org.unlisted.net.scan.ScanOutcome;
import org.unlisted.net.scan.ScanRecord;
import org.unlisted.net.scan.Scanner;
import org.unlisted.people.Households;
import org.unlisted.people.KnownRelatives;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.ui.task.TaskRunner;

/**
 * "Look for my listings": searches, in the background, the sites the app can read for the chosen
 * person, then lists per site what may be them, with the reasons. Only "This is me" changes a case.
 */
public final class ScanViewModel {
    /** One site's answer, and whether a removed listing there may be back. */
    public record SiteResult(ScanOutcome outcome, boolean maybeBack, ObservableList<Match> open) {
    }

    private final PlanViewModel plan;
    private final Supplier<Connection> vault;
    private final Supplier<Network> network;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Clock clock;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<SiteResult> results = FXCollections.observableArrayList();
    private Cancellation cancellation;

    ScanViewModel(PlanViewModel plan, Supplier<Connection> vault, Supplier<Network> network, TaskRunner tasks,
                  Messages messages, Clock clock) {
        this.plan = plan;
        this.vault = vault;
        this.network = network;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    /** The sites of the catalog the app can read for this person. */
    public List<Broker> sites() {
        return plan.catalogProperty().get() == null ? List.of()
                : Scanner.scannable(plan.catalogProperty().get().brokers());
    }

    /** Starts a scan; with no site to read, says so instead. */
    public void start() {
        Profile person = plan.person();
        if (person == null || running.get()) {
            return;
        }
        List<Broker> sites = sites();
        results.clear();
        if (sites.isEmpty() || network == null) {
            message.set(messages.get("scan.noneCanScan"));
            return;
        }
        message.set("");
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        progress.set(0);
        progressText.set(messages.get("scan.progress", 0, sites.size()));
        Task<List<SiteResult>> task = new Task<>() {
            @Override
            protected List<SiteResult> call() throws UnlistedException {
                List<String> relatives = KnownRelatives.of(new People(vault, clock), new Households(vault), person);
                List<ScanOutcome> outcomes = new Scanner(network.get()).scan(person, relatives, sites,
                        LocalDate.now(clock), (done, total, latest) -> {
                            updateProgress(done, total);
                            updateMessage(messages.get("scan.progress", done, total));
                        }, cancel);
                List<ScanOutcome> back = new ScanRecord(plan.cases(), messages).write(person, outcomes);
                // Sites that may show the person first, then those to check by hand, then the rest.
                return outcomes.stream().sorted(java.util.Comparator.comparingInt(ScanViewModel::order))
                        .map(o -> new SiteResult(o, back.contains(o), FXCollections.observableArrayList(o.matches())))
                        .toList();
            }
        };
        task.progressProperty().addListener((obs, old, now) -> progress.set(Math.max(0, now.doubleValue())));
        task.messageProperty().addListener((obs, old, now) -> progressText.set(now));
        task.setOnSucceeded(e -> {
            running.set(false);
            results.setAll(task.getValue());
            message.set(summary(task.getValue(), cancel.isCancelled()));
            plan.afterScan();
        });
        task.setOnFailed(e -> {
            running.set(false);
            message.set(task.getException() instanceof UnlistedException problem ? problem.describe(messages)
                    : messages.get("scan.failed"));
        });
        running.set(true);
        tasks.run(task);
    }

    private static int order(ScanOutcome outcome) {
        if (!outcome.atLeast(Match.Strength.POSSIBLE).isEmpty()) {
            return 0;
        }
        return switch (outcome.kind()) {
            case CANDIDATES -> 1;
            case BLOCKED, UNREADABLE, FAILED -> 2;
            case NO_RESULTS -> 3;
            case CANCELLED -> 4;
        };
    }

    public void cancel() {
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    private String summary(List<SiteResult> done, boolean cancelled) {
        long withMatches = done.stream().filter(r -> !r.outcome().atLeast(Match.Strength.POSSIBLE).isEmpty()).count();
        return messages.get(cancelled ? "scan.summary.cancelled" : "scan.summary", done.stream()
                .filter(r -> r.outcome().kind() != ScanOutcome.Kind.CANCELLED).count(), withMatches);
    }

    /** "This is me": the case moves to found (or relisted after a removal) with the page's address. */
    public boolean confirm(SiteResult site, Match match) {
        try {
            new ScanRecord(plan.cases(), messages).confirm(plan.person(), site.outcome(), match, plan.actor(),
                    plan.actorName());
            site.open().remove(match);
            plan.afterScan();
            plan.showSaved();
            return true;
        } catch (UnlistedException e) {
            plan.report(e);
            return false;
        }
    }

    /** "Not me": the candidate goes from the list; nothing about it is kept. */
    public void dismiss(SiteResult site, Match match) {
        site.open().remove(match);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<SiteResult> results() {
        return results;
    }
}
