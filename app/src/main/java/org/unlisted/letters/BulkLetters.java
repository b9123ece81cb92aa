package org.unlisted.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.OptOutCase;
import org.unlisted.cases.PrivacyLaw;
import org.unlisted.catalog.Broker;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.Consents;
import org.unlisted.people.Profile;

/**
 * Every email request at once: prepare the letters for one person or many, let them be read, send
 * them one by one with a result for each, and never send the same request twice in a case's round
 * (checked again just before each message goes).
 */
public final class BulkLetters {
    /** Cases in these states still need their request sent. */
    private static final Set<CaseState> NEEDS_REQUEST = EnumSet.of(CaseState.NOT_STARTED, CaseState.SEARCHING,
            CaseState.FOUND, CaseState.RELISTED);

    private final Cases cases;
    private final Consents consents;
    private final Clock clock;

    public BulkLetters(Cases cases, Consents consents, Clock clock) {
        this.cases = cases;
        this.consents = consents;
        this.clock = clock;
    }

    /** Sends one message the person's way (their own mail account); returns its Message-ID. */
    public interface Sender {
        String send(String to, String subject, String body) throws UnlistedException;
    }

    /** Who is sending: the person themselves, or an advocate for clients (who must have given consent). */
    public record From(CaseEvent.Actor actor, Letters.Agent agent) {
        public static From person() {
            return new From(CaseEvent.Actor.PERSON, null);
        }

        public static From advocate(Letters.Agent agent) {
            return new From(CaseEvent.Actor.ADVOCATE, agent);
        }

        boolean isAdvocate() {
            return actor == CaseEvent.Actor.ADVOCATE;
        }
    }

    public record Prepared(Profile person, Broker broker, Letter letter) {
    }

    public enum Outcome { SENT, ALREADY_SENT, FAILED }

    /** What happened to one prepared letter; {@code problem} says why it failed. */
    public record Result(Prepared prepared, Outcome outcome, String messageId, UnlistedException problem) {
    }

    /** The email requests still to send for these people, person by person, in plan order. */
    public List<Prepared> prepare(List<Profile> people, List<Broker> brokers, From from) throws UnlistedException {
        LocalDate today = LocalDate.now(clock);
        List<Prepared> prepared = new ArrayList<>();
        for (Profile person : people) {
            var theirs = cases.forProfile(person.id());
            for (Broker broker : brokers) {
                OptOutCase c = theirs.get(broker.id());
                if (c != null && !NEEDS_REQUEST.contains(c.state())) {
                    continue;
                }
                List<CaseEvent> history = c == null ? List.of() : cases.history(c.id());
                LetterKind kind = kindFor(person, broker, from);
                if (SentLetters.alreadySent(c, history, kind)) {
                    continue;
                }
                List<String> urls = c == null ? List.of() : history.stream().filter(e -> e.round() == c.round())
                        .flatMap(e -> e.urls().stream()).distinct().toList();
                prepared.add(new Prepared(person, broker, Letters.write(new Letters.Request(person, broker, kind,
                        Letters.lawFor(person, broker), urls, today, c, history, from.agent()))));
            }
        }
        return prepared;
    }

    /** An advocate writes as agent where the law lets an agent ask for deletion; otherwise the person's own request. */
    static LetterKind kindFor(Profile person, Broker broker, From from) {
        boolean agentMay = Letters.lawFor(person, broker).map(PrivacyLaw::agentMayRequestDeletion).orElse(false);
        return from.isAdvocate() && agentMay ? LetterKind.AGENT : LetterKind.DELETE;
    }

    /** Sends one prepared letter and records it; a failure records nothing and can be tried again. */
    public Result send(Prepared p, Sender sender, From from) {
        try {
            Optional<OptOutCase> c = cases.find(p.person().id(), p.broker().id());
            if (SentLetters.alreadySent(c.orElse(null), c.isEmpty() ? List.of() : cases.history(c.get().id()),
                    p.letter().kind())) {
                return new Result(p, Outcome.ALREADY_SENT, null, null);
            }
            if (from.isAdvocate()) {
                consents.requireCurrent(p.person().id(), p.broker().id(), LocalDate.now(clock));
            }
            String messageId = sender.send(p.letter().email(), p.letter().subject(), p.letter().body());
            SentLetters.record(cases, p.person(), p.broker(), p.letter(),
                    "Sent by email to " + p.letter().email() + ". Message-ID: " + messageId, from.actor(),
                    from.agent() == null ? "" : from.agent().name());
            return new Result(p, Outcome.SENT, messageId, null);
        } catch (UnlistedException e) {
            return new Result(p, Outcome.FAILED, null, e);
        }
    }

    /** Listens to a bulk send: called after each letter, with how many are done. */
    public interface Progress {
        void done(Result result, int done, int total);
    }

    /** Sends them all, in order, until done or cancelled; one failure does not stop the rest. */
    public List<Result> sendAll(List<Prepared> letters, Sender sender, From from, Progress progress,
                                BooleanSupplier cancelled) {
        List<Result> results = new ArrayList<>();
        for (Prepared p : letters) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            Result result = send(p, sender, from);
            results.add(result);
            progress.done(result, results.size(), letters.size());
        }
        return results;
    }
}
