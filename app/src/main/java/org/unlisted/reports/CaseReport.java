package org.unlisted.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.OptOutCase;
import org.unlisted.cases.PrivacyLaw;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.core.UnlistedException;
import org.unlisted.letters.PdfFonts;
import org.unlisted.letters.PdfFonts.Style;
import org.unlisted.letters.PdfPages;
import org.unlisted.people.People;
import org.unlisted.people.Profile;

/**
 * One person's opt-outs on paper: where each site stands, what is overdue, the dated history of
 * every case, and the text of every letter sent, as a PDF to keep or hand over; or one row per
 * case as CSV for a spreadsheet.
 *
 * <p>The person appears by name and state only: no birth date, phone, email, address or other
 * names. What they told a broker appears only where they recorded it themselves: in a case's notes
 * and listing addresses, and in the letters, quoted exactly as sent.
 *
 * <p>Everything is read from the vault when the report is made ({@link #of}); {@link #pdf()} and
 * {@link #csv()} then work in memory and write nowhere. Times are shown in the clock's zone.
 */
public final class CaseReport {
    static final float MARGIN = 0.75f * PdfPages.INCH;
    static final float TITLE = 18f;
    static final float HEADING = 13f;
    static final float SUBHEADING = 10.5f;
    static final float TEXT = 9.5f;
    static final float LEADING = 12.5f;
    static final float TABLE = 8.5f;
    static final float INDENT = 14f;
    static final List<String> CSV_HEADING = List.of("Profile", "Broker ID", "Broker", "Status", "Round",
            "Request received", "Legal deadline", "Expected by", "Re-check on", "Last change");

    /** A sent letter is kept with its case event as a plain-text file with this name prefix. */
    public static final String LETTER_PREFIX = "letter-";
    public static final String LETTER_TYPE = "text/plain";

    private final String name;
    private final String state;
    private final Instant made;
    private final ZoneId zone;
    private final List<Entry> entries;

    /** One case, with what the report needs from its broker and history. */
    record Entry(String brokerId, String brokerName, String domain, OptOutCase optOutCase, List<CaseEvent> history,
                 LocalDate removedOn, List<SentLetter> letters) {
    }

    /** The exact text of a letter sent to a broker, and when it was recorded. */
    record SentLetter(String brokerName, Instant at, String fileName, String text) {
    }

    private CaseReport(String name, String state, Instant made, ZoneId zone, List<Entry> entries) {
        this.name = name;
        this.state = state;
        this.made = made;
        this.zone = zone;
        this.entries = List.copyOf(entries);
    }

    /** Reads one person's cases, histories and sent letters from the vault, as they are now. */
    public static CaseReport of(People people, Cases cases, long profileId, Clock clock) throws UnlistedException {
        Profile person = people.get(profileId);
        Catalog catalog = cases.catalog();
        Map<String, OptOutCase> byBroker = cases.forProfile(profileId);
        List<String> order = new ArrayList<>();
        for (Broker broker : catalog.brokers()) {
            if (byBroker.containsKey(broker.id())) {
                order.add(broker.id());
            }
        }
        byBroker.keySet().stream().filter(id -> !order.contains(id)).sorted().forEach(order::add);
        List<Entry> entries = new ArrayList<>();
        for (String id : order) {
            OptOutCase optOutCase = byBroker.get(id);
            Broker broker = catalog.find(id).orElse(null);
            String brokerName = broker == null ? id : broker.name();
            List<CaseEvent> history = cases.history(optOutCase.id());
            List<SentLetter> letters = new ArrayList<>();
            for (CaseEvent event : history) {
                for (CaseEvent.Attachment file : event.attachments()) {
                    if (isLetter(file)) {
                        String text = new String(cases.attachment(file.id()), StandardCharsets.UTF_8);
                        letters.add(new SentLetter(brokerName, event.at(), file.name(), text));
                    }
                }
            }
            entries.add(new Entry(id, brokerName, broker == null ? "" : broker.mainDomain(), optOutCase, history,
                    removedOn(optOutCase, history, clock.getZone()), letters));
        }
        return new CaseReport(person.legalName(), person.state(), clock.instant(), clock.getZone(), entries);
    }

