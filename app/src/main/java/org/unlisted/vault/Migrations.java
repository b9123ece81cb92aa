package org.unlisted.vault;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The vault's schema, as an ordered list of steps. Step N brings a vault to version N. To change
 * the schema, append a step here; never edit a step that has shipped.
 */
public final class Migrations {
    private static final List<List<String>> STEPS = List.of(
            // 1: settings that must stay private (auto-lock time, advocate name, mail account...)
            List.of("CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT"),
            // 2: brokers the person added themselves, each a definition in the catalog's JSON form
            List.of("CREATE TABLE own_broker (id TEXT PRIMARY KEY NOT NULL, definition TEXT NOT NULL,"
                    + " added TEXT NOT NULL) STRICT"),
            // 3: people (names and state in columns for lists and search; the rest as JSON), households,
            // consent records. Everything that hangs off a profile goes when the profile goes.
            List.of("CREATE TABLE profile (id INTEGER PRIMARY KEY, legal_name TEXT NOT NULL, state TEXT NOT NULL,"
                            + " details TEXT NOT NULL, notes TEXT NOT NULL, is_self INTEGER NOT NULL,"
                            + " created TEXT NOT NULL, last_activity TEXT NOT NULL) STRICT",
                    "CREATE TABLE household (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT",
                    "CREATE TABLE household_member (household_id INTEGER NOT NULL REFERENCES household(id)"
                            + " ON DELETE CASCADE, profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,"
                            + " relation TEXT NOT NULL, PRIMARY KEY (household_id, profile_id)) STRICT",
                    "CREATE TABLE consent (id INTEGER PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES profile(id)"
                            + " ON DELETE CASCADE, given TEXT NOT NULL, scope TEXT NOT NULL, obtained TEXT NOT NULL,"
                            + " expires TEXT, advocate TEXT NOT NULL) STRICT"),
            // 4: opt-out cases, their append-only history, and files kept as evidence. The case row is the
            // latest state, written with each event, so lists and the dashboard need not replay history.
            List.of("CREATE TABLE opt_case (id INTEGER PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES profile(id)"
                            + " ON DELETE CASCADE, broker_id TEXT NOT NULL, round INTEGER NOT NULL, state TEXT NOT NULL,"
                            + " updated TEXT NOT NULL, clock_start TEXT, legal_due TEXT, expected_by TEXT, recheck_on TEXT,"
                            + " law TEXT, UNIQUE (profile_id, broker_id)) STRICT",
                    "CREATE INDEX opt_case_by_state ON opt_case (state, legal_due)",
                    "CREATE INDEX opt_case_by_recheck ON opt_case (recheck_on) WHERE recheck_on IS NOT NULL",
                    "CREATE TABLE case_event (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES opt_case(id)"
                            + " ON DELETE CASCADE, round INTEGER NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL,"
                            + " actor_name TEXT NOT NULL, kind TEXT NOT NULL, state TEXT NOT NULL, note TEXT NOT NULL,"
                            + " urls TEXT NOT NULL, due TEXT) STRICT",
                    "CREATE INDEX case_event_by_case ON case_event (case_id, id)",
                    "CREATE INDEX case_event_by_state ON case_event (state, at)",
                    "CREATE TABLE attachment (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES case_event(id)"
                            + " ON DELETE CASCADE, name TEXT NOT NULL, media_type TEXT NOT NULL, content BLOB NOT NULL) STRICT",
                    "CREATE INDEX attachment_by_event ON attachment (event_id)",
                    // History is proof: no line is ever changed, and none goes while its case exists (deleting
                    // the whole person removes the case first, and with it the history).
                    "CREATE TRIGGER case_event_append_only BEFORE UPDATE ON case_event"
                            + " BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END",
                    "CREATE TRIGGER case_event_kept BEFORE DELETE ON case_event"
                            + " WHEN EXISTS (SELECT 1 FROM opt_case WHERE id = OLD.case_id)"
                            + " BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END",
                    "CREATE TRIGGER attachment_append_only BEFORE UPDATE ON attachment"
                            + " BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END",
                    "CREATE TRIGGER attachment_kept BEFORE DELETE ON attachment"
                            + " WHEN EXISTS (SELECT 1 FROM case_event WHERE id = OLD.event_id)"
                            + " BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END"),
            // 5: a California resident's request through the state's DROP platform, one per person
            List.of("CREATE TABLE drop_request (profile_id INTEGER PRIMARY KEY REFERENCES profile(id) ON DELETE CASCADE,"
                    + " submitted TEXT NOT NULL, confirmation TEXT NOT NULL) STRICT"),
            // 6: clinic scale (2,000 clients, millions of cases). The clients' list reads one index and never the
            // table; "what next" walks open cases in its own order and stops at the limit instead of sorting all.
            // The expressions must stay exactly as Overview.open writes them, or SQLite will not use the index.
            List.of("CREATE INDEX opt_case_by_client ON opt_case (profile_id, state, legal_due, expected_by,"
                            + " recheck_on)",
                    "CREATE INDEX opt_case_open ON opt_case (CASE state WHEN 'OVERDUE' THEN 0 WHEN 'FOUND' THEN 1"
                            + " WHEN 'RELISTED' THEN 1 WHEN 'AWAITING_VERIFICATION' THEN 2 WHEN 'BLOCKED' THEN 3"
                            + " WHEN 'SEARCHING' THEN 3 ELSE 4 END, coalesce(legal_due, expected_by, '9999-12-31'))"
                            + " WHERE state NOT IN ('REMOVED', 'NOT_FOUND')"),
            // 7: a clinic's dashboard in milliseconds. Counts per client and state are kept by triggers, so no
            // query counts millions of cases; each list the dashboard shows walks a partial index in its own order
            // and stops at its limit; the chart of removals reads only removal lines. Each partial index's WHERE
            // must stay exactly as Overview writes it, or SQLite will not use it. Step 6's covering index served
            // the old clients() only.
            List.of("CREATE TABLE case_count (profile_id INTEGER NOT NULL, state TEXT NOT NULL, n INTEGER NOT NULL,"
                            + " PRIMARY KEY (profile_id, state)) WITHOUT ROWID, STRICT",
                    "INSERT INTO case_count SELECT profile_id, state, count(*) FROM opt_case GROUP BY profile_id, state",
                    "CREATE TRIGGER case_count_insert AFTER INSERT ON opt_case BEGIN"
                            + " INSERT INTO case_count VALUES (NEW.profile_id, NEW.state, 1)"
                            + " ON CONFLICT (profile_id, state) DO UPDATE SET n = n + 1; END",
                    "CREATE TRIGGER case_count_update AFTER UPDATE OF state, profile_id ON opt_case"
                            + " WHEN OLD.state IS NOT NEW.state OR OLD.profile_id IS NOT NEW.profile_id BEGIN"
                            + " UPDATE case_count SET n = n - 1 WHERE profile_id = OLD.profile_id AND state = OLD.state;"
                            + " DELETE FROM case_count WHERE profile_id = OLD.profile_id AND state = OLD.state AND n <= 0;"
                            + " INSERT INTO case_count VALUES (NEW.profile_id, NEW.state, 1)"
                            + " ON CONFLICT (profile_id, state) DO UPDATE SET n = n + 1; END",
                    "CREATE TRIGGER case_count_delete AFTER DELETE ON opt_case BEGIN"
                            + " UPDATE case_count SET n = n - 1 WHERE profile_id = OLD.profile_id AND state = OLD.state;"
                            + " DELETE FROM case_count WHERE profile_id = OLD.profile_id AND state = OLD.state AND n <= 0;"
                            + " END",
                    "DROP INDEX opt_case_by_client",
                    "CREATE INDEX opt_case_late ON opt_case (legal_due, profile_id)"
                            + " WHERE state IN ('OVERDUE', 'SUBMITTED', 'AWAITING_VERIFICATION')",
                    "CREATE INDEX opt_case_recheck_due ON opt_case (recheck_on, profile_id)"
                            + " WHERE state IN ('REMOVED', 'NOT_FOUND')",
                    "CREATE INDEX opt_case_client_recheck ON opt_case (profile_id, recheck_on)"
                            + " WHERE state IN ('REMOVED', 'NOT_FOUND')",
                    "CREATE INDEX opt_case_client_due ON opt_case (profile_id, coalesce(legal_due, expected_by))"
                            + " WHERE state NOT IN ('REMOVED', 'NOT_FOUND')",
                    "CREATE INDEX case_event_removed ON case_event (at) WHERE state = 'REMOVED' AND kind = 'CHANGE'"),
            // 8: "late" asks each case's state as well as its date (OVERDUE, or past due while waiting): with the
            // state in the index, counting late cases reads the index alone, not 200,000 rows of the table.
            List.of("DROP INDEX opt_case_late",
                    "CREATE INDEX opt_case_late ON opt_case (legal_due, state, profile_id)"
                            + " WHERE state IN ('OVERDUE', 'SUBMITTED', 'AWAITING_VERIFICATION')"),
            // 9: the dashboard's remaining counts without counting. Re-checks by day and removals by month are
            // kept by triggers, as case_count is; late cases are the OVERDUE count (case_count) plus requests
            // still marked waiting whose deadline has passed, which the app marks OVERDUE each time the
            // dashboard loads, so that index range is short.
            List.of("CREATE TABLE recheck_count (day TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID, STRICT",
                    "INSERT INTO recheck_count SELECT recheck_on, count(*) FROM opt_case"
                            + " WHERE state IN ('REMOVED', 'NOT_FOUND') AND recheck_on IS NOT NULL GROUP BY recheck_on",
                    "CREATE TRIGGER recheck_count_insert AFTER INSERT ON opt_case"
                            + " WHEN NEW.state IN ('REMOVED', 'NOT_FOUND') AND NEW.recheck_on IS NOT NULL BEGIN"
                            + " INSERT INTO recheck_count VALUES (NEW.recheck_on, 1)"
                            + " ON CONFLICT (day) DO UPDATE SET n = n + 1; END",
                    "CREATE TRIGGER recheck_count_update AFTER UPDATE OF state, recheck_on ON opt_case BEGIN"
                            + " UPDATE recheck_count SET n = n - 1"
                            + " WHERE day = OLD.recheck_on AND OLD.state IN ('REMOVED', 'NOT_FOUND');"
                            + " DELETE FROM recheck_count WHERE day = OLD.recheck_on AND n <= 0;"
                            + " INSERT INTO recheck_count SELECT NEW.recheck_on, 1"
                            + " WHERE NEW.state IN ('REMOVED', 'NOT_FOUND') AND NEW.recheck_on IS NOT NULL"
                            + " ON CONFLICT (day) DO UPDATE SET n = n + 1; END",
                    "CREATE TRIGGER recheck_count_delete AFTER DELETE ON opt_case"
                            + " WHEN OLD.state IN ('REMOVED', 'NOT_FOUND') AND OLD.recheck_on IS NOT NULL BEGIN"
                            + " UPDATE recheck_count SET n = n - 1 WHERE day = OLD.recheck_on;"
                            + " DELETE FROM recheck_count WHERE day = OLD.recheck_on AND n <= 0; END",
                    "CREATE TABLE removal_count (month TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID, STRICT",
                    "INSERT INTO removal_count SELECT substr(at, 1, 7), count(*) FROM case_event"
                            + " WHERE state = 'REMOVED' AND kind = 'CHANGE' GROUP BY 1",
                    "CREATE TRIGGER removal_count_insert AFTER INSERT ON case_event"
                            + " WHEN NEW.state = 'REMOVED' AND NEW.kind = 'CHANGE' BEGIN"
                            + " INSERT INTO removal_count VALUES (substr(NEW.at, 1, 7), 1)"
                            + " ON CONFLICT (month) DO UPDATE SET n = n + 1; END",
                    "CREATE TRIGGER removal_count_delete AFTER DELETE ON case_event"
                            + " WHEN OLD.state = 'REMOVED' AND OLD.kind = 'CHANGE' BEGIN"
                            + " UPDATE removal_count SET n = n - 1 WHERE month = substr(OLD.at, 1, 7);"
                            + " DELETE FROM removal_count WHERE month = substr(OLD.at, 1, 7) AND n <= 0; END",
                    "CREATE INDEX opt_case_waiting ON opt_case (legal_due, profile_id)"
                            + " WHERE state IN ('SUBMITTED', 'AWAITING_VERIFICATION')"),
            // 10: removals per month are kept in removal_count (step 9), so step 7's index of removal lines
            // serves no query any more; it only cost a write with every removal.
            List.of("DROP INDEX case_event_removed"));

    private Migrations() {
    }

    /** The schema version this build of the app writes. */
    public static int current() {
        return STEPS.size();
    }

    /**
     * Brings the vault from {@code from} to the current version, all in one transaction. Public for the
     * clinic benchmark, which keeps a plain SQLite copy of a vault's schema up to date the same way.
     */
    public static void apply(Connection connection, int from) throws SQLException {
        if (from >= current()) {
            return;
        }
        Transaction.<Void, SQLException>inOne(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                for (int version = from + 1; version <= current(); version++) {
                    for (String sql : STEPS.get(version - 1)) {
                        statement.execute(sql);
                    }
                }
                statement.execute("PRAGMA user_version = " + current());
            }
            return null;
        });
    }
}
