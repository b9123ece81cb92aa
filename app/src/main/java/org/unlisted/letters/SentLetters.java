package org.unlisted.letters;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.OptOutCase;
import org.unlisted.catalog.Broker;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.Profile;

/**
 * A sent letter goes into the case's record: the exact text as a file kept with the step, and a
 * note saying how, to whom and when it went (with the email's Message-ID). Reports find letters by
 * their file name, which starts with {@code letter-}.
 */
public final class SentLetters {
    private SentLetters() {
    }

    /** The name the letter's text is kept under, such as {@code letter-delete-2026-11-30.txt}. */
    public static String fileName(Letter letter) {
        return "letter-" + letter.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + letter.date()
                + ".txt";
    }

    /** Whether a letter of this kind already went out in the case's current round: never send one twice. */
    public static boolean alreadySent(OptOutCase c, List<CaseEvent> history, LetterKind kind) {
        String prefix = "letter-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-";
        return c != null && history.stream().filter(e -> e.round() == c.round())
                .flatMap(e -> e.attachments().stream()).anyMatch(a -> a.name().startsWith(prefix));
    }

    /** The state a case moves to once this letter is sent. */
    static CaseState after(LetterKind kind) {
        return kind == LetterKind.COMPLAINT ? CaseState.ESCALATED : CaseState.SUBMITTED;
    }

    /**
     * Records that {@code letter} was sent: the case moves on where it can (a request is now with the
     * broker, a complaint with the regulator), otherwise the letter is added to the record as a note.
     */
    public static OptOutCase record(Cases cases, Profile person, Broker broker, Letter letter, String how,
                                    CaseEvent.Actor actor, String actorName) throws UnlistedException {
        CaseState now = cases.find(person.id(), broker.id()).map(OptOutCase::state).orElse(CaseState.NOT_STARTED);
        CaseState next = after(letter.kind());
        Cases.Step step = Cases.Step.to(now.canMoveTo(next) ? next : now).withNote(how).by(actor, actorName)
                .withFiles(List.of(new Cases.NewFile(fileName(letter), "text/plain",
                        ("To: " + letter.recipient() + "\nSubject: " + letter.subject() + "\n\n" + letter.body())
                                .getBytes(StandardCharsets.UTF_8))));
        return now.canMoveTo(next) ? cases.mark(person, broker, step) : cases.note(person, broker, step);
    }
}
