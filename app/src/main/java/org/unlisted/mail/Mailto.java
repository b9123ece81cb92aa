package org.unlisted.mail;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import org.unlisted.core.EmailAddress;

/**
 * A {@code mailto:} link (RFC 6068) that opens the person's own mail program with a message ready
 * to send: the fallback when no account is set up for sending from Unlisted.
 */
public final class Mailto {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Mailto() {
    }

    /**
     * The link for one recipient, a subject and a body. Text is UTF-8 and percent-encoded: every
     * character but ASCII letters, digits and {@code - . _ ~} (and the address's {@code @}),
     * so a space is {@code %20} (never {@code +}, which mail programs keep as a plus sign), and
     * every line break is {@code %0D%0A} as RFC 6068 asks. An empty subject or body is left out.
     *
     * @throws IllegalArgumentException when {@code to} is not one email address (the message names no value)
     */
    public static String uri(String to, String subject, String body) {
        Objects.requireNonNull(to, "to");
        String address = to.strip();
        if (!EmailAddress.looksValid(address)) {
            throw new IllegalArgumentException("The recipient is not an email address");
        }
        StringBuilder uri = new StringBuilder("mailto:");
        encode(address, true, uri);
        char separator = '?';
        if (subject != null && !subject.isEmpty()) {
            uri.append(separator).append("subject=");
            // A subject is one line.
            encode(LINE_BREAK.matcher(subject).replaceAll(" "), false, uri);
            separator = '&';
        }
        if (body != null && !body.isEmpty()) {
            uri.append(separator).append("body=");
            encode(LINE_BREAK.matcher(body).replaceAll("\r\n"), false, uri);
        }
        return uri.toString();
    }

    private static void encode(String text, boolean address, StringBuilder out) {
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved || address && c == '@') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
            }
        }
    }
}
