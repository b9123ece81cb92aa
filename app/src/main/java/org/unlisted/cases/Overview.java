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
 * vault. Each query has a form for one person and one for everyone, because SQLite uses an index
 * only when the query says plainly which rows it wants; the indexes and kept counts are in
 * migrations 6 to 9, and the indexes' WHERE clauses must stay word for word as written here.
 */
public final class Overview {
    private static final String LATE = " state IN ('OVERDUE', 'SUBMITTED', 'AWAITING_VERIFICATION')"
            + " AND (state = 'OVERDUE' OR legal_due < ?) ";
    private static final String RECHECK = " state IN ('REMOVED', 'NOT_FOUND') AND recheck_on <= ? ";
    private static final String BY_MONTH = " e.state = 'REMOVED' AND e.kind = 'CHANGE' AND e.at >= ? GROUP BY 1";
    // Everyone's lists and counts name their index: without statistics SQLite would rather take the
    // index on state and read millions of rows from the table.
    private static final String OVERDUE_ALL = CaseRows.SELECT + "INDEXED BY opt_case_late WHERE" + LATE
            + "ORDER BY legal_due, id LIMIT ?";
    private static final String OVERDUE_ONE = CaseRows.SELECT + "WHERE profile_id = ? AND" + LATE
            + "ORDER BY legal_due, id LIMIT ?";
    // Late for everyone: the OVERDUE count the vault keeps, plus requests not yet marked OVERDUE.
    private static final String WAITING_LATE = " state IN ('SUBMITTED', 'AWAITING_VERIFICATION') AND legal_due < ? ";
    private static final String OVERDUE_COUNT_ALL = "SELECT (SELECT coalesce(sum(n), 0) FROM case_count"
            + " WHERE state = 'OVERDUE') + (SELECT count(*) FROM opt_case INDEXED BY opt_case_waiting WHERE"
            + WAITING_LATE + ")";
    private static final String OVERDUE_COUNT_ONE = "SELECT count(*) FROM opt_case WHERE profile_id = ? AND" + LATE;
    private static final String RECHECK_ALL = CaseRows.SELECT + "INDEXED BY opt_case_recheck_due WHERE" + RECHECK
            + "ORDER BY recheck_on, id LIMIT ?";
    private static final String RECHECK_ONE = CaseRows.SELECT + "WHERE profile_id = ? AND" + RECHECK
            + "ORDER BY recheck_on, id LIMIT ?";
    private static final String RECHECK_COUNT_ALL = "SELECT coalesce(sum(n), 0) FROM recheck_count WHERE day <= ?";
    private static final String RECHECK_COUNT_ONE = "SELECT count(*) FROM opt_case WHERE profile_id = ? AND" + RECHECK;
    private static final String REMOVALS_ALL = "SELECT month, n FROM removal_count WHERE month >= ?";
    private static final String REMOVALS_ONE = "SELECT substr(e.at, 1, 7), count(*) FROM case_event e"
            + " JOIN opt_case c ON c.id = e.case_id WHERE c.profile_id = ? AND" + BY_MONTH;
    private static final String COUNTS_ALL = "SELECT state, sum(n) FROM case_count GROUP BY state";
    private static final String COUNTS_ONE = "SELECT state, n FROM case_count WHERE profile_id = ?";
    private static final String CLIENT_COUNTS = "SELECT profile_id, state, n FROM case_count";
    private static final String CLIENT_WAITING_LATE = "SELECT profile_id, count(*) FROM opt_case"
            + " INDEXED BY opt_case_waiting WHERE" + WAITING_LATE + "GROUP BY profile_id";
    // One index seek per client for each date (SQLite's min() on an index), instead of reading every case.
    private static final String CLIENT_DATES = "SELECT p.id,"
            + " (SELECT min(recheck_on) FROM opt_case INDEXED BY opt_case_client_recheck WHERE profile_id = p.id"
            + " AND state IN ('REMOVED', 'NOT_FOUND')),"
            + " (SELECT min(coalesce(legal_due, expected_by)) FROM opt_case INDEXED BY opt_case_client_due"
            + " WHERE profile_id = p.id AND state NOT IN ('REMOVED', 'NOT_FOUND'))"
            + " FROM profile p";
    private static final String OPEN = CaseRows.SELECT + "WHERE (?1 IS NULL OR profile_id = ?1) AND state NOT IN"
            + " ('REMOVED', 'NOT_FOUND') ORDER BY CASE state WHEN 'OVERDUE' THEN 0 WHEN 'FOUND' THEN 1"
            + " WHEN 'RELISTED' THEN 1 WHEN 'AWAITING_VERIFICATION' THEN 2 WHEN 'BLOCKED' THEN 3"
            + " WHEN 'SEARCHING' THEN 3 ELSE 4 END, coalesce(legal_due, expected_by, '9999-12-31'), id LIMIT ?2";

    private final Supplier<Connection> connection;
    private final Clock clock;

