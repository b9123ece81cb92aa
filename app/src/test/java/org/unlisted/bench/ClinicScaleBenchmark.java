package org.unlisted.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.Overview;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.letters.LetterKind;
import org.unlisted.letters.LetterPdf;
import org.unlisted.letters.Letters;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.vault.Migrations;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * Clinic scale: 2,000 fictional clients, each with a case at every broker in the bundled catalog
 * (about 2.3 million cases and 6-7 million history lines) in a real encrypted vault; the dashboard
 * queries, a plan and a history timed after reopening; unlock time; the same on plain SQLite for
 * the cost of encryption; 700 letters rendered to PDF. A program, not a test: figures go to
 * docs/BENCHMARKS.md. Arguments: [clients] [folder to keep the files in].
 */
public final class ClinicScaleBenchmark {
    private static final int RUNS = 30;
    private static final int WARM_UPS = 3;
    private static final int LETTERS = 700;
    private static final long SEED = 20261130L;
    private static final String[] STATES = {"CA", "CA", "CA", "NY", "TX", "VA", "CO", "FL", "OR", "WA", "IL", "CT"};
    private static final String[] FIRST = {"Ada", "Bo", "Cy", "Dee", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun",
        "Kai", "Lea", "Mo", "Nia", "Oto", "Pia"};
    private static final String[] LAST = {"Example", "Sample", "Testwood", "Fictive", "Placeholder", "Madeup",
        "Dummy", "Invented"};
    /** Weights (per 100) of the states cases stand in, as a clinic a year in might see them. */
    private static final Map<CaseState, Integer> SPREAD = new LinkedHashMap<>();

    static {
        SPREAD.put(CaseState.NOT_STARTED, 30);
        SPREAD.put(CaseState.SEARCHING, 3);
        SPREAD.put(CaseState.NOT_FOUND, 25);
        SPREAD.put(CaseState.FOUND, 5);
        SPREAD.put(CaseState.SUBMITTED, 8);
        SPREAD.put(CaseState.AWAITING_VERIFICATION, 3);
        SPREAD.put(CaseState.REMOVED, 18);
        SPREAD.put(CaseState.RELISTED, 1);
        SPREAD.put(CaseState.BLOCKED, 3);
        SPREAD.put(CaseState.OVERDUE, 2);
        SPREAD.put(CaseState.ESCALATED, 2);
    }

    private ClinicScaleBenchmark() {
    }

    /** One timed thing: a name and the work. */
    private interface Work {
        int run() throws Exception;
    }

    private record Figures(String name, int rows, double cold, double median, double p95) {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dir = args.length > 1 ? Files.createDirectories(Path.of(args[1]))
                : Files.createTempDirectory("unlisted-clinic-bench");
        System.out.printf("clinic scale: %d clients, %d cores, load %s, folder %s%n", clients,
                Runtime.getRuntime().availableProcessors(), load(), dir);
        LocalDate today = LocalDate.now();
        Clock clock = Clock.systemDefaultZone();
        Catalog catalog = new CatalogLoader(today).bundled();
        List<Broker> brokers = catalog.brokers();
        System.out.printf("catalog: %d brokers%n", brokers.size());
        char[] secret = "correct horse battery staple bench".toCharArray();

        // 1. The encrypted vault, filled through the app's schema.
        Path vaultFile = dir.resolve("vault.db");
        Path plainFile = dir.resolve("plain.db");
        // Files left by an earlier run in the same folder are measured again, not made again (a vault
        // from an older schema is migrated by Vault.open; the plain copy gets the missing indexes).
        boolean reuse = Files.exists(vaultFile);
        boolean reusePlain = reuse && Files.exists(plainFile);
        long start = System.nanoTime();
        if (!reuse) {
            long[] counts;
            try (Vault vault = Vault.create(vaultFile, Passphrase.wrap(secret.clone()))) {
                counts = generate(vault.connection(), clock, brokers, clients);
            }
            double generated = seconds(start);
            long vaultBytes = sizeOf(vaultFile);
            System.out.printf("encrypted: generated %,d clients, %,d cases, %,d events in %.1f s; file %.1f MB"
                            + " (%.0f KB per client)%n", counts[0], counts[1], counts[2], generated,
                    vaultBytes / 1e6, vaultBytes / 1e3 / clients);
        } else {
            System.out.printf("reusing %s (%.1f MB)%s%n", vaultFile, sizeOf(vaultFile) / 1e6,
                    reusePlain ? " and " + plainFile : "; the plain copy is made again");
        }

