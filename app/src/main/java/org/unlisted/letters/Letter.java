package org.unlisted.letters;

import java.time.LocalDate;
import org.unlisted.cases.PrivacyLaw;

/**
 * One letter, ready to send: the exact words, and who it goes to.
 *
 * @param law      the law it cites, or null for a request with no statute
 * @param email    where to email it, or "" when the broker takes no email
 * @param postal   where to post it, or "" when no address is known
 * @param deadline the day the clock this letter starts (or recalls) runs out, or null
 */
public record Letter(LetterKind kind, PrivacyLaw law, String brokerId, String recipient, String email, String postal,
                     String subject, String body, LocalDate date, LocalDate deadline) {
}
