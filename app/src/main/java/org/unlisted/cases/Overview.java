package org.unlisted.cases;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.unlisted.core.UnlistedException;

/**
 * The figures the dashboard shows, for one person or ({@code profileId} null) for everyone in the
 * vault: each is one indexed query, so it stays quick with thousands of clients.
 */
public final class Overview {
    private static final String FOR_PROFILE = " (?1 IS NULL OR profile_id = ?1) ";

    private final Supplier<Connection> connection;
    private final Clock clock;

    public Overview(Supplier<Connection> connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** One client's standing, for the clinic's list. */
    public record ClientSummary(long profileId, int done, int waiting, int overdue, int toDecide, LocalDate nextDue) {
    }

    public Map<CaseState, Integer> countsByState(Long profileId) throws UnlistedException {
        Map<CaseState, Integer> counts = new EnumMap<>(CaseState.class);
        query("SELECT state, count(*) FROM opt_case WHERE" + FOR_PROFILE + "GROUP BY state",
                row -> counts.put(CaseState.valueOf(row.getString(1)), row.getInt(2)), profileId);
        return counts;
    }

    /** Cases past their legal deadline, the longest overdue first. */
    public List<OptOutCase> overdue(Long profileId) throws UnlistedException {
        return cases(CaseRows.SELECT + "WHERE" + FOR_PROFILE + "AND (state = 'OVERDUE' OR (state IN ('SUBMITTED',"
                + " 'AWAITING_VERIFICATION') AND legal_due < ?2)) ORDER BY legal_due, id", profileId, today());
    }

    /** Finished cases whose re-check falls within {@code days} from today (or is already late), soonest first. */
    public List<OptOutCase> rechecksDue(Long profileId, int days) throws UnlistedException {
        return cases(CaseRows.SELECT + "WHERE" + FOR_PROFILE + "AND recheck_on <= ?2 AND state IN ('REMOVED',"
                + " 'NOT_FOUND') ORDER BY recheck_on, id", profileId, LocalDate.now(clock).plusDays(days).toString());
    }

    /**
     * Cases with something to do or a date coming, the most urgent first; for "what next". The vault's
     * index {@code opt_case_open} (migration 6) repeats this ORDER BY: change both together.
     */
    public List<OptOutCase> open(Long profileId, int limit) throws UnlistedException {
        return cases(CaseRows.SELECT + "WHERE" + FOR_PROFILE + "AND state NOT IN ('REMOVED', 'NOT_FOUND') ORDER BY"
                + " CASE state WHEN 'OVERDUE' THEN 0 WHEN 'FOUND' THEN 1 WHEN 'RELISTED' THEN 1"
                + " WHEN 'AWAITING_VERIFICATION' THEN 2 WHEN 'BLOCKED' THEN 3 WHEN 'SEARCHING' THEN 3 ELSE 4 END,"
                + " coalesce(legal_due, expected_by, '9999-12-31'), id LIMIT ?2", profileId, limit);
    }

    /** Listings removed per month over the last {@code months} months, oldest first (months with none show 0). */
    public Map<YearMonth, Integer> removalsByMonth(Long profileId, int months) throws UnlistedException {
        YearMonth last = YearMonth.now(clock);
        Map<YearMonth, Integer> byMonth = new TreeMap<>();
        for (int i = months - 1; i >= 0; i--) {
            byMonth.put(last.minusMonths(i), 0);
        }
        String from = last.minusMonths(months - 1L).atDay(1).toString();
        query("SELECT substr(e.at, 1, 7), count(*) FROM case_event e JOIN opt_case c ON c.id = e.case_id"
                        + " WHERE (?1 IS NULL OR c.profile_id = ?1) AND e.state = 'REMOVED' AND e.kind = 'CHANGE'"
                        + " AND e.at >= ?2 GROUP BY 1",
                row -> {
                    int count = row.getInt(2);
                    byMonth.computeIfPresent(YearMonth.parse(row.getString(1)), (m, n) -> n + count);
                },
                profileId, from);
        return byMonth;
    }

    /** Every client with at least one case, with their counts and next date. */
    public Map<Long, ClientSummary> clients() throws UnlistedException {
        Map<Long, ClientSummary> byClient = new HashMap<>();
        String today = today().toString();
        query("SELECT profile_id, sum(state IN ('REMOVED', 'NOT_FOUND')),"
                        + " sum(state IN ('SUBMITTED', 'AWAITING_VERIFICATION', 'ESCALATED')),"
                        + " sum(state = 'OVERDUE' OR (state IN ('SUBMITTED', 'AWAITING_VERIFICATION') AND legal_due < ?1)),"
                        + " sum(state = 'BLOCKED'),"
                        + " min(CASE WHEN state IN ('REMOVED', 'NOT_FOUND') THEN recheck_on"
                        + " ELSE coalesce(legal_due, expected_by) END)"
                        + " FROM opt_case GROUP BY profile_id",
                row -> byClient.put(row.getLong(1), new ClientSummary(row.getLong(1), row.getInt(2), row.getInt(3),
                        row.getInt(4), row.getInt(5), CaseRows.date(row.getString(6)))), today);
        return byClient;
    }

    private String today() {
        return LocalDate.now(clock).toString();
    }

    private void query(String sql, CaseRows.RowReader reader, Object... arguments) throws UnlistedException {
        CaseRows.query(connection.get(), sql, reader, arguments);
    }

    private List<OptOutCase> cases(String sql, Object... arguments) throws UnlistedException {
        return CaseRows.cases(connection.get(), sql, arguments);
    }
}