        if (reuse) {
            long t = System.nanoTime();
            Vault.open(vaultFile, Passphrase.wrap(secret.clone())).close();
            System.out.printf("first open of the kept vault (migrates it to version %d if older): %.1f s%n",
                    Migrations.current(), seconds(t));
        }
        // 3. Unlock: Vault.open (key derivation + connect + schema check), and PBKDF2 alone.
        double[] opens = new double[5];
        for (int i = 0; i < opens.length; i++) {
            long t = System.nanoTime();
            Vault.open(vaultFile, Passphrase.wrap(secret.clone())).close();
            opens[i] = millis(t);
        }
        double[] kdf = new double[5];
        for (int i = 0; i < kdf.length; i++) {
            long t = System.nanoTime();
            pbkdf2(secret);
            kdf[i] = millis(t);
        }
        System.out.printf("unlock: Vault.open first %.0f ms, median of %d %.0f ms; PBKDF2-HMAC-SHA512 256,000 alone"
                + " median %.0f ms%n", opens[0], opens.length, median(opens), median(kdf));

        // 2. The dashboard queries, after closing and reopening.
        List<Figures> encrypted;
        try (Vault vault = Vault.open(vaultFile, Passphrase.wrap(secret.clone()))) {
            encrypted = measure("encrypted", vault::connection, catalog, clock, today, clients);
            System.out.println("query plans:");
            new Overview(vault::connection, clock).queryPlans()
                    .forEach((query, plan) -> System.out.printf("  %-24s %s%n", query, plan));
        }

