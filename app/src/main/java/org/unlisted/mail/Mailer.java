package org.unlisted.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.eclipse.angus.mail.util.MailConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unlisted.core.EmailAddress;
import org.unlisted.core.UnlistedException;

/**
 * Sends plain-text mail through the person's own account (SMTP, Angus Mail), always over TLS.
 *
 * <p>Security: with {@link MailAccount.Security#STARTTLS} the server must offer STARTTLS and the
 * connection is switched to TLS before the login (a server that does not offer it is refused,
 * nothing is sent in the clear); with {@link MailAccount.Security#SSL_TLS} TLS starts with the
 * first byte. Only TLS 1.2 and 1.3; the server's certificate must be trusted by Java and must
 * name the server ({@code checkserveridentity}). Connecting, reading and writing each give up
 * after 20 seconds.
 *
 * <p>Privacy: the greeting (EHLO) says {@value #HELLO_NAME} instead of this computer's name, which
 * the server would otherwise copy into every message's {@code Received} header; the Date header
 * is in UTC, so it does not tell the local time zone; and the Message-ID is set here (see
 * {@link #send}). Nothing is logged but codes: no addresses, no server names, no text.
 *
 * <p>The password is copied into a char array that {@link #close()} wipes. Jakarta Mail takes the
 * password as a String when logging in; that String exists only for that call.
 *
 * <p>Not thread-safe; every call opens and closes its own connection.
 */
