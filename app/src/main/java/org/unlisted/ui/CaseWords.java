package org.unlisted.ui;

import java.util.Locale;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.NextAction;

/** How every screen shows a case's state and next step: the same words and the same icon everywhere. */
public final class CaseWords {
    private CaseWords() {
    }

    /** The message key of a state in words, for example {@code case.state.awaiting-verification}. */
    public static String stateKey(CaseState state) {
        return "case.state." + code(state);
    }

    /** The message key of a next action in words, for example {@code case.next.confirm-email}. */
    public static String nextKey(NextAction action) {
        return "case.next." + code(action);
    }

    /** An enum value as message keys write it: lower case, words joined by hyphens. */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The icon that goes with each state, so states never rest on colour alone. */
    public static Ikon icon(CaseState state) {
        return switch (state) {
            case NOT_STARTED -> Feather.CIRCLE;
            case SEARCHING -> Feather.SEARCH;
            case NOT_FOUND -> Feather.EYE_OFF;
            case FOUND -> Feather.EYE;
            case SUBMITTED -> Feather.SEND;
            case AWAITING_VERIFICATION -> Feather.MAIL;
            case REMOVED -> Feather.CHECK_CIRCLE;
            case RELISTED -> Feather.REPEAT;
            case BLOCKED -> Feather.SLASH;
            case OVERDUE -> Feather.ALERT_TRIANGLE;
            case ESCALATED -> Feather.FLAG;
        };
    }
}
