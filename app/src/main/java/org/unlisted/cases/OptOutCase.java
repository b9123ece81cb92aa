package org.unlisted.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One person's opt-out from one broker, as it stands now: the latest state of its history and the
 * dates that follow from it. {@code round} grows by one each time a removed listing comes back.
 *
 * @param clockStart the day the broker got the request, when the legal clock started (null before)
 * @param legalDue   when the law says the broker must have answered (null if no clock runs)
 * @param expectedBy when this broker usually has finished (a softer date, from its definition)
 * @param recheckOn  when to look again whether the listing is (still) gone
 * @param law        the law whose clock runs, if any
 */
public record OptOutCase(long id, long profileId, String brokerId, int round, CaseState state, Instant updated,
                         LocalDate clockStart, LocalDate legalDue, LocalDate expectedBy, LocalDate recheckOn, PrivacyLaw law) {

    /** Past the legal deadline and still waiting for the broker. */
    public boolean isOverdueOn(LocalDate today) {
        return legalDue != null && today.isAfter(legalDue) && (state == CaseState.SUBMITTED
                || state == CaseState.AWAITING_VERIFICATION);
    }

    public boolean isRecheckDueOn(LocalDate today) {
        return recheckOn != null && !today.isBefore(recheckOn) && state.isDone();
    }
}
