package org.unlisted.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.unlisted.core.UnlistedException;

/** Reading cases out of the vault: the one SELECT of a case row, and queries whose values are always bound. */
final class CaseRows {
    static final String SELECT = "SELECT id, profile_id, broker_id, round, state, updated, clock_start, legal_due,"
            + " expected_by, recheck_on, law FROM opt_case ";

    private CaseRows() {
    }

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    static void query(Connection db, String sql, RowReader reader, Object... arguments) throws UnlistedException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < arguments.length; i++) {
                query.setObject(i + 1, arguments[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    reader.read(row);
                }
            }
        } catch (SQLException | RuntimeException e) {
            throw new UnlistedException(CaseProblem.STORAGE, e);
        }
    }

    /** Runs a query that starts with {@link #SELECT}. */
    static List<OptOutCase> cases(Connection db, String sql, Object... arguments) throws UnlistedException {
        List<OptOutCase> found = new ArrayList<>();
        query(db, sql, row -> found.add(new OptOutCase(row.getLong(1), row.getLong(2), row.getString(3),
                row.getInt(4), CaseState.valueOf(row.getString(5)), Instant.parse(row.getString(6)),
                date(row.getString(7)), date(row.getString(8)), date(row.getString(9)), date(row.getString(10)),
                row.getString(11) == null ? null : PrivacyLaw.valueOf(row.getString(11)))), arguments);
        return found;
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
