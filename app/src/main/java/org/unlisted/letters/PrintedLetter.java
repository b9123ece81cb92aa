package org.unlisted.letters;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter to be printed and posted in a window envelope.
 *
 * @param from    the sender's block, one line each: name first (it is printed again under the
 *                signature line), then the return address
 * @param to      the recipient's address, one line each, as it must show in the envelope window
 * @param date    the date the letter is sent (null: no date printed)
 * @param subject what the letter is about, printed in bold above the body
 * @param body    the text; a line break starts a new line, an empty line a new paragraph, and a
 *                line starting with "- " is a list item. It ends with the closing words
 *                ("Sincerely,"): the signature space and the sender's name follow it.
 */
public record PrintedLetter(List<String> from, List<String> to, LocalDate date, String subject, String body) {

    public PrintedLetter {
        from = from == null ? List.of() : from.stream().map(line -> line == null ? "" : line).toList();
        to = to == null ? List.of() : to.stream().map(line -> line == null ? "" : line).toList();
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }
}