    public Overview(Supplier<Connection> connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** One client's standing, for the clinic's list. */
    public record ClientSummary(long profileId, int done, int waiting, int overdue, int toDecide, LocalDate nextDue) {
    }

    /** How many cases are in each state: read from the counts the vault keeps, never by counting cases. */
    public Map<CaseState, Integer> countsByState(Long profileId) throws UnlistedException {
        Map<CaseState, Integer> counts = new EnumMap<>(CaseState.class);
        CaseRows.RowReader add = row -> counts.put(CaseState.valueOf(row.getString(1)), row.getInt(2));
        if (profileId == null) {
            query(COUNTS_ALL, add);
        } else {
            query(COUNTS_ONE, add, profileId);
        }
        return counts;
    }

    /** Up to {@code limit} cases past their legal deadline, the longest overdue first. */
    public List<OptOutCase> overdue(Long profileId, int limit) throws UnlistedException {
        String today = today();
        return profileId == null
                ? cases(OVERDUE_ALL, today, limit)
                : cases(OVERDUE_ONE, profileId, today, limit);
    }

    /** How many cases are past their legal deadline. */
    public int overdueCount(Long profileId) throws UnlistedException {
        return profileId == null
                ? count(OVERDUE_COUNT_ALL, today())
                : count(OVERDUE_COUNT_ONE, profileId, today());
    }

    /** Up to {@code limit} finished cases whose re-check falls within {@code days} (or is late), soonest first. */
    public List<OptOutCase> rechecksDue(Long profileId, int days, int limit) throws UnlistedException {
        String until = LocalDate.now(clock).plusDays(days).toString();
        return profileId == null
                ? cases(RECHECK_ALL, until, limit)
                : cases(RECHECK_ONE, profileId, until, limit);
    }

    /** How many re-checks fall within {@code days} (or are late). */
    public int rechecksDueCount(Long profileId, int days) throws UnlistedException {
        String until = LocalDate.now(clock).plusDays(days).toString();
        return profileId == null
                ? count(RECHECK_COUNT_ALL, until)
                : count(RECHECK_COUNT_ONE, profileId, until);
    }

    /**
     * Cases with something to do or a date coming, the most urgent first; for "what next". The vault's
     * index {@code opt_case_open} (migration 6) repeats this ORDER BY: change both together.
     */
    public List<OptOutCase> open(Long profileId, int limit) throws UnlistedException {
        return cases(OPEN, profileId, limit);
    }

    /** Listings removed per month over the last {@code months} months, oldest first (months with none show 0). */
    public Map<YearMonth, Integer> removalsByMonth(Long profileId, int months) throws UnlistedException {
        YearMonth last = YearMonth.now(clock);
        Map<YearMonth, Integer> byMonth = new TreeMap<>();
        for (int i = months - 1; i >= 0; i--) {
            byMonth.put(last.minusMonths(i), 0);
        }
        YearMonth first = last.minusMonths(months - 1L);
        CaseRows.RowReader add = row -> {
            int count = row.getInt(2);
            byMonth.computeIfPresent(YearMonth.parse(row.getString(1)), (m, n) -> n + count);
        };
        if (profileId == null) {
            query(REMOVALS_ALL, add, first.toString());
        } else {
            query(REMOVALS_ONE, add, profileId, first.atDay(1).toString());
        }
        return byMonth;
    }

    /** Every client with at least one case, with their counts and next date. */
    public Map<Long, ClientSummary> clients() throws UnlistedException {
        Map<Long, int[]> counts = new HashMap<>();
        query(CLIENT_COUNTS, row -> {
            int[] c = counts.computeIfAbsent(row.getLong(1), id -> new int[4]);
            CaseState state = CaseState.valueOf(row.getString(2));
            int n = row.getInt(3);
            if (state.isDone()) {
                c[0] += n;
            } else if (state.isWaiting()) {
                c[1] += n;
            } else if (state == CaseState.BLOCKED) {
                c[3] += n;
            }
            if (state == CaseState.OVERDUE) {
                c[2] += n;
            }
        });
        query(CLIENT_WAITING_LATE, row -> {
            int[] c = counts.get(row.getLong(1));
            if (c != null) {
                c[2] += row.getInt(2);
            }
        }, today());
        Map<Long, ClientSummary> byClient = new HashMap<>();
        query(CLIENT_DATES,
                row -> {
                    long id = row.getLong(1);
                    int[] c = counts.get(id);
                    if (c == null) {
                        return;
                    }
                    LocalDate next = earlier(CaseRows.date(row.getString(2)), CaseRows.date(row.getString(3)));
                    byClient.put(id, new ClientSummary(id, c[0], c[1], c[2], c[3], next));
                });
        return byClient;
    }

    /** The plan SQLite picks for each of these queries, for the benchmarks and for anyone tuning them. */
    public Map<String, String> queryPlans() throws UnlistedException {
        Map<String, String> sql = new java.util.LinkedHashMap<>();
        sql.put("countsByState(null)", COUNTS_ALL);
        sql.put("overdue(null)", OVERDUE_ALL);
        sql.put("overdueCount(null)", OVERDUE_COUNT_ALL);
        sql.put("rechecksDue(null)", RECHECK_ALL);
        sql.put("rechecksDueCount(null)", RECHECK_COUNT_ALL);
        sql.put("open(null)", OPEN);
        sql.put("clients() late", CLIENT_WAITING_LATE);
        sql.put("clients() dates", CLIENT_DATES);
        sql.put("removalsByMonth(null)", REMOVALS_ALL);
        sql.put("removalsByMonth(one)", REMOVALS_ONE);
        Map<String, String> plans = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> query : sql.entrySet()) {
            StringBuilder plan = new StringBuilder();
            query("EXPLAIN QUERY PLAN " + query.getValue(),
                    row -> plan.append(plan.isEmpty() ? "" : "; ").append(row.getString(4)));
            plans.put(query.getKey(), plan.toString());
        }
        return plans;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private String today() {
        return LocalDate.now(clock).toString();
    }

    private int count(String sql, Object... arguments) throws UnlistedException {
        int[] found = new int[1];
        query(sql, row -> found[0] = row.getInt(1), arguments);
        return found[0];
    }

    private void query(String sql, CaseRows.RowReader reader, Object... arguments) throws UnlistedException {
        CaseRows.query(connection.get(), sql, reader, arguments);
    }

    private List<OptOutCase> cases(String sql, Object... arguments) throws UnlistedException {
        return CaseRows.cases(connection.get(), sql, arguments);
    }
}
