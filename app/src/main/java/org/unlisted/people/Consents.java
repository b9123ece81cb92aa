package org.unlisted.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.unlisted.core.UnlistedException;

/** Consent records: kept, listed, and checked before anything is done as a client's agent. */
public final class Consents {
    private final Supplier<Connection> connection;

    public Consents(Supplier<Connection> connection) {
        this.connection = connection;
    }

    public Consent record(Consent consent) throws UnlistedException {
        if (consent.given() == null || consent.obtained() == null || consent.obtained().isBlank()
                || consent.advocate() == null || consent.advocate().isBlank()
                || (consent.expires() != null && consent.expires().isBefore(consent.given()))) {
            throw new UnlistedException(PeopleProblem.CONSENT_INVALID);
        }
        try (PreparedStatement insert = connection.get().prepareStatement("INSERT INTO consent (profile_id, given,"
                + " scope, obtained, expires, advocate) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, consent.profileId());
            insert.setString(2, consent.given().toString());
            insert.setString(3, consent.coversAll() ? "all" : String.join(",", consent.brokerIds()));
            insert.setString(4, consent.obtained().strip());
            insert.setString(5, consent.expires() == null ? null : consent.expires().toString());
            insert.setString(6, consent.advocate().strip());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return new Consent(key.getLong(1), consent.profileId(), consent.given(), consent.brokerIds(),
                        consent.obtained().strip(), consent.expires(), consent.advocate().strip());
            }
        } catch (SQLException e) {
            // A profile that does not exist breaks the foreign key.
            throw new UnlistedException(PeopleProblem.NOT_FOUND, e);
        }
    }

    /** Every consent record for a client, newest first. */
    public List<Consent> of(long profileId) throws UnlistedException {
        List<Consent> found = new ArrayList<>();
        try (PreparedStatement query = connection.get().prepareStatement("SELECT id, given, scope, obtained, expires,"
                + " advocate FROM consent WHERE profile_id = ? ORDER BY given DESC, id DESC")) {
            query.setLong(1, profileId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String scope = row.getString(3);
                    found.add(new Consent(row.getLong(1), profileId, LocalDate.parse(row.getString(2)),
                            "all".equals(scope) ? List.of() : Arrays.asList(scope.split(",")), row.getString(4),
                            row.getString(5) == null ? null : LocalDate.parse(row.getString(5)), row.getString(6)));
                }
            }
        } catch (SQLException | RuntimeException e) {
            // RuntimeException: a date that is no date, in a case file someone wrote by hand.
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
        return found;
    }

    /** The consent that lets an advocate act for this client at this broker today, if there is one. */
    public Optional<Consent> current(long profileId, String brokerId, LocalDate today) throws UnlistedException {
        return of(profileId).stream().filter(consent -> consent.allows(brokerId, today)).findFirst();
    }

    /** Refuses, with an explanation, to act as a client's agent without a current consent record. */
    public Consent requireCurrent(long profileId, String brokerId, LocalDate today) throws UnlistedException {
        return current(profileId, brokerId, today).orElseThrow(() -> new UnlistedException(PeopleProblem.NO_CONSENT));
    }
}
