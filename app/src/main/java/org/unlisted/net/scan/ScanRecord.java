package org.unlisted.net.scan;

import java.util.List;
import java.util.Optional;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.OptOutCase;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.Profile;

/**
 * A scan in the person's record: one dated note per site, by the app, saying what it saw. Pages
 * that may be the person are named in the note's words only, never as the case's listing
 * addresses: letters and forms use those, and only the person can say a page is theirs.
 */
public final class ScanRecord {
    private final Cases cases;
    private final Messages messages;

    public ScanRecord(Cases cases, Messages messages) {
        this.cases = cases;
        this.messages = messages;
    }

    /** Writes the notes (one write at a time, after the scan) and returns the sites that may show a removed listing again. */
    public List<ScanOutcome> write(Profile person, List<ScanOutcome> outcomes) throws UnlistedException {
        List<ScanOutcome> relisted = new java.util.ArrayList<>();
        for (ScanOutcome outcome : outcomes) {
            if (outcome.kind() == ScanOutcome.Kind.CANCELLED) {
                continue;
            }
            Optional<OptOutCase> before = cases.find(person.id(), outcome.broker().id());
            boolean again = mayBeBack(before.orElse(null), outcome);
            if (again) {
                relisted.add(outcome);
            }
            cases.note(person, outcome.broker(), Cases.Step.to(CaseState.NOT_STARTED)
                    .withNote(summary(outcome, again)).by(CaseEvent.Actor.APP, ""));
        }
        return relisted;
    }

    /** A removed listing may be back: the same search now shows a strong match. The person confirms. */
    public static boolean mayBeBack(OptOutCase optOutCase, ScanOutcome outcome) {
        return optOutCase != null && optOutCase.state() == CaseState.REMOVED
                && !outcome.atLeast(Match.Strength.STRONG).isEmpty();
    }

    /** The person says this page is them: the case moves on (found, or relisted after a removal). */
    public void confirm(Profile person, ScanOutcome outcome, Match match, CaseEvent.Actor actor, String actorName)
            throws UnlistedException {
        String url = match.candidate().listingUrl();
        cases.confirmListing(person, outcome.broker(), Cases.Step.to(CaseState.FOUND)
                .withNote(messages.get("scan.note.confirmed"))
                .withUrls(url == null ? List.of() : List.of(url)).by(actor, actorName));
    }

    String summary(ScanOutcome outcome, boolean again) {
        StringBuilder note = new StringBuilder();
        if (again) {
            note.append(messages.get("scan.note.maybeBack")).append('\n');
        }
        switch (outcome.kind()) {
            case CANDIDATES -> {
                note.append(messages.get("scan.note.candidates", outcome.matches().size(),
                        count(outcome, Match.Strength.STRONG), count(outcome, Match.Strength.POSSIBLE)));
                for (Match match : outcome.atLeast(Match.Strength.POSSIBLE)) {
                    if (match.candidate().listingUrl() != null) {
                        note.append('\n').append(messages.get(match.strength().messageKey()))
                                .append(": ").append(match.candidate().listingUrl());
                    }
                }
            }
            case NO_RESULTS -> note.append(messages.get("scan.note.none"));
            case BLOCKED -> note.append(messages.get("scan.note.blocked"));
            case UNREADABLE -> note.append(messages.get("scan.note.unreadable"));
            case FAILED -> note.append(messages.get("scan.note.failed", outcome.problemText(messages)));
            case CANCELLED -> { }
        }
        return note.toString();
    }

    private static long count(ScanOutcome outcome, Match.Strength strength) {
        return outcome.matches().stream().filter(m -> m.strength() == strength).count();
    }
}
