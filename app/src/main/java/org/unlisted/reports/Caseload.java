package org.unlisted.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unlisted.cases.Overview;
import org.unlisted.core.UnlistedException;
import org.unlisted.letters.PdfFonts;
import org.unlisted.letters.PdfFonts.Style;
import org.unlisted.letters.PdfPages;
import org.unlisted.people.People;
import org.unlisted.people.Profile;

/**
 * A clinic's caseload on paper: every client, by name and state, with how many of their sites are
 * done, waiting, overdue and blocked, and their next date. For a supervisor's review or a handover;
 * nothing else about a client is on it.
 */
public final class Caseload {
    static final List<String> CSV_HEADING = List.of("Client", "State", "Done", "Waiting", "Overdue",
            "Blocked", "Next date");

    /** One client's line. {@code next} is the nearest legal deadline, expected date or re-check (may have passed). */
    record Client(String name, String state, int done, int waiting, int overdue, int blocked,
                  LocalDate next) {
    }

    private final List<Client> clients;
    private final Instant made;
    private final ZoneId zone;

    private Caseload(List<Client> clients, Instant made, ZoneId zone) {
        this.clients = List.copyOf(clients);
        this.made = made;
        this.zone = zone;
    }

    /** Everyone in the vault, in the client list's order (by name), with their figures as they are now. */
    public static Caseload of(People people, Overview overview, Clock clock) throws UnlistedException {
        Map<Long, Overview.ClientSummary> summaries = overview.clients();
        List<Client> clients = new ArrayList<>();
        for (Profile person : people.list()) {
            Overview.ClientSummary s = summaries.get(person.id());
            clients.add(s == null ? new Client(person.legalName(), person.state(), 0, 0, 0, 0, null)
                    : new Client(person.legalName(), person.state(), s.done(), s.waiting(), s.overdue(),
                    s.toDecide(), s.nextDue()));
        }
        return new Caseload(clients, clock.instant(), clock.getZone());
    }

    public byte[] pdf() throws UnlistedException {
        return pdf(PdfFonts.Source.system());
    }

    public byte[] pdf(PdfFonts.Source fonts) throws UnlistedException {
        try (PdfPages pages = PdfPages.start(fonts, PdfPages.Margins.all(CaseReport.MARGIN), "Caseload")) {
            pages.line("Caseload", Style.BOLD, CaseReport.TITLE, CaseReport.TITLE * 1.3f, 0);
            pages.skip(4);
            text(pages, "Made on " + ReportWords.LONG_DATE.format(made.atZone(zone)) + " at "
                    + ReportWords.TIME.format(made.atZone(zone)) + " " + ReportWords.zone(zone) + ". "
                    + ReportWords.count(clients.size(), "client", "clients") + ", "
                    + clients.stream().filter(c -> c.overdue() > 0).count() + " with something overdue.");
            pages.skip(10);
            if (clients.isEmpty()) {
                text(pages, "There are no clients in this vault.");
                return pages.finish();
            }
            Table table = new Table(pages, List.of(new Table.Column("Client", 2.3f), new Table.Column("State", 0.5f),
                    new Table.Column("Done", 0.6f), new Table.Column("Waiting", 0.75f),
                    new Table.Column("Overdue", 0.75f), new Table.Column("Blocked", 0.75f),
                    new Table.Column("Next date", 1.5f)), CaseReport.TABLE);
            table.start();
            LocalDate today = made.atZone(zone).toLocalDate();
            int[] totals = new int[4];
            for (Client c : clients) {
                String next = c.next() == null ? "" : ReportWords.shortDate(c.next())
                        + (c.next().isBefore(today) ? " (passed)" : "");
                table.row(List.of(c.name(), c.state(), Integer.toString(c.done()),
                        Integer.toString(c.waiting()), Integer.toString(c.overdue()), Integer.toString(c.blocked()),
                        next));
                totals[0] += c.done();
                totals[1] += c.waiting();
                totals[2] += c.overdue();
                totals[3] += c.blocked();
            }
            table.row(List.of("Total", "", Integer.toString(totals[0]), Integer.toString(totals[1]),
                    Integer.toString(totals[2]), Integer.toString(totals[3]), ""),
                    Style.BOLD);
            pages.skip(6);
            pages.paragraph("Done: removed, or not listed. Waiting: a request is with the site (counting those"
                    + " past their deadline). Overdue: past the legal deadline. Blocked: stopped because the site wants an ID, an account or payment. Next"
                    + " date: the nearest legal deadline, expected date or re-check.", Style.REGULAR,
                    CaseReport.TABLE, CaseReport.TABLE * 1.3f, 0, 0);
            return pages.finish();
        } catch (IOException | RuntimeException e) {
            throw new UnlistedException(ReportProblem.PDF, e);
        }
    }

    /** One row per client; the next date as YYYY-MM-DD. */
    public String csv() {
        List<List<String>> rows = new ArrayList<>();
        for (Client c : clients) {
            rows.add(List.of(c.name(), c.state(), Integer.toString(c.done()),
                    Integer.toString(c.waiting()), Integer.toString(c.overdue()), Integer.toString(c.blocked()),
                    ReportWords.isoDate(c.next())));
        }
        return SafeCsv.of(CSV_HEADING, rows);
    }

    public void writePdf(Path target) throws UnlistedException {
        ChosenFile.write(target, pdf());
    }

    public void writeCsv(Path target) throws UnlistedException {
        ChosenFile.writeCsv(target, csv());
    }

    private static void text(PdfPages pages, String text) throws IOException {
        pages.paragraph(text, Style.REGULAR, CaseReport.TEXT, CaseReport.LEADING, 0, 0);
    }
}
