package org.unlisted.net.scan;

import java.util.List;
import org.unlisted.catalog.Broker;
import org.unlisted.net.NetProblem;

/**
 * What looking on one site gave: the pages that may be the person (scored), or why there are none.
 *
 * @param searchUrl the search the app made, for "check in your browser"
 * @param problem   for {@link Kind#FAILED}: what went wrong on the way
 * @param otherHost for a redirect elsewhere: the host the site tried to send us to (a site, not a person)
 */
public record ScanOutcome(Broker broker, Kind kind, List<Match> matches, String searchUrl, NetProblem problem,
                          String otherHost) {

    public ScanOutcome {
        matches = List.copyOf(matches);
    }

    public enum Kind {
        /** The page lists people with this name: see the matches. */
        CANDIDATES,
        /** The site says it has no one by this name. */
        NO_RESULTS,
        /** The site refused or asked for a CAPTCHA: the person can look in their own browser. */
        BLOCKED,
        /** The page does not look the way its definition says any more (a changed layout). */
        UNREADABLE,
        /** The network let us down: a timeout, an oversized page, a redirect elsewhere. */
        FAILED,
        /** The person pressed Cancel before this site was looked at. */
        CANCELLED
    }

    static ScanOutcome of(Broker broker, Kind kind, String searchUrl) {
        return new ScanOutcome(broker, kind, List.of(), searchUrl, null, null);
    }

    static ScanOutcome failed(Broker broker, String searchUrl, NetProblem problem, String otherHost) {
        return new ScanOutcome(broker, Kind.FAILED, List.of(), searchUrl, problem, otherHost);
    }

    /** For {@link Kind#FAILED}: what went wrong, in the person's words. */
    public String problemText(org.unlisted.core.Messages messages) {
        return problem == null ? "" : messages.get(problem.messageKey(), otherHost == null ? "" : otherHost);
    }

    /** The matches at least this strong. */
    public List<Match> atLeast(Match.Strength strength) {
        return matches.stream().filter(m -> m.strength().compareTo(strength) <= 0).toList();
    }
}
