package org.unlisted.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.unlisted.core.UnlistedException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The profiles kept in the vault: add, change, find, list and delete them for good. */
public final class People {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = "SELECT id, legal_name, state, details, notes, is_self, created,"
            + " last_activity FROM profile ";

    private final Supplier<Connection> connection;
    private final Clock clock;

    public People(Supplier<Connection> connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** The parts of a profile kept as JSON: lists that are only ever read whole. */
    record Details(List<Profile.OtherName> otherNames, LocalDate dateOfBirth, List<Profile.Address> addresses,
                   List<String> phones, List<String> emails) {
    }

    /** Checks and saves a new profile; returns it with its id. */
    public Profile add(Profile draft) throws UnlistedException {
        ProfileRules.check(draft, LocalDate.now(clock));
        Instant now = clock.instant();
        try (PreparedStatement insert = connection.get().prepareStatement("INSERT INTO profile (legal_name, state,"
                + " details, notes, is_self, created, last_activity) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, draft.legalName().strip());
            insert.setString(2, draft.state().strip().toUpperCase(Locale.ROOT));
            insert.setString(3, detailsOf(draft));
            insert.setString(4, draft.notes());
            insert.setInt(5, draft.self() ? 1 : 0);
            insert.setString(6, now.toString());
            insert.setString(7, now.toString());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return find(key.getLong(1)).orElseThrow();
            }
        } catch (SQLException e) {
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
    }

    /** Saves changes to a profile that exists. */
    public Profile update(Profile changed) throws UnlistedException {
        ProfileRules.check(changed, LocalDate.now(clock));
        try (PreparedStatement update = connection.get().prepareStatement("UPDATE profile SET legal_name = ?,"
                + " state = ?, details = ?, notes = ?, is_self = ?, last_activity = ? WHERE id = ?")) {
            update.setString(1, changed.legalName().strip());
            update.setString(2, changed.state().strip().toUpperCase(Locale.ROOT));
            update.setString(3, detailsOf(changed));
            update.setString(4, changed.notes());
            update.setInt(5, changed.self() ? 1 : 0);
            update.setString(6, clock.instant().toString());
            update.setLong(7, changed.id());
            if (update.executeUpdate() == 0) {
                throw new UnlistedException(PeopleProblem.NOT_FOUND);
            }
        } catch (SQLException e) {
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
        return find(changed.id()).orElseThrow();
    }

    public Optional<Profile> find(long id) throws UnlistedException {
        List<Profile> found = query(SELECT + "WHERE id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public Profile get(long id) throws UnlistedException {
        return find(id).orElseThrow(() -> new UnlistedException(PeopleProblem.NOT_FOUND));
    }

    /** Everyone, by name. */
    public List<Profile> list() throws UnlistedException {
        return query(SELECT + "ORDER BY legal_name COLLATE NOCASE, id");
    }

    /** The person using the app, in personal mode. */
    public Optional<Profile> self() throws UnlistedException {
        List<Profile> found = query(SELECT + "WHERE is_self = 1 ORDER BY id LIMIT 1");
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Profiles that look like the same person: same name (any of their names) and same birth date or state. */
    public List<Profile> sameAs(Profile candidate) throws UnlistedException {
        List<Profile> same = new ArrayList<>();
        for (Profile existing : list()) {
            if (existing.id() != candidate.id() && Duplicates.samePerson(existing, candidate)) {
                same.add(existing);
            }
        }
        return same;
    }

    /**
     * Removes a profile and everything linked to it (the foreign keys cascade), with secure_delete on
     * so the freed pages are overwritten, then folds the write-ahead log into the file and empties it.
     */
    public void delete(long id) throws UnlistedException {
        try (PreparedStatement delete = connection.get().prepareStatement("DELETE FROM profile WHERE id = ?");
             Statement checkpoint = connection.get().createStatement()) {
            delete.setLong(1, id);
            if (delete.executeUpdate() == 0) {
                throw new UnlistedException(PeopleProblem.NOT_FOUND);
            }
            checkpoint.execute(Households.END_HOUSEHOLDS_OF_ONE);
            checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
    }

    /** Marks that something happened for this person now (for "sort by last activity"). */
    public void touch(long id) throws UnlistedException {
        try (PreparedStatement update = connection.get().prepareStatement(
                "UPDATE profile SET last_activity = ? WHERE id = ?")) {
            update.setString(1, clock.instant().toString());
            update.setLong(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
    }

    /** Runs one of the SELECTs above; values always go in as bound parameters. */
    private List<Profile> query(String sql, Object... arguments) throws UnlistedException {
        List<Profile> found = new ArrayList<>();
        try (PreparedStatement query = connection.get().prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                query.setObject(i + 1, arguments[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Details details = JSON.readValue(row.getString(4), Details.class);
                    found.add(new Profile(row.getLong(1), row.getString(2), details.otherNames(),
                            details.dateOfBirth(), details.addresses(), details.phones(), details.emails(),
                            row.getString(3), row.getString(5), row.getInt(6) == 1, Instant.parse(row.getString(7)),
                            Instant.parse(row.getString(8))));
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
        return found;
    }

    static String detailsOf(Profile profile) {
        return JSON.writeValueAsString(new Details(profile.otherNames(), profile.dateOfBirth(), profile.addresses(),
                profile.phones(), profile.emails()));
    }
}
