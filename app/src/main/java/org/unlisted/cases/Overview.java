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
    // index on state and read millions of rows from the table. Lists are ordered exactly as their
    // index, so the first lines come without sorting every case of the same day.
    private static final String OVERDUE_ALL = CaseRows.SELECT + "INDEXED BY opt_case_late WHERE" + LATE
            + "ORDER BY legal_due, state, profile_id, id LIMIT ?";
    private static final String OVERDUE_ONE = CaseRows.SELECT + "WHERE profile_id = ? AND" + LATE
            + "ORDER BY legal_due, state, profile_id, id LIMIT ?";
    // Late for everyone: the OVERDUE count the vault keeps, plus requests not yet marked OVERDUE.
    private static final String WAITING_LATE = " state IN ('SUBMITTED', 'AWAITING_VERIFICATION') AND legal_due < ? ";
    private static final String OVERDUE_COUNT_ALL = "SELECT (SELECT coalesce(sum(n), 0) FROM case_count"
            + " WHERE state = 'OVERDUE') + (SELECT count(*) FROM opt_case INDEXED BY opt_case_waiting WHERE"
            + WAITING_LATE + ")";
    private static final String OVERDUE_COUNT_ONE = "SELECT count(*) FROM opt_case WHERE profile_id = ? AND" + LATE;
    private static final String RECHECK_ALL = CaseRows.SELECT + "INDEXED BY opt_case_recheck_due WHERE" + RECHECK
            + "ORDER BY recheck_on, profile_id, id LIMIT ?";
    private static final String RECHECK_ONE = CaseRows.SELECT + "WHERE profile_id = ? AND" + RECHECK
            + "ORDER BY recheck_on, profile_id, id LIMIT ?";
    private static final String RECHECK_COUNT_ALL = "SELECT coalesce(sum(n), 0) FROM recheck_count WHERE day <= ?";
    private static final String RECHECK_COUNT_ONE = "SELECT count(*) FROM opt_case WHERE profile_id = ? AND" + RECHECK;
    private static final String REMOVALS_ALL = "SELECT month, n FROM removal_count WHERE month >= ?";
    private static final String REMOVALS_ONE = "SELECT substr(e.at, 1, 7), count(*) FROM case_event e"
            + " JOIN opt_case c ON c.id = e.case_id WHERE c.profile_id = ? AND" + BY_MONTH;
    private static final String COUNTS_ALL = "SELECT state, sum(n) FROM case_count GROUP BY state";
    private static final String COUNTS_ONE = "SELECT state, n FROM case_count WHERE profile_id = ?";
    private static final String CLIENT_WAITING_LATE = "SELECT profile_id, count(*) FROM opt_case"
            + " INDEXED BY opt_case_waiting WHERE" + WAITING_LATE + "GROUP BY profile_id";
    // One row per client: the counts the vault keeps, grouped as the clinic's list shows them (in SQL, so
    // 2,000 rows cross into Java rather than 22,000), and each next date from one index seek (min()).
    private static final String CLIENTS = "SELECT c.profile_id,"
            + " sum(CASE WHEN c.state IN (" + states(CaseState::isDone) + ") THEN c.n ELSE 0 END),"
            + " sum(CASE WHEN c.state IN (" + states(CaseState::isWaiting) + ") THEN c.n ELSE 0 END),"
            + " sum(CASE WHEN c.state = 'OVERDUE' THEN c.n ELSE 0 END),"
            + " sum(CASE WHEN c.state = 'BLOCKED' THEN c.n ELSE 0 END),"
            + " (SELECT min(recheck_on) FROM opt_case INDEXED BY opt_case_client_recheck WHERE profile_id = c.profile_id"
            + " AND state IN ('REMOVED', 'NOT_FOUND')),"
            + " (SELECT min(coalesce(legal_due, expected_by)) FROM opt_case INDEXED BY opt_case_client_due"
            + " WHERE profile_id = c.profile_id AND state NOT IN ('REMOVED', 'NOT_FOUND'))"
            + " FROM case_count c GROUP BY c.profile_id";
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
        Map<Long, Integer> waitingLate = new HashMap<>();
        query(CLIENT_WAITING_LATE, row -> waitingLate.put(row.getLong(1), row.getInt(2)), today());
        Map<Long, ClientSummary> byClient = new HashMap<>();
        query(CLIENTS, row -> {
            long id = row.getLong(1);
            LocalDate next = earlier(CaseRows.date(row.getString(6)), CaseRows.date(row.getString(7)));
            byClient.put(id, new ClientSummary(id, row.getInt(2), row.getInt(3),
                    row.getInt(4) + waitingLate.getOrDefault(id, 0), row.getInt(5), next));
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
        sql.put("clients()", CLIENTS);
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

    /** The states {@code which} picks, as an SQL list of literals (names of the enum, never values). */
    private static String states(java.util.function.Predicate<CaseState> which) {
        return java.util.Arrays.stream(CaseState.values()).filter(which).map(state -> "'" + state.name() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
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