    /** Whether an attached file is the text of a letter that was sent. */
    public static boolean isLetter(CaseEvent.Attachment file) {
        return file.name() != null && file.name().startsWith(LETTER_PREFIX) && file.mediaType() != null
                && file.mediaType().toLowerCase(Locale.ROOT).startsWith(LETTER_TYPE);
    }

    /** The report as a PDF, with the fonts found on this computer. */
    public byte[] pdf() throws UnlistedException {
        return pdf(PdfFonts.Source.system());
    }

    public byte[] pdf(PdfFonts.Source fonts) throws UnlistedException {
        try (PdfPages pages = PdfPages.start(fonts, PdfPages.Margins.all(MARGIN), "Opt-out report")) {
            title(pages);
            summary(pages);
            overdue(pages);
            timeline(pages);
            letters(pages);
            return pages.finish();
        } catch (IOException | RuntimeException e) {
            throw new UnlistedException(ReportProblem.PDF, e);
        }
    }

    /**
     * One row per case: dates as YYYY-MM-DD, the last change as YYYY-MM-DD HH:MM in the clock's zone.
     * The status is as in the PDF: overdue once the legal deadline has passed.
     */
    public String csv() {
        List<List<String>> rows = new ArrayList<>();
        for (Entry entry : entries) {
            OptOutCase c = entry.optOutCase();
            rows.add(List.of(name, entry.brokerId(), entry.brokerName(), ReportWords.state(status(c)),
                    Integer.toString(c.round()), ReportWords.isoDate(c.clockStart()),
                    ReportWords.isoDate(c.legalDue()), ReportWords.isoDate(c.expectedBy()),
                    ReportWords.isoDate(c.recheckOn()),
                    c.updated() == null ? "" : ReportWords.CSV_TIME.format(c.updated().atZone(zone))));
        }
        return SafeCsv.of(CSV_HEADING, rows);
    }

    /** Writes the PDF to the file the person chose. */
    public void writePdf(Path target) throws UnlistedException {
        ChosenFile.write(target, pdf());
    }

    /** Writes the CSV to the file the person chose, marked as UTF-8 so that Excel reads names right. */
    public void writeCsv(Path target) throws UnlistedException {
        ChosenFile.writeCsv(target, csv());
    }

    private LocalDate today() {
        return made.atZone(zone).toLocalDate();
    }

    private void title(PdfPages pages) throws IOException {
        pages.paragraph("Opt-out report: " + name, Style.BOLD, TITLE, TITLE * 1.3f, 0, 0);
        pages.skip(4);
        PrivacyLaw law = PrivacyLaw.forState(state).orElse(null);
        text(pages, "State: " + state + (law == null ? " (no state law with a deletion deadline is listed for it)"
                : " (" + law.shortName() + ", " + law.deleteSection() + ": " + law.respondDays()
                + " days to answer a deletion request)"));
        text(pages, "Made on " + ReportWords.LONG_DATE.format(made.atZone(zone)) + " at "
                + ReportWords.TIME.format(made.atZone(zone)) + " " + ReportWords.zone(zone)
                + ". Times below are " + ReportWords.zone(zone) + ".");
        int done = 0;
        int waiting = 0;
        int blocked = 0;
        for (Entry entry : entries) {
            CaseState s = status(entry.optOutCase());
            done += s.isDone() ? 1 : 0;
            waiting += s.isWaiting() ? 1 : 0;
            blocked += s == CaseState.BLOCKED ? 1 : 0;
        }
        text(pages, ReportWords.count(entries.size(), "site", "sites") + ": " + done + " removed or not listed, "
                + waiting + " waiting for the site, " + overdueCount() + " overdue, " + blocked + " blocked.");
    }

