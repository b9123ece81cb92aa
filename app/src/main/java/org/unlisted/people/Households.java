package org.unlisted.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.unlisted.core.UnlistedException;

/**
 * People handled together: relatives and people who live at the same address. Skip tracing maps
 * families, so one person's removals help little while the rest of the household stays listed.
 */
public final class Households {
    /** A household of one is no household: it ends when the last but one person leaves or is deleted. */
    static final String END_HOUSEHOLDS_OF_ONE = "DELETE FROM household WHERE id NOT IN (SELECT household_id"
            + " FROM household_member GROUP BY household_id HAVING COUNT(*) > 1)";

    private final Supplier<Connection> connection;

    public Households(Supplier<Connection> connection) {
        this.connection = connection;
    }

    /** A household and who is in it, each with how they relate (partner, child, lives here...). */
    public record Household(long id, String name, List<Member> members) {
    }

    public record Member(long profileId, String relation) {
    }

    /** Puts {@code profileId} in the household of {@code withId}, making one if that person has none. */
    public Household link(long withId, long profileId, String relation) throws UnlistedException {
        try {
            if (withId == profileId) {
                return of(withId).orElseThrow(() -> new UnlistedException(PeopleProblem.NOT_FOUND));
            }
            unlink(profileId);
            Optional<Household> existing = of(withId);
            long household = existing.isPresent() ? existing.get().id() : create(withId);
            try (PreparedStatement insert = connection.get().prepareStatement(
                    "INSERT INTO household_member (household_id, profile_id, relation) VALUES (?, ?, ?)")) {
                insert.setLong(1, household);
                insert.setLong(2, profileId);
                insert.setString(3, relation == null ? "" : relation.strip());
                insert.executeUpdate();
            }
            return of(profileId).orElseThrow();
        } catch (SQLException e) {
            throw new UnlistedException(PeopleProblem.NOT_FOUND, e);
        }
    }

    /** Takes a person out of their household; a household left with one person ends. */
    public void unlink(long profileId) throws UnlistedException {
        try (PreparedStatement delete = connection.get().prepareStatement(
                "DELETE FROM household_member WHERE profile_id = ?");
             Statement tidy = connection.get().createStatement()) {
            delete.setLong(1, profileId);
            delete.executeUpdate();
            tidy.execute(END_HOUSEHOLDS_OF_ONE);
        } catch (SQLException e) {
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
    }

    /** The household {@code profileId} belongs to, if any. */
    public Optional<Household> of(long profileId) throws UnlistedException {
        try (PreparedStatement query = connection.get().prepareStatement("SELECT h.id, h.name, m.profile_id,"
                + " m.relation FROM household h JOIN household_member m ON m.household_id = h.id WHERE h.id ="
                + " (SELECT household_id FROM household_member WHERE profile_id = ?) ORDER BY m.profile_id")) {
            query.setLong(1, profileId);
            try (ResultSet row = query.executeQuery()) {
                long id = 0;
                String name = null;
                List<Member> members = new ArrayList<>();
                while (row.next()) {
                    id = row.getLong(1);
                    name = row.getString(2);
                    members.add(new Member(row.getLong(3), row.getString(4)));
                }
                return members.isEmpty() ? Optional.empty() : Optional.of(new Household(id, name, members));
            }
        } catch (SQLException e) {
            throw new UnlistedException(PeopleProblem.STORAGE, e);
        }
    }

    private long create(long firstMember) throws SQLException {
        try (PreparedStatement insert = connection.get().prepareStatement("INSERT INTO household (name) VALUES ('')",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.executeUpdate();
            long id;
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                id = key.getLong(1);
            }
            try (PreparedStatement member = connection.get().prepareStatement(
                    "INSERT INTO household_member (household_id, profile_id, relation) VALUES (?, ?, '')")) {
                member.setLong(1, id);
                member.setLong(2, firstMember);
                member.executeUpdate();
            }
            return id;
        }
    }
}
