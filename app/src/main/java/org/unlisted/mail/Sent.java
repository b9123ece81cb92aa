package org.unlisted.mail;

import java.time.Instant;

/**
 * What to record about a message the server accepted: its Message-ID (to find it again in the
 * person's Sent folder and to quote to a broker), when it was sent (also its Date header), and to whom.
 *
 * @param messageId with angle brackets, exactly as in the Message-ID header
 */
public record Sent(String messageId, Instant sentAt, String to) {
    @Override
    public String toString() {
        return "Sent[" + messageId + ", " + sentAt + "]";
    }
}