    private void summary(PdfPages pages) throws IOException {
        heading(pages, "Where each site stands");
        if (entries.isEmpty()) {
            text(pages, "No opt-outs have been started yet.");
            return;
        }
        Table table = new Table(pages, List.of(new Table.Column("Site", 2.2f), new Table.Column("Status", 1.4f),
                new Table.Column("Request received", 1f), new Table.Column("Legal deadline", 1f),
                new Table.Column("Removed", 1f), new Table.Column("Next re-check", 1f)), TABLE);
        table.start();
        for (Entry entry : entries) {
            OptOutCase c = entry.optOutCase();
            table.row(List.of(entry.brokerName(), ReportWords.state(status(c)) + (c.round() > 1 ? ", round "
                    + c.round() : ""), ReportWords.shortDate(c.clockStart()), ReportWords.shortDate(c.legalDue()),
                    ReportWords.shortDate(entry.removedOn()), ReportWords.shortDate(c.recheckOn())));
        }
        pages.skip(4);
        small(pages, "Request received: the day the legal clock started (for a posted letter, five days after it"
                + " was sent). Legal deadline: when the law says the site must have answered.");
    }

    private int overdueCount() {
        return (int) entries.stream().filter(e -> isOverdue(e.optOutCase())).count();
    }

    private boolean isOverdue(OptOutCase c) {
        return c.state() == CaseState.OVERDUE || c.isOverdueOn(today());
    }

    /** The case's state, but overdue as soon as the deadline has passed, even if the app has not yet noted it. */
    private CaseState status(OptOutCase c) {
        return isOverdue(c) ? CaseState.OVERDUE : c.state();
    }

    private void overdue(PdfPages pages) throws IOException {
        heading(pages, "Overdue");
        LocalDate today = today();
        int listed = 0;
        for (Entry entry : entries) {
            OptOutCase c = entry.optOutCase();
            if (isOverdue(c)) {
                String due = c.legalDue() == null ? "has passed"
                        : "was " + ReportWords.LONG_DATE.format(c.legalDue()) + " (" + days(c.legalDue(), today) + ")";
                String received = c.clockStart() == null ? ""
                        : "; the request reached them on " + ReportWords.LONG_DATE.format(c.clockStart());
                bullet(pages, entry.brokerName() + ": the legal deadline " + due + received + ".");
                listed++;
            }
            if (c.state().isDone() && c.recheckOn() != null && today.isAfter(c.recheckOn())) {
                bullet(pages, entry.brokerName() + ": the re-check was due on "
                        + ReportWords.LONG_DATE.format(c.recheckOn()) + " (" + days(c.recheckOn(), today) + ").");
                listed++;
            }
        }
        if (listed == 0) {
            text(pages, "Nothing is overdue.");
        }
    }

    private static String days(LocalDate then, LocalDate today) {
        long days = ChronoUnit.DAYS.between(then, today);
        return ReportWords.count((int) days, "day", "days") + " ago";
    }

