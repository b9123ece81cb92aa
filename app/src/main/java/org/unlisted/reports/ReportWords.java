package org.unlisted.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;

/**
 * The words and date formats of the reports. Reports are in English, like the letters they
 * quote: they go to brokers, regulators and lawyers as much as they are read by the person.
 */
final class ReportWords {
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.US);
    static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);

    private ReportWords() {
    }

    static String state(CaseState state) {
        return switch (state) {
            case NOT_STARTED -> "Not started";
            case SEARCHING -> "Searching";
            case NOT_FOUND -> "Not listed";
            case FOUND -> "Listing found";
            case SUBMITTED -> "Request sent";
            case AWAITING_VERIFICATION -> "Awaiting confirmation";
            case REMOVED -> "Removed";
            case RELISTED -> "Listed again";
            case BLOCKED -> "Blocked";
            case OVERDUE -> "Overdue";
            case ESCALATED -> "Escalated";
        };
    }

    /** What a step did, in a few words. */
    static String what(CaseEvent event) {
        return switch (event.kind()) {
            case CHANGE -> state(event.state());
            case RECHECK -> "Checked again: " + state(event.state()).toLowerCase(Locale.ROOT);
            case NOTE -> "Note";
            case EXTENSION -> "The site took the extension the law allows";
            case CORRECTION -> "Corrected to: " + state(event.state()).toLowerCase(Locale.ROOT);
        };
    }

    /** Who took a step: the person by name, their advocate by name, or the app. */
    static String who(CaseEvent event, String personName) {
        String name = event.actorName() == null ? "" : event.actorName().strip();
        return switch (event.actor()) {
            case PERSON -> name.isEmpty() ? personName : name;
            case ADVOCATE -> name.isEmpty() ? "Advocate" : name + " (advocate)";
            case APP -> "Unlisted (automatic)";
        };
    }

    static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT_DATE.format(date);
    }

    static String isoDate(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String dateAndTime(Instant at, ZoneId zone) {
        return SHORT_DATE.format(at.atZone(zone)) + " " + TIME.format(at.atZone(zone));
    }

    /** The zone times are shown in, as people know it ("UTC", "America/Chicago"). */
    static String zone(ZoneId zone) {
        ZoneId normal = zone.normalized();
        return normal.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /** "1 site", "3 sites". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
