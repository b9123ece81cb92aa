package org.unlisted.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where one person's opt-out from one broker stands. The allowed moves follow a removal as it
 * really goes; a step taken by mistake is undone by a correction, which may go anywhere.
 */
public enum CaseState {
    NOT_STARTED, SEARCHING, NOT_FOUND, FOUND, SUBMITTED, AWAITING_VERIFICATION, REMOVED, RELISTED, BLOCKED,
    OVERDUE, ESCALATED;

    private static final Map<CaseState, EnumSet<CaseState>> NEXT = Map.ofEntries(
            Map.entry(NOT_STARTED, EnumSet.of(SEARCHING, NOT_FOUND, FOUND, SUBMITTED, AWAITING_VERIFICATION, BLOCKED)),
            // Some sites' forms do the search themselves: a request may follow a search directly.
            Map.entry(SEARCHING, EnumSet.of(NOT_FOUND, FOUND, SUBMITTED, AWAITING_VERIFICATION, BLOCKED)),
            // Not found is checked again later: "still not there" is a move to the same state.
            Map.entry(NOT_FOUND, EnumSet.of(NOT_FOUND, SEARCHING, FOUND)),
            // "That page was not me" takes a found listing back to not listed.
            Map.entry(FOUND, EnumSet.of(SUBMITTED, AWAITING_VERIFICATION, BLOCKED, REMOVED, NOT_FOUND)),
            Map.entry(SUBMITTED, EnumSet.of(AWAITING_VERIFICATION, REMOVED, BLOCKED, OVERDUE, ESCALATED)),
            Map.entry(AWAITING_VERIFICATION, EnumSet.of(SUBMITTED, REMOVED, BLOCKED, OVERDUE, ESCALATED)),
            // A re-check that finds nothing keeps the case removed; finding it again is RELISTED.
            Map.entry(REMOVED, EnumSet.of(REMOVED, RELISTED)),
            Map.entry(RELISTED, EnumSet.of(SUBMITTED, AWAITING_VERIFICATION, BLOCKED, REMOVED)),
            // Blocked is the person's choice to stop; they may come back by another route (a letter).
            Map.entry(BLOCKED, EnumSet.of(SEARCHING, FOUND, SUBMITTED, AWAITING_VERIFICATION, ESCALATED, REMOVED)),
            // Past the deadline: follow up (submitted again), escalate, or it finally went.
            Map.entry(OVERDUE, EnumSet.of(SUBMITTED, AWAITING_VERIFICATION, ESCALATED, REMOVED, BLOCKED)),
            Map.entry(ESCALATED, EnumSet.of(REMOVED, BLOCKED, SUBMITTED)));

    public boolean canMoveTo(CaseState next) {
        return NEXT.get(this).contains(next);
    }

    /** The states this one may move to, in the order above. */
    public Set<CaseState> next() {
        return EnumSet.copyOf(NEXT.get(this));
    }

    /** Finished for now: nothing to do until a re-check. */
    public boolean isDone() {
        return this == REMOVED || this == NOT_FOUND;
    }

    /** A request is with the broker and a clock may be running. */
    public boolean isWaiting() {
        return this == SUBMITTED || this == AWAITING_VERIFICATION || this == ESCALATED;
    }
}
