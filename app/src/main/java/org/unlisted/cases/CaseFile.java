package org.unlisted.cases;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.unlisted.catalog.Catalog;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.Consent;
import org.unlisted.people.Consents;
import org.unlisted.people.People;
import org.unlisted.people.PeopleProblem;
import org.unlisted.people.Profile;
import org.unlisted.vault.CheckResult;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Transaction;
import org.unlisted.vault.Vault;

/**
 * One person's file, handed from one install to another (a clinic passing a client on): the
 * profile, consent records, and every opt-out case with its whole dated history and attached
 * files, exactly as recorded. The case file is itself a small vault with its own passphrase, so it
 * is encrypted and authenticated the same way; import checks every page before reading anything
 * and saves all of it or nothing.
 */
public final class CaseFile {
    static final String PROFILE_KEY = "casefile.profile";

    private CaseFile() {
    }

    /** Writes the profile and everything linked to it to a new file locked with {@code passphrase}. */
    public static void export(Connection from, long profileId, Path target, Passphrase passphrase, Clock clock)
            throws UnlistedException {
        Profile profile = new People(() -> from, clock).get(profileId);
        List<Consent> consents = new Consents(() -> from).of(profileId);
        try (Vault file = Vault.create(target, passphrase)) {
            Profile copy = new People(file::connection, clock).add(profile);
            Consents copied = new Consents(file::connection);
            for (Consent consent : consents) {
                copied.record(consent.forProfile(copy.id()));
            }
            copyCases(from, profileId, file.connection(), copy.id());
            file.settings().put(PROFILE_KEY, Long.toString(copy.id()));
        } catch (SQLException e) {
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
    }

    /**
     * Reads a case file into the vault behind {@code into}; returns the new profile. A wrong
     * passphrase, a damaged or altered file, or a person already in the vault imports nothing.
     */
    public static Profile importInto(Connection into, Path source, Passphrase passphrase, Clock clock)
            throws UnlistedException {
        CheckResult check = Vault.check(source, passphrase);
        if (!check.sound()) {
            throw new UnlistedException(PeopleProblem.CASE_FILE_INVALID);
        }
        try (Vault file = Vault.open(source, passphrase)) {
            long id = Long.parseLong(file.settings().get(PROFILE_KEY)
                    .orElseThrow(() -> new UnlistedException(PeopleProblem.CASE_FILE_INVALID)));
            Profile profile;
            List<Consent> consents;
            try {
                profile = new People(file::connection, clock).get(id);
                consents = new Consents(file::connection).of(id);
                requireReadable(file.connection(), id);
            } catch (UnlistedException unreadable) {
                throw new UnlistedException(PeopleProblem.CASE_FILE_INVALID, unreadable);
            }
            People people = new People(() -> into, clock);
            if (!people.sameAs(profile.withId(0)).isEmpty()) {
                throw new UnlistedException(PeopleProblem.DUPLICATE);
            }
            return Transaction.<Profile, UnlistedException>inOne(into, () -> {
                Profile added = people.add(new Profile(0, profile.legalName(), profile.otherNames(),
                        profile.dateOfBirth(), profile.addresses(), profile.phones(), profile.emails(),
                        profile.state(), profile.notes(), false, null, null));
                Consents target = new Consents(() -> into);
                for (Consent consent : consents) {
                    target.record(consent.forProfile(added.id()));
                }
                copyCases(file.connection(), id, into, added.id());
                return added;
            });
        } catch (NumberFormatException e) {
            throw new UnlistedException(PeopleProblem.CASE_FILE_INVALID, e);
        } catch (SQLException e) {
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
    }

    /**
     * Reads every case and step of the person in the file as the app will read them once imported.
     * Cases are copied row for row, so a file written by hand could otherwise bring in rows that
     * no page can show (an unknown state, a time that is no time) and that history rules keep forever.
     */
    private static void requireReadable(Connection file, long profileId) throws UnlistedException {
        Cases reader = new Cases(() -> file, new Catalog(List.of(), List.of()), Clock.systemUTC());
        for (OptOutCase found : CaseRows.cases(file, CaseRows.SELECT + "WHERE profile_id = ?", profileId)) {
            reader.history(found.id());
        }
    }

    /** Copies every case of one person, its events and their files, keeping every date and time as recorded. */
    private static void copyCases(Connection from, long fromProfile, Connection to, long toProfile)
            throws SQLException {
        try (PreparedStatement cases = from.prepareStatement("SELECT id, broker_id, round, state, updated,"
                + " clock_start, legal_due, expected_by, recheck_on, law FROM opt_case WHERE profile_id = ? ORDER BY id");
             PreparedStatement insertCase = to.prepareStatement("INSERT INTO opt_case (profile_id, broker_id, round,"
                     + " state, updated, clock_start, legal_due, expected_by, recheck_on, law)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            cases.setLong(1, fromProfile);
            try (ResultSet row = cases.executeQuery()) {
                while (row.next()) {
                    insertCase.setLong(1, toProfile);
                    for (int column = 2; column <= 10; column++) {
                        insertCase.setObject(column, row.getObject(column));
                    }
                    insertCase.executeUpdate();
                    copyEvents(from, row.getLong(1), to, newId(insertCase));
                }
            }
        }
    }

    private static void copyEvents(Connection from, long fromCase, Connection to, long toCase) throws SQLException {
        try (PreparedStatement events = from.prepareStatement("SELECT id, round, at, actor, actor_name, kind, state,"
                + " note, urls, due FROM case_event WHERE case_id = ? ORDER BY id");
             PreparedStatement insertEvent = to.prepareStatement("INSERT INTO case_event (case_id, round, at, actor,"
                     + " actor_name, kind, state, note, urls, due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     Statement.RETURN_GENERATED_KEYS);
             PreparedStatement files = from.prepareStatement("SELECT name, media_type, content FROM attachment"
                     + " WHERE event_id = ? ORDER BY id");
             PreparedStatement insertFile = to.prepareStatement("INSERT INTO attachment (event_id, name, media_type,"
                     + " content) VALUES (?, ?, ?, ?)")) {
            events.setLong(1, fromCase);
            try (ResultSet event = events.executeQuery()) {
                while (event.next()) {
                    insertEvent.setLong(1, toCase);
                    for (int column = 2; column <= 10; column++) {
                        insertEvent.setObject(column, event.getObject(column));
                    }
                    insertEvent.executeUpdate();
                    long eventId = newId(insertEvent);
                    files.setLong(1, event.getLong(1));
                    try (ResultSet file = files.executeQuery()) {
                        while (file.next()) {
                            insertFile.setLong(1, eventId);
                            insertFile.setString(2, file.getString(1));
                            insertFile.setString(3, file.getString(2));
                            insertFile.setBytes(4, file.getBytes(3));
                            insertFile.executeUpdate();
                        }
                    }
                }
            }
        }
    }

    private static long newId(PreparedStatement insert) throws SQLException {
        try (ResultSet key = insert.getGeneratedKeys()) {
            key.next();
            return key.getLong(1);
        }
    }
}