        // 4. The same on plain SQLite: the same driver and engine build, opened without a key.
        List<Figures> plain;
        start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + plainFile.toAbsolutePath());
             Vault vault = Vault.open(vaultFile, Passphrase.wrap(secret.clone()))) {
            configure(db);
            copySchema(vault.connection(), db);
            if (!reusePlain) {
                generate(db, clock, brokers, clients);
            }
        }
        double plainGenerated = reusePlain ? 0 : seconds(start);
        String header;
        try (InputStream in = Files.newInputStream(plainFile)) {
            header = new String(in.readNBytes(15), StandardCharsets.US_ASCII);
        }
        System.out.printf("plain: generated in %.1f s; file %.1f MB; header \"%s\" (%s)%n", plainGenerated,
                sizeOf(plainFile) / 1e6, header, header.equals("SQLite format 3") ? "plain SQLite, no cipher"
                        : "NOT plain");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + plainFile.toAbsolutePath())) {
            configure(db);
            plain = measure("plain", () -> db, catalog, clock, today, clients);
        }
        System.out.println("encrypted/plain (p95; median in brackets):");
        for (int i = 0; i < encrypted.size(); i++) {
            Figures e = encrypted.get(i);
            Figures p = plain.get(i);
            System.out.printf("  %-22s %6.1f / %6.1f ms = %.2f (median %.2f)%n", e.name(), e.p95(), p.p95(),
                    e.p95() / p.p95(), e.median() / p.median());
        }

        // 5. Bulk letters: one client, 700 brokers, each a deletion request rendered to PDF.
        Profile person = Profile.draft("Ada Example", "CA").withDetails(List.of(), LocalDate.of(1980, 5, 17),
                List.of(new Profile.Address("1 Sample Street", "Oakland", "CA", "94612", 2015, null, true)),
                List.of("510-555-0100"), List.of("ada@example.org"));
        start = System.nanoTime();
        long pdfBytes = 0;
        double first = 0;
        for (int i = 0; i < LETTERS; i++) {
            Broker broker = brokers.get(i % brokers.size());
            var letter = Letters.write(new Letters.Request(person, broker, LetterKind.DELETE,
                    Letters.lawFor(person, broker), List.of(), today, null, List.of(), null));
            pdfBytes += LetterPdf.render(Letters.printed(letter, person, broker)).length;
            if (i == 0) {
                first = millis(start);
            }
        }
        System.out.printf("letters: %d PDFs in %.1f s (first %.0f ms), %.1f MB in all%n", LETTERS, seconds(start),
                first, pdfBytes / 1e6);
        System.out.printf("done; load %s%n", load());
    }

    // --- the data ---

    /** Fills the vault: clients through People.add, then cases and their history by batched INSERTs. */
    private static long[] generate(Connection db, Clock clock, List<Broker> brokers, int clients) throws Exception {
        Random random = new Random(SEED);
        People people = new People(() -> db, clock);
        LocalDate today = LocalDate.now(clock);
        List<CaseState> bag = new ArrayList<>();
        SPREAD.forEach((state, weight) -> {
            for (int i = 0; i < weight; i++) {
                bag.add(state);
            }
        });
        long caseId = 0;
        long eventId = 0;
        long[] ids = new long[clients];
        String[] homes = new String[clients];
        db.setAutoCommit(false);
        for (int i = 0; i < clients; i++) {
            String state = STATES[random.nextInt(STATES.length)];
            Profile added = people.add(Profile.draft(FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length)
                    % LAST.length] + " " + (i + 1), state));
            ids[i] = added.id();
            homes[i] = state;
        }
        db.commit();
        try (PreparedStatement insertCase = db.prepareStatement("INSERT INTO opt_case (id, profile_id, broker_id,"
                + " round, state, updated, clock_start, legal_due, expected_by, recheck_on, law)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement insertEvent = db.prepareStatement("INSERT INTO case_event (id, case_id, round, at,"
                     + " actor, actor_name, kind, state, note, urls, due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < clients; i++) {
                String law = switch (homes[i]) {
                    case "CA", "TX", "VA", "CO", "OR", "CT" -> homes[i];
                    default -> null;
                };
                for (Broker broker : brokers) {
                    caseId++;
                    CaseState now = bag.get(random.nextInt(bag.size()));
                    List<CaseState> path = pathTo(now);
                    int events = 2 + random.nextInt(3);
                    // The case began up to a year ago; steps a few days apart, none after today.
                    LocalDate day = today.minusDays(20 + random.nextInt(346));
                    LocalDate submitted = null;
                    List<LocalDate> days = new ArrayList<>();
                    for (int e = 0; e < events; e++) {
                        day = day.plusDays(1 + random.nextInt(15));
                        if (day.isAfter(today)) {
                            day = today;
                        }
                        days.add(day);
                    }
                    LocalDate last = days.get(days.size() - 1);
                    LocalDate legalDue = null;
                    LocalDate expectedBy = null;
                    LocalDate recheck = null;
                    String caseLaw = null;
                    if (now.isWaiting() || now == CaseState.OVERDUE) {
                        submitted = now == CaseState.OVERDUE || now == CaseState.ESCALATED
                                ? last.minusDays(46 + random.nextInt(30)) : last;
                        if (law != null) {
                            caseLaw = law;
                            legalDue = submitted.plusDays(45);
                        } else {
                            expectedBy = submitted.plusDays(30);
                        }
                    }
                    if (now.isDone()) {
                        recheck = last.plusDays(Cases.DEFAULT_RECHECK_DAYS);
                    }
                    int round = now == CaseState.RELISTED ? 2 : 1;
                    insertCase.setLong(1, caseId);
                    insertCase.setLong(2, ids[i]);
                    insertCase.setString(3, broker.id());
                    insertCase.setInt(4, round);
                    insertCase.setString(5, now.name());
                    insertCase.setString(6, instant(last, random));
                    insertCase.setString(7, text(submitted));
                    insertCase.setString(8, text(legalDue));
                    insertCase.setString(9, text(expectedBy));
                    insertCase.setString(10, text(recheck));
                    insertCase.setString(11, caseLaw);
                    insertCase.addBatch();
                    for (int e = 0; e < events; e++) {
                        int fromEnd = events - 1 - e;
                        CaseState state = fromEnd < path.size() ? path.get(path.size() - 1 - fromEnd) : path.get(0);
                        boolean change = fromEnd < path.size();
                        String kind = !change ? "NOTE" : (e > 0 && state.isDone() && fromEnd == 0
                                && random.nextInt(3) == 0) ? "RECHECK" : "CHANGE";
                        LocalDate due = state.isDone() ? days.get(e).plusDays(Cases.DEFAULT_RECHECK_DAYS)
                                : fromEnd == 0 ? (legalDue != null ? legalDue : expectedBy) : null;
                        insertEvent.setLong(1, ++eventId);
                        insertEvent.setLong(2, caseId);
                        insertEvent.setInt(3, round);
                        insertEvent.setString(4, instant(days.get(e), random));
                        insertEvent.setString(5, "ADVOCATE");
                        insertEvent.setString(6, "Bench Advocate");
                        insertEvent.setString(7, kind);
                        insertEvent.setString(8, state.name());
                        insertEvent.setString(9, kind.equals("NOTE") ? "Called the client about this site." : "");
                        insertEvent.setString(10, state == CaseState.FOUND
                                ? "[\"https://" + broker.mainDomain() + "/listing/" + caseId + "\"]" : "[]");
                        insertEvent.setString(11, text(due));
                        insertEvent.addBatch();
                    }
                }
                insertCase.executeBatch();
                insertEvent.executeBatch();
                if (i % 50 == 49) {
                    db.commit();
                }
            }
        }
        db.commit();
        db.setAutoCommit(true);
        return new long[] {clients, caseId, eventId};
    }

    /** The states a case went through to reach {@code now}, oldest first. */
    private static List<CaseState> pathTo(CaseState now) {
        return switch (now) {
            case NOT_STARTED -> List.of(CaseState.NOT_STARTED);
            case SEARCHING -> List.of(CaseState.SEARCHING);
            case NOT_FOUND -> List.of(CaseState.SEARCHING, CaseState.NOT_FOUND);
            case FOUND -> List.of(CaseState.SEARCHING, CaseState.FOUND);
            case SUBMITTED -> List.of(CaseState.SEARCHING, CaseState.FOUND, CaseState.SUBMITTED);
            case AWAITING_VERIFICATION -> List.of(CaseState.FOUND, CaseState.SUBMITTED, CaseState.AWAITING_VERIFICATION);
            case REMOVED -> List.of(CaseState.FOUND, CaseState.SUBMITTED, CaseState.REMOVED);
            case RELISTED -> List.of(CaseState.SUBMITTED, CaseState.REMOVED, CaseState.RELISTED);
            case BLOCKED -> List.of(CaseState.SEARCHING, CaseState.FOUND, CaseState.BLOCKED);
            case OVERDUE -> List.of(CaseState.FOUND, CaseState.SUBMITTED, CaseState.OVERDUE);
            case ESCALATED -> List.of(CaseState.SUBMITTED, CaseState.OVERDUE, CaseState.ESCALATED);
        };
    }

    private static String instant(LocalDate day, Random random) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(8 * 3600 + random.nextInt(10 * 3600))
                .toString();
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }

    // --- the measurements ---

    private static List<Figures> measure(String label, Supplier<Connection> db, Catalog catalog, Clock clock,
                                         LocalDate today, int clients) throws Exception {
        Overview overview = new Overview(db, clock);
        Cases cases = new Cases(db, catalog, clock);
        // The dashboard first marks requests past their deadline OVERDUE; the generated clinic has never
        // been opened, so the first time this catches up on all of them (later runs find none).
        long marking = System.nanoTime();
        int marked = cases.markOverdue();
        System.out.printf("%s: the dashboard's first load marked %,d late requests OVERDUE in %.1f s%n", label, marked,
                seconds(marking));
        long client = clients / 2;
        long someCase;
        try (PreparedStatement query = db.get().prepareStatement("SELECT c.id FROM opt_case c WHERE c.profile_id = ?"
                + " AND c.state = 'REMOVED' AND (SELECT count(*) FROM case_event e WHERE e.case_id = c.id) = 4"
                + " ORDER BY c.id LIMIT 1")) {
            query.setLong(1, client);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                someCase = row.getLong(1);
            }
        }
        Map<String, Work> work = new LinkedHashMap<>();
        work.put("countsByState(null)", () -> overview.countsByState(null).size());
        work.put("overdue(null)", () -> overview.overdue(null, 8).size() + overview.overdueCount(null));
        work.put("rechecksDue(null, 30)", () -> overview.rechecksDue(null, 30, 8).size() + overview.rechecksDueCount(null, 30));
        work.put("open(null, 5)", () -> overview.open(null, 5).size());
        work.put("clients()", () -> overview.clients().size());
        work.put("overdueCount(one)", () -> overview.overdueCount(client));
        work.put("rechecksDueCount(one)", () -> overview.rechecksDueCount(client, 30));
        work.put("plan(client)", () -> cases.plan(client, today).items().size());
        work.put("history(case)", () -> cases.history(someCase).size());
        work.put("removalsByMonth(null, 12)", () -> overview.removalsByMonth(null, 12).size());
        List<Figures> figures = new ArrayList<>();
        System.out.printf("%s queries (%d runs after %d warm-ups; cold = first run after opening):%n", label, RUNS,
                WARM_UPS);
        for (Map.Entry<String, Work> entry : work.entrySet()) {
            long t = System.nanoTime();
            int rows = entry.getValue().run();
            double cold = millis(t);
            for (int i = 0; i < WARM_UPS; i++) {
                entry.getValue().run();
            }
            // A query that takes seconds is timed 5 times, not 30: the miss is plain either way.
            int count = cold > 1000 ? 5 : RUNS;
            double[] runs = new double[count];
            for (int i = 0; i < count; i++) {
                t = System.nanoTime();
                entry.getValue().run();
                runs[i] = millis(t);
            }
            Arrays.sort(runs);
            double p95 = runs[(int) Math.ceil(0.95 * count) - 1];
            Figures f = new Figures(entry.getKey(), rows, cold, median(runs), p95);
            figures.add(f);
            System.out.printf("  %-26s %8d rows  cold %7.1f ms  median %7.1f ms  p95 %7.1f ms  %s%s%n", f.name(),
                    f.rows(), f.cold(), f.median(), f.p95(), p95 < 50 ? "(target met)" : "(target 50 ms MISSED)",
                    count == RUNS ? "" : " [" + count + " runs]");
        }
        return figures;
    }

    // --- plain SQLite, set up as the vault is ---

    private static void configure(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA cache_size = -131072");
            statement.execute("PRAGMA secure_delete = ON");
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA trusted_schema = OFF");
            statement.execute("PRAGMA busy_timeout = 5000");
        }
    }

    /** The vault's own tables, indexes and triggers, in the order they were made. */
    private static void copySchema(Connection from, Connection to) throws SQLException {
        int version;
        try (Statement read = to.createStatement(); ResultSet row = read.executeQuery("PRAGMA user_version")) {
            version = row.next() ? row.getInt(1) : 0;
        }
        if (version > 0) {
            // A copy kept from an earlier run: brought up to date by the vault's own migrations.
            Migrations.apply(to, version);
            return;
        }
        List<String> schema = new ArrayList<>();
        try (Statement read = from.createStatement();
             ResultSet rows = read.executeQuery("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL"
                     + " AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
            while (rows.next()) {
                schema.add(rows.getString(1));
            }
        }
        try (Statement write = to.createStatement()) {
            for (String sql : schema) {
                write.execute(sql);
            }
            write.execute("PRAGMA user_version = " + Migrations.current());
        }
    }

    // --- small helpers ---

    private static void pbkdf2(char[] secret) throws Exception {
        byte[] salt = new byte[16];
        new Random(1).nextBytes(salt);
        PBEKeySpec spec = new PBEKeySpec(secret.clone(), salt, 256_000, 256);
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        spec.clearPassword();
    }

    private static long sizeOf(Path file) throws Exception {
        long bytes = Files.size(file);
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        return Files.exists(wal) ? bytes + Files.size(wal) : bytes;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
