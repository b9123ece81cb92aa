package org.unlisted.mail;

import java.util.Objects;

/**
 * One plain-text message to send from the person's own account, sent as UTF-8.
 *
 * <p>{@link #toString()} hides the values: the body of a removal request names the person.
 *
 * @param to one recipient address
 * @param subject one line; line breaks are sent as spaces
 * @param body the text; any line breaks ({@code \n}, {@code \r\n})
 */
public record Outgoing(String to, String subject, String body) {
    public Outgoing {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    @Override
    public String toString() {
        return "Outgoing[hidden]";
    }
}