    private void timeline(PdfPages pages) throws IOException {
        heading(pages, "Timeline of every case");
        if (entries.isEmpty()) {
            text(pages, "Nothing has been recorded yet.");
            return;
        }
        for (Entry entry : entries) {
            pages.skip(4);
            pages.ensure(SUBHEADING * 1.4f + 3 * LEADING);
            pages.paragraph(entry.brokerName() + (entry.domain().isEmpty() ? "" : " (" + entry.domain() + ")"),
                    Style.BOLD, SUBHEADING, SUBHEADING * 1.4f, 0, 0);
            int round = 1;
            for (CaseEvent event : entry.history()) {
                String when = ReportWords.dateAndTime(event.at(), zone);
                String roundNote = event.round() != round ? " (round " + event.round() + ")" : "";
                round = event.round();
                pages.ensure(2 * LEADING);
                pages.paragraph(when + " \u00b7 " + ReportWords.who(event, name) + " \u00b7 " + ReportWords.what(event)
                        + roundNote, Style.BOLD, TEXT, LEADING, INDENT, INDENT);
                for (String line : (event.note() == null ? "" : event.note()).split("\\R")) {
                    if (!line.isBlank()) {
                        pages.paragraph(line.strip(), Style.REGULAR, TEXT, LEADING, 2 * INDENT, 0);
                    }
                }
                for (String url : event.urls()) {
                    pages.paragraph("Listing: " + url, Style.REGULAR, TEXT, LEADING, 2 * INDENT, INDENT);
                }
                if (event.due() != null) {
                    pages.paragraph("Date set: " + ReportWords.LONG_DATE.format(event.due()), Style.REGULAR, TEXT,
                            LEADING, 2 * INDENT, 0);
                }
                for (CaseEvent.Attachment file : event.attachments()) {
                    pages.paragraph("File: " + file.name() + " (" + size(file.size()) + ")"
                            + (isLetter(file) ? ", the letter sent; its text is at the end" : ""),
                            Style.REGULAR, TEXT, LEADING, 2 * INDENT, INDENT);
                }
            }
        }
    }

    private void letters(PdfPages pages) throws IOException {
        List<SentLetter> all = entries.stream().flatMap(e -> e.letters().stream()).toList();
        pages.newPage();
        heading(pages, "Letters sent");
        if (all.isEmpty()) {
            text(pages, "No letter was recorded as sent.");
            return;
        }
        text(pages, "The exact text of each letter, as recorded when it was sent.");
        int n = 0;
        for (SentLetter letter : all) {
            n++;
            pages.skip(8);
            pages.ensure(SUBHEADING * 1.4f + 4 * LEADING);
            pages.rule(pages.left(), pages.right(), pages.y(), 0.5f, 0.5f);
            pages.skip(4);
            pages.paragraph("Letter " + n + ": to " + letter.brokerName() + ", recorded "
                    + ReportWords.dateAndTime(letter.at(), zone) + " (" + letter.fileName() + ")", Style.BOLD,
                    SUBHEADING, SUBHEADING * 1.4f, 0, 0);
            pages.skip(4);
            for (String line : letter.text().split("\\R", -1)) {
                if (line.isBlank()) {
                    pages.skip(LEADING * 0.6f);
                } else {
                    pages.paragraph(line.stripTrailing(), Style.REGULAR, TEXT, LEADING, 0, 0);
                }
            }
        }
    }

    private static void heading(PdfPages pages, String text) throws IOException {
        pages.skip(12);
        pages.ensure(HEADING * 1.4f + 3 * LEADING);
        pages.line(text, Style.BOLD, HEADING, HEADING * 1.4f, 0);
        pages.skip(2);
    }

    private static void text(PdfPages pages, String text) throws IOException {
        pages.paragraph(text, Style.REGULAR, TEXT, LEADING, 0, 0);
    }

    private static void small(PdfPages pages, String text) throws IOException {
        pages.paragraph(text, Style.REGULAR, TABLE, TABLE * 1.3f, 0, 0);
    }

    private static void bullet(PdfPages pages, String text) throws IOException {
        float hanging = pages.fonts().width("\u2022 ", Style.REGULAR, TEXT);
        pages.paragraph("\u2022 " + text, Style.REGULAR, TEXT, LEADING, 0, hanging);
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024 ? (bytes + 512) / 1024 + " KB"
                : String.format(Locale.US, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** When the listing was last seen to go: the move into "removed" that the case still stands on. */
    static LocalDate removedOn(OptOutCase c, List<CaseEvent> history, ZoneId zone) {
        if (c.state() != CaseState.REMOVED) {
            return null;
        }
        LocalDate removed = null;
        CaseState before = CaseState.NOT_STARTED;
        for (CaseEvent event : history) {
            if (event.state() == CaseState.REMOVED && before != CaseState.REMOVED) {
                removed = event.at().atZone(zone).toLocalDate();
            }
            before = event.state();
        }
        return removed;
    }
}
