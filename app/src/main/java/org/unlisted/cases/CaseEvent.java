package org.unlisted.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated line of a case's history, never changed once written. {@code state} is the case's state
 * after it; a correction is a new event, so the history keeps the mistake and its fix.
 *
 * @param due         the date this step set, if any (a legal deadline, a re-check)
 * @param attachments what was attached (the contents stay in the vault until asked for)
 */
public record CaseEvent(long id, int round, Instant at, Actor actor, String actorName, Kind kind, CaseState state,
                        String note, List<String> urls, LocalDate due, List<Attachment> attachments) {

    public CaseEvent {
        urls = List.copyOf(urls);
        attachments = List.copyOf(attachments);
    }

    /** Who took the step: the person, their advocate, or the app itself (a deadline passing). */
    public enum Actor { PERSON, ADVOCATE, APP }

    /** What kind of step: a move to a state, a re-check, a note, a broker's extension, or a correction. */
    public enum Kind { CHANGE, RECHECK, NOTE, EXTENSION, CORRECTION }

    /** A file kept with an event, such as a screenshot of the page that no longer shows the listing. */
    public record Attachment(long id, String name, String mediaType, long size) {
    }
}
