package org.unlisted.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.unlisted.cases.CaseEvent.Actor;
import org.unlisted.cases.CaseEvent.Attachment;
import org.unlisted.cases.CaseEvent.Kind;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.Profile;
import org.unlisted.vault.Transaction;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The opt-out cases in the vault. Every change appends one event to the case's history and rewrites
 * the case's current state, in one transaction; history itself is never changed (the vault's
 * triggers refuse it).
 */
public final class Cases {
    /** Screenshots and PDFs of a page; anything larger is almost surely the wrong file. */
    public static final int MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
    /** Late requests marked OVERDUE per transaction (see markOverdue). */
    private static final int OVERDUE_BATCH = 200;
    /** When a definition does not say how often to look again. */
    public static final int DEFAULT_RECHECK_DAYS = 90;
    /** A posted request reaches the broker some days later, and the legal clock starts on receipt. */
    static final int MAIL_DAYS = 5;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Supplier<Connection> connection;
    private final Catalog catalog;
    private final Clock clock;

    public Cases(Supplier<Connection> connection, Catalog catalog, Clock clock) {
        this.connection = connection;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The catalog these cases refer to. */
    public Catalog catalog() {
        return catalog;
    }

    /** A step the person (or their advocate) takes: the state it leads to, and the evidence that goes with it. */
    public record Step(CaseState to, Actor actor, String actorName, String note, List<String> urls,
                       List<NewFile> files) {
        public Step {
            note = note == null ? "" : note.strip();
            actorName = actorName == null ? "" : actorName.strip();
            urls = List.copyOf(urls);
            files = List.copyOf(files);
        }

        /** A plain step by the person, with no note or evidence. */
        public static Step to(CaseState state) {
            return new Step(state, Actor.PERSON, "", "", List.of(), List.of());
        }

        public Step withNote(String text) {
            return new Step(to, actor, actorName, text, urls, files);
        }

        public Step withUrls(List<String> listingUrls) {
            return new Step(to, actor, actorName, note, listingUrls, files);
        }

        public Step withFiles(List<NewFile> attached) {
            return new Step(to, actor, actorName, note, urls, attached);
        }

        public Step by(Actor who, String name) {
            return new Step(to, who, name, note, urls, files);
        }
    }

    /** A file to keep with a step. */
    public record NewFile(String name, String mediaType, byte[] content) {
    }

    public Optional<OptOutCase> find(long profileId, String brokerId) throws UnlistedException {
        List<OptOutCase> found = cases(CaseRows.SELECT + "WHERE profile_id = ? AND broker_id = ?", profileId, brokerId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Every case this person has, by broker id. */
    public Map<String, OptOutCase> forProfile(long profileId) throws UnlistedException {
        Map<String, OptOutCase> byBroker = new LinkedHashMap<>();
        for (OptOutCase c : cases(CaseRows.SELECT + "WHERE profile_id = ?", profileId)) {
            byBroker.put(c.brokerId(), c);
        }
        return byBroker;
    }

    /** This person's plan: the catalog in order, with their cases and their DROP request, if any. */
    public Plan plan(long profileId, LocalDate today) throws UnlistedException {
        return Plan.of(catalog, forProfile(profileId), new Drop(connection).of(profileId), today);
    }

    /** The whole history of a case, every round, oldest first. */
    public List<CaseEvent> history(long caseId) throws UnlistedException {
        List<CaseEvent> events = new ArrayList<>();
        try (PreparedStatement query = connection.get().prepareStatement("SELECT e.id, e.round, e.at, e.actor,"
                + " e.actor_name, e.kind, e.state, e.note, e.urls, e.due FROM case_event e WHERE e.case_id = ?"
                + " ORDER BY e.id")) {
            query.setLong(1, caseId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong(1);
                    events.add(new CaseEvent(id, row.getInt(2), Instant.parse(row.getString(3)),
                            Actor.valueOf(row.getString(4)), row.getString(5), Kind.valueOf(row.getString(6)),
                            CaseState.valueOf(row.getString(7)), row.getString(8),
                            JSON.readValue(row.getString(9), new TypeReference<List<String>>() { }),
                            CaseRows.date(row.getString(10)), attachmentsOf(id)));
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new UnlistedException(CaseProblem.STORAGE, e);
        }
        return events;
    }

    /** The stored contents of an attached file. */
    public byte[] attachment(long attachmentId) throws UnlistedException {
        try (PreparedStatement query = connection.get().prepareStatement(
                "SELECT content FROM attachment WHERE id = ?")) {
            query.setLong(1, attachmentId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new UnlistedException(CaseProblem.STORAGE);
                }
                return row.getBytes(1);
            }
        } catch (SQLException e) {
            throw new UnlistedException(CaseProblem.STORAGE, e);
        }
    }

    /** Moves the case to the step's state, if that move is one a case can make from where it is now. */
    public OptOutCase mark(Profile profile, Broker broker, Step step) throws UnlistedException {
        OptOutCase now = currentOrNew(profile, broker);
        if (!now.state().canMoveTo(step.to())) {
            throw new UnlistedException(CaseProblem.NOT_ALLOWED, now.state(), step.to());
        }
        Kind kind = step.to() == now.state() ? Kind.RECHECK : Kind.CHANGE;
        return write(broker, now, moved(profile, broker, now, step.to(), false), kind, step);
    }

    /**
     * Puts right a step taken by mistake: the case goes to {@code step.to()} whatever the rules say,
     * and the history keeps both the mistake and this correction, with the reason (required).
     */
    public OptOutCase correct(Profile profile, Broker broker, Step step) throws UnlistedException {
        requireNote(step);
        OptOutCase now = currentOrNew(profile, broker);
        return write(broker, now, moved(profile, broker, now, step.to(), true), Kind.CORRECTION, step);
    }

    /** The state the case was in before its latest move, for "undo the last step". */
    public CaseState stateBeforeLastMove(long caseId) throws UnlistedException {
        List<CaseEvent> moves = history(caseId).stream()
                .filter(e -> e.kind() != Kind.NOTE && e.kind() != Kind.EXTENSION).toList();
        if (moves.isEmpty()) {
            throw new UnlistedException(CaseProblem.NOTHING_TO_UNDO);
        }
        return moves.size() == 1 ? CaseState.NOT_STARTED : moves.get(moves.size() - 2).state();
    }

    /** Adds a note, listing addresses or files to the history without changing the state. */
    public OptOutCase note(Profile profile, Broker broker, Step step) throws UnlistedException {
        if (step.note().isEmpty() && step.urls().isEmpty() && step.files().isEmpty()) {
            throw new UnlistedException(CaseProblem.NOTE_REQUIRED);
        }
        OptOutCase now = currentOrNew(profile, broker);
        return write(broker, now, now, Kind.NOTE, step);
    }

    /**
     * The person says a page (in {@code step.urls()}) is about them, for instance one a scan found:
     * a case not yet found becomes FOUND, a removed one RELISTED; a case already past that keeps its
     * state and the page is added to its record. {@code step.to()} is ignored: the case decides.
     */
    public OptOutCase confirmListing(Profile profile, Broker broker, Step step) throws UnlistedException {
        CaseState now = currentOrNew(profile, broker).state();
        CaseState to = now == CaseState.REMOVED ? CaseState.RELISTED
                : now != CaseState.FOUND && now.canMoveTo(CaseState.FOUND) ? CaseState.FOUND : null;
        Step confirmed = new Step(to == null ? now : to, step.actor(), step.actorName(), step.note(), step.urls(),
                step.files());
        return to == null ? note(profile, broker, confirmed) : mark(profile, broker, confirmed);
    }

    /** The broker said it needs more time: the legal deadline moves to the law's longest. */
    public OptOutCase extend(Profile profile, Broker broker, Step step) throws UnlistedException {
        OptOutCase now = currentOrNew(profile, broker);
        if (now.law() == null || now.legalDue() == null || now.clockStart() == null || !now.state().isWaiting()) {
            throw new UnlistedException(CaseProblem.NO_CLOCK);
        }
        LocalDate extended = now.law().extendedDue(now.clockStart());
        if (!extended.isAfter(now.legalDue())) {
            throw new UnlistedException(CaseProblem.NOT_ALLOWED, now.state(), now.state());
        }
        OptOutCase later = new OptOutCase(now.id(), now.profileId(), now.brokerId(), now.round(), now.state(),
                now.updated(), now.clockStart(), extended, now.expectedBy(), now.recheckOn(), now.law());
        return write(broker, now, later, Kind.EXTENSION, step);
    }

    /**
     * Notes, for every case still waiting past its legal deadline, that the deadline passed: the
     * app's own event, dated today. Returns how many cases became overdue. A clinic back after months
     * may have thousands: they are marked a few hundred to a transaction, far faster than one each,
     * while other work on the vault waits at most for one batch.
     */
    public int markOverdue() throws UnlistedException {
        LocalDate today = LocalDate.now(clock);
        List<OptOutCase> late = cases(CaseRows.SELECT + "INDEXED BY opt_case_waiting"
                + " WHERE state IN ('SUBMITTED', 'AWAITING_VERIFICATION') AND legal_due < ?", today.toString());
        if (late.isEmpty()) {
            return 0;
        }
        for (int from = 0; from < late.size(); from += OVERDUE_BATCH) {
            List<OptOutCase> batch = late.subList(from, Math.min(late.size(), from + OVERDUE_BATCH));
            try {
                Transaction.<Void, UnlistedException>inOne(connection.get(), () -> {
                    for (OptOutCase c : batch) {
                        Step step = new Step(CaseState.OVERDUE, Actor.APP, "", "", List.of(), List.of());
                        OptOutCase overdue = new OptOutCase(c.id(), c.profileId(), c.brokerId(), c.round(),
                                CaseState.OVERDUE, c.updated(), c.clockStart(), c.legalDue(), c.expectedBy(),
                                c.recheckOn(), c.law());
                        write(catalog.find(c.brokerId()).orElse(null), c, overdue, Kind.CHANGE, step);
                    }
                    return null;
                });
            } catch (SQLException e) {
                throw new UnlistedException(CaseProblem.STORAGE, e);
            }
        }
        return late.size();
    }

    /** The case as it will be after moving to {@code to}: its round and dates follow from the move. */
    private OptOutCase moved(Profile profile, Broker broker, OptOutCase now, CaseState to, boolean correction)
            throws UnlistedException {
        LocalDate today = LocalDate.now(clock);
        int round = now.round();
        LocalDate clockStart = now.clockStart();
        LocalDate legalDue = now.legalDue();
        LocalDate expectedBy = now.expectedBy();
        LocalDate recheckOn = null;
        PrivacyLaw law = now.law();
        Broker.OptOut optOut = broker.optOut();
        switch (to) {
            case RELISTED -> {
                round = correction ? round : round + 1;
                clockStart = null;
                legalDue = null;
                expectedBy = null;
                law = null;
            }
            case SUBMITTED, AWAITING_VERIFICATION -> {
                // A request sent again after the deadline passed is a new request: a new clock.
                boolean fresh = clockStart == null || (now.state() == CaseState.OVERDUE && !correction);
                if (fresh) {
                    law = PrivacyLaw.forState(profile.state()).orElse(null);
                    clockStart = optOut != null && optOut.method() == Broker.Method.MAIL
                            ? today.plusDays(MAIL_DAYS) : today;
                    legalDue = law == null ? null : law.responseDue(clockStart);
                    expectedBy = optOut == null || optOut.estimatedDays() == null ? null
                            : today.plusDays(optOut.estimatedDays());
                }
            }
            case NOT_FOUND, REMOVED -> recheckOn = today.plusDays(recheckDays(broker));
            case NOT_STARTED -> {
                clockStart = null;
                legalDue = null;
                expectedBy = null;
                law = null;
            }
            default -> {
                // searching, found, blocked, overdue, escalated keep the dates they have, for the record
            }
        }
        return new OptOutCase(now.id(), now.profileId(), now.brokerId(), round, to, now.updated(), clockStart,
                legalDue, expectedBy, recheckOn, law);
    }

    private static int recheckDays(Broker broker) {
        return broker.optOut() != null && broker.optOut().recheckDays() != null
                ? broker.optOut().recheckDays() : DEFAULT_RECHECK_DAYS;
    }

    private OptOutCase currentOrNew(Profile profile, Broker broker) throws UnlistedException {
        return find(profile.id(), broker.id()).orElse(new OptOutCase(0, profile.id(), broker.id(), 1,
                CaseState.NOT_STARTED, clock.instant(), null, null, null, null, null));
    }

    /** Appends the event and rewrites the case row, all or nothing. */
    private OptOutCase write(Broker broker, OptOutCase before, OptOutCase after, Kind kind, Step step)
            throws UnlistedException {
        List<String> urls = step.urls().isEmpty() ? List.of() : ListingUrls.check(step.urls(), domainsOf(broker));
        for (NewFile file : step.files()) {
            if (file.content().length > MAX_ATTACHMENT_BYTES) {
                throw new UnlistedException(CaseProblem.ATTACHMENT_TOO_LARGE, MAX_ATTACHMENT_BYTES / (1024 * 1024));
            }
        }
        Instant at = clock.instant();
        try {
            Connection db = connection.get();
            return Transaction.<OptOutCase, UnlistedException>inOne(db, () -> {
                long caseId = before.id() == 0 ? insertCase(db, after, at) : before.id();
                try (PreparedStatement update = db.prepareStatement("UPDATE opt_case SET round = ?, state = ?,"
                        + " updated = ?, legal_due = ?, expected_by = ?, recheck_on = ?, law = ?, clock_start = ?"
                        + " WHERE id = ?")) {
                    update.setInt(1, after.round());
                    update.setString(2, after.state().name());
                    update.setString(3, at.toString());
                    update.setString(4, CaseRows.text(after.legalDue()));
                    update.setString(5, CaseRows.text(after.expectedBy()));
                    update.setString(6, CaseRows.text(after.recheckOn()));
                    update.setString(7, after.law() == null ? null : after.law().name());
                    update.setString(8, CaseRows.text(after.clockStart()));
                    update.setLong(9, caseId);
                    update.executeUpdate();
                }
                long eventId = insertEvent(db, caseId, after, at, kind, step, urls);
                for (NewFile file : step.files()) {
                    try (PreparedStatement insert = db.prepareStatement("INSERT INTO attachment (event_id, name,"
                            + " media_type, content) VALUES (?, ?, ?, ?)")) {
                        insert.setLong(1, eventId);
                        insert.setString(2, file.name());
                        insert.setString(3, file.mediaType());
                        insert.setBytes(4, file.content());
                        insert.executeUpdate();
                    }
                }
                try (PreparedStatement touch = db.prepareStatement(
                        "UPDATE profile SET last_activity = ? WHERE id = ?")) {
                    touch.setString(1, at.toString());
                    touch.setLong(2, after.profileId());
                    touch.executeUpdate();
                }
                return find(after.profileId(), after.brokerId()).orElseThrow();
            });
        } catch (SQLException e) {
            throw new UnlistedException(CaseProblem.STORAGE, e);
        }
    }

    private List<String> domainsOf(Broker broker) {
        List<String> domains = new ArrayList<>(broker.domains());
        catalog.covered(broker).forEach(sister -> domains.addAll(sister.domains()));
        return domains;
    }

    private static long insertCase(Connection db, OptOutCase c, Instant at) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO opt_case (profile_id, broker_id, round,"
                + " state, updated) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, c.profileId());
            insert.setString(2, c.brokerId());
            insert.setInt(3, c.round());
            insert.setString(4, c.state().name());
            insert.setString(5, at.toString());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static long insertEvent(Connection db, long caseId, OptOutCase after, Instant at, Kind kind, Step step,
                                    List<String> urls) throws SQLException {
        LocalDate due = after.state().isDone() ? after.recheckOn()
                : after.legalDue() != null ? after.legalDue() : after.expectedBy();
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO case_event (case_id, round, at, actor,"
                + " actor_name, kind, state, note, urls, due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, caseId);
            insert.setInt(2, after.round());
            insert.setString(3, at.toString());
            insert.setString(4, step.actor().name());
            insert.setString(5, step.actorName());
            insert.setString(6, kind.name());
            insert.setString(7, after.state().name());
            insert.setString(8, step.note());
            insert.setString(9, JSON.writeValueAsString(urls));
            insert.setString(10, CaseRows.text(due));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private List<Attachment> attachmentsOf(long eventId) throws SQLException {
        List<Attachment> found = new ArrayList<>();
        try (PreparedStatement query = connection.get().prepareStatement("SELECT id, name, media_type, length(content)"
                + " FROM attachment WHERE event_id = ? ORDER BY id")) {
            query.setLong(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.add(new Attachment(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4)));
                }
            }
        }
        return found;
    }

    private List<OptOutCase> cases(String sql, Object... arguments) throws UnlistedException {
        return CaseRows.cases(connection.get(), sql, arguments);
    }

    private static void requireNote(Step step) throws UnlistedException {
        if (step.note().isEmpty()) {
            throw new UnlistedException(CaseProblem.NOTE_REQUIRED);
        }
    }
}