public final class Mailer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final String PROTOCOL = "smtp";
    /** Prefix of Angus Mail's session properties (written as a prefix, so no literal looks like a message key). */
    private static final String SMTP = "mail." + PROTOCOL + ".";
    static final String HELLO_NAME = "[127.0.0.1]";
    private static final String TLS_VERSIONS = "TLSv1.3 TLSv1.2";
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");
    /** Angus Mail's words when STARTTLS is required and the server did not offer it (checked by MailerTest). */
    private static final String STARTTLS_MISSING = "STARTTLS is required";

    private final MailAccount account;
    private final char[] password;
    /** Null in the app: Java's own trusted certificates. Tests give one that trusts their server. */
    private final SSLSocketFactory tls;
    private final Clock clock;
    private Duration timeout = DEFAULT_TIMEOUT;
    private boolean closed;

    /**
     * @param password copied; the caller still owns (and wipes) its array
     * @throws UnlistedException {@link MailProblem#PASSWORD_MISSING} for a null or empty password
     */
    public Mailer(MailAccount account, char[] password) throws UnlistedException {
        this(account, password, null);
    }

    /** Tests only: trust what this factory trusts (a test server's own certificate) instead of Java's list. */
    Mailer(MailAccount account, char[] password, SSLSocketFactory tls) throws UnlistedException {
        this.account = Objects.requireNonNull(account, "account");
        if (password == null || password.length == 0) {
            throw new UnlistedException(MailProblem.PASSWORD_MISSING);
        }
        this.password = password.clone();
        this.tls = tls;
        this.clock = Clock.systemUTC();
    }

    /** Tests only: a shorter wait for connecting, reading and writing. */
    void timeout(Duration shorter) {
        this.timeout = Objects.requireNonNull(shorter);
    }

    /**
     * Connects, secures the connection, logs in and closes again, so a person can check their
     * settings before anything is sent.
     *
     * @throws UnlistedException one of the connection problems in {@link MailProblem}, e.g.
     *         {@link MailProblem#CANNOT_REACH}, {@link MailProblem#TLS_NOT_OFFERED},
     *         {@link MailProblem#TLS_FAILED}, {@link MailProblem#AUTH_FAILED}, {@link MailProblem#TIMEOUT}
     */
    public void testConnection() throws UnlistedException {
        Transport transport = connect(session(), "Mail account test");
        close(transport);
        LOG.info("Mail account test: connected over TLS and logged in");
    }

    /**
     * Sends one plain-text message (UTF-8) from the account's address.
     *
     * <p>The Message-ID is {@code <random-UUID@domain-of-the-from-address>}: random, so it says
     * nothing about the person, the computer or the time; under the sender's own domain, as any
     * mail program would write it, so it neither stands out nor names this app to the recipient.
     * It is returned so it can be recorded and a reply matched to the request.
     *
     * @throws UnlistedException {@link MailProblem#TO_INVALID} for a recipient that is not one
     *         email address; the connection problems of {@link #testConnection()};
     *         {@link MailProblem#RECIPIENT_REFUSED} or {@link MailProblem#REFUSED} when the server
     *         would not take the message. On a {@link MailProblem#TIMEOUT} after the message was
     *         handed over it may still have been sent.
     */
    public Sent send(Outgoing message) throws UnlistedException {
        String to = message.to().strip();
        if (!EmailAddress.looksValid(to)) {
            throw new UnlistedException(MailProblem.TO_INVALID);
        }
        Session session = session();
        Instant sentAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String messageId = "<" + UUID.randomUUID() + "@" + account.fromDomain() + ">";
        MimeMessage mime = compose(session, to, message, messageId, sentAt);
        Transport transport = connect(session, "Sending mail");
        try {
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            throw failure("Sending mail", e);
        } finally {
            close(transport);
        }
        LOG.info("Mail sent");
        return new Sent(messageId, sentAt, to);
    }

    private MimeMessage compose(Session session, String to, Outgoing message, String messageId, Instant sentAt)
            throws UnlistedException {
        InternetAddress recipient;
        try {
            recipient = new InternetAddress(to, true);
        } catch (AddressException e) {
            throw new UnlistedException(MailProblem.TO_INVALID, e);
        }
        try {
            MimeMessage mime = new IdentifiedMessage(session, messageId);
            String name = account.displayName();
            mime.setFrom(new InternetAddress(account.fromAddress(), name.isEmpty() ? null : name,
                    StandardCharsets.UTF_8.name()));
            mime.setRecipient(Message.RecipientType.TO, recipient);
            mime.setSubject(CONTROL.matcher(message.subject()).replaceAll(" ").strip(), StandardCharsets.UTF_8.name());
            mime.setText(LINE_BREAK.matcher(message.body()).replaceAll("\n"), StandardCharsets.UTF_8.name());
            mime.setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(sentAt.atOffset(ZoneOffset.UTC)));
            mime.saveChanges();
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            LOG.warn("Composing mail failed", e);
            throw new UnlistedException(MailProblem.FAILED, e);
        }
    }

    private Transport connect(Session session, String action) throws UnlistedException {
        if (closed) {
            throw new IllegalStateException("Mailer already closed");
        }
        Transport transport = null;
        try {
            transport = session.getTransport(PROTOCOL);
            transport.connect(account.host(), account.port(), account.username(), new String(password));
            // Angus Mail skips the login when the server offers none; a test that "worked" then would mislead.
            if (transport instanceof SMTPTransport smtp && !smtp.supportsExtension("AUTH")
                    && !smtp.supportsExtension("AUTH=LOGIN")) {
                LOG.warn("{} failed: {}", action, MailProblem.AUTH_NOT_OFFERED.code());
                close(transport);
                throw new UnlistedException(MailProblem.AUTH_NOT_OFFERED);
            }
            return transport;
        } catch (MessagingException e) {
            close(transport);
            throw failure(action, e);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        String millis = Long.toString(timeout.toMillis());
        properties.setProperty(SMTP + "auth", "true");
        properties.setProperty(SMTP + "connectiontimeout", millis);
        properties.setProperty(SMTP + "timeout", millis);
        properties.setProperty(SMTP + "writetimeout", millis);
        properties.setProperty(SMTP + "localhost", HELLO_NAME);
        properties.setProperty(SMTP + "ssl.checkserveridentity", "true");
        properties.setProperty(SMTP + "ssl.protocols", TLS_VERSIONS);
        if (account.security() == MailAccount.Security.STARTTLS) {
            properties.setProperty(SMTP + "starttls.enable", "true");
            properties.setProperty(SMTP + "starttls.required", "true");
        } else {
            properties.setProperty(SMTP + "ssl.enable", "true");
        }
        if (tls != null) {
            properties.put(SMTP + "ssl.socketFactory", tls);
        }
        // Never Session.setDebug: its trace would write the message, and the login with it, to the console.
        return Session.getInstance(properties);
    }

    private static UnlistedException failure(String action, MessagingException e) {
        MailProblem problem = problemOf(e);
        // The stack trace keeps types and frames; the log pattern drops exception messages (server replies, addresses).
        LOG.warn("{} failed: {}", action, problem.code(), e);
        return new UnlistedException(problem, e);
    }

    /** The plain problem behind a failure of Angus Mail, from its type and the causes it wraps. */
    static MailProblem problemOf(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return MailProblem.AUTH_FAILED;
        }
        if (causedBy(e, SocketTimeoutException.class)) {
            return MailProblem.TIMEOUT;
        }
        if (causedBy(e, UnknownHostException.class)) {
            return MailProblem.UNKNOWN_HOST;
        }
        if (causedBy(e, SSLException.class) || causedBy(e, CertificateException.class)) {
            return MailProblem.TLS_FAILED;
        }
        if (causedBy(e, ConnectException.class) || causedBy(e, NoRouteToHostException.class)
                || e instanceof MailConnectException) {
            return MailProblem.CANNOT_REACH;
        }
        if (e.getMessage() != null && e.getMessage().contains(STARTTLS_MISSING)) {
            return MailProblem.TLS_NOT_OFFERED;
        }
        if (e instanceof SendFailedException refused) {
            return refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0
                    ? MailProblem.RECIPIENT_REFUSED : MailProblem.REFUSED;
        }
        return MailProblem.FAILED;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable current = error; current != null && depth++ < 10; current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
        }
        return false;
    }

    private static void close(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            // Saying goodbye failed; whatever was sent is sent.
            LOG.debug("Closing the mail connection failed ({})", e.getClass().getSimpleName());
        }
    }

    /** Wipes the copy of the password. */
    @Override
    public void close() {
        Arrays.fill(password, '\0');
        closed = true;
    }

    @Override
    public String toString() {
        return "Mailer[hidden]";
    }

    /** A message whose Message-ID is ours, not the one Jakarta Mail would make from the user and host name. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
