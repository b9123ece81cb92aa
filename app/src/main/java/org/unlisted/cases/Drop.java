package org.unlisted.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.unlisted.catalog.Broker;
import org.unlisted.core.UnlistedException;

/**
 * California's Delete Request and Opt-out Platform (DROP): one request reaches every data broker
 * registered in California. It does not reach sites that are not registered, and public records
 * stay public, so people-search sites stay in the plan. Brokers must process DROP requests from
 * 2026-08-01, check the platform at least every 45 days, delete within 45 days, and repeat the
 * deletion every 45 days (FACTS.md; LAWS.md section 6).
 */
public final class Drop {
    public static final LocalDate PROCESSING_FROM = LocalDate.of(2026, 8, 1);
    /** Brokers check at least every 45 days and then have 45 days to delete. */
    public static final int WORST_CASE_DAYS = 90;

    private final Supplier<Connection> connection;

    public Drop(Supplier<Connection> connection) {
        this.connection = connection;
    }

    /** A person's DROP request: when they sent it, and the confirmation the platform gave. */
    public record Request(long profileId, LocalDate submitted, String confirmation) {

        /** By when every registered broker should have deleted: the worst case, counted from 2026-08-01 at the earliest. */
        public LocalDate expectedBy() {
            return (submitted.isBefore(PROCESSING_FROM) ? PROCESSING_FROM : submitted).plusDays(WORST_CASE_DAYS);
        }
    }

    /** Whether a DROP request covers this broker: registered in California, and not a site that shows people. */
    public static boolean covers(Broker broker) {
        return broker.legal() != null && broker.legal().registries() != null
                && Boolean.TRUE.equals(broker.legal().registries().ca())
                // sites that show people stay in the plan: DROP may not reach what they show
                && !broker.category().showsPeople();
    }

    public void record(Request request) throws UnlistedException {
        try (PreparedStatement upsert = connection.get().prepareStatement("INSERT INTO drop_request (profile_id,"
                + " submitted, confirmation) VALUES (?, ?, ?) ON CONFLICT (profile_id) DO UPDATE SET"
                + " submitted = excluded.submitted, confirmation = excluded.confirmation")) {
            upsert.setLong(1, request.profileId());
            upsert.setString(2, request.submitted().toString());
            upsert.setString(3, request.confirmation().strip());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new UnlistedException(CaseProblem.STORAGE, e);
        }
    }

    public Optional<Request> of(long profileId) throws UnlistedException {
        List<Request> found = new ArrayList<>();
        CaseRows.query(connection.get(), "SELECT submitted, confirmation FROM drop_request WHERE profile_id = ?",
                row -> found.add(new Request(profileId, LocalDate.parse(row.getString(1)), row.getString(2))),
                profileId);
        return found.stream().findFirst();
    }
}
