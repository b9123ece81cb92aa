package org.unlisted.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.unlisted.TestLog;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.mail.MailAccount.Security;

/**
 * Sending through real servers: GreenMail (implicit TLS on its SMTPS port, no TLS at all on its
 * SMTP port) and a small STARTTLS server, each with a test certificate that only these tests trust.
 */
class MailerTest {
    /** Made before the GreenMail extension below starts its first TLS server. */
    private static final Object CERTIFICATE = TestTls.install();
    static final String LOGIN = "ana";
    static final String PASSWORD = "Marker-Password-Ñandú-" + System.nanoTime();
    static final String FROM = "ana.lopez@example.org";
    static final String BROKER = "privacy@broker.example";
    static final String SUBJECT = "Demande de suppression : Zoë Ñúñez García 李小龍";
    static final String BODY = "Bonjour,\n\nJe demande la suppression de mes données (Zoë Ñúñez García, 李小龍, Жанна).\r\n"
            + "Merci d’avance.\n-- \nMarker-Body-Élodie-" + System.nanoTime();

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(
            new ServerSetup[] {ServerSetupTest.SMTPS.dynamicPort(), ServerSetupTest.SMTP.dynamicPort()})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(FROM, LOGIN, PASSWORD));

    /** Every failure the tests saw, checked at the end of each test for the password and the body. */
    private final List<UnlistedException> failures = new ArrayList<>();

    static MailAccount account(int port, Security security) throws UnlistedException {
        return account(TestTls.HOST, port, security);
    }

    static MailAccount account(String host, int port, Security security) throws UnlistedException {
        return MailAccount.of(host, port, security, LOGIN, FROM, "Zoë Ñúñez 李");
    }

    static Mailer trustingTestServers(MailAccount account, String password) throws UnlistedException {
        return new Mailer(account, password.toCharArray(), TestTls.trustingTestCertificate());
    }

    private int smtps() {
        return GREENMAIL.getSmtps().getPort();
    }

    private int plainSmtp() {
        return GREENMAIL.getSmtp().getPort();
    }

    private UnlistedException failure(ThrowingCall call) {
        UnlistedException e = catchThrowableOfType(UnlistedException.class, call::run);
        assertThat(e).as("an UnlistedException").isNotNull();
        failures.add(e);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(PASSWORD).doesNotContain(BODY)
                    .doesNotContain("Marker-Body");
        }
        String shown = e.describe(Messages.forLocale(Locale.ENGLISH));
        assertThat(shown).doesNotStartWith("mail.error.").doesNotContain(PASSWORD);
        return e;
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void sendsOverImplicitTlsWithTheMessageIdItReturns() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Sent sent;
        try (Mailer mailer = trustingTestServers(account(smtps(), Security.SSL_TLS), PASSWORD)) {
            sent = mailer.send(new Outgoing(" " + BROKER + " ", SUBJECT, BODY));
        }
        Instant after = Instant.now();

        assertThat(GREENMAIL.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly(BROKER);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo(FROM);
        assertThat(from.getPersonal()).isEqualTo("Zoë Ñúñez 李");
        assertThat(mail.getSubject()).isEqualTo(SUBJECT);
        assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n").stripTrailing())
                .isEqualTo(BODY.replace("\r\n", "\n"));
        assertThat(mail.getMessageID()).isEqualTo(sent.messageId());
        assertThat(mail.getHeader("X-Mailer")).isNull();

        assertThat(sent.messageId()).matches("<[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}@example\\.org>");
        assertThat(sent.to()).isEqualTo(BROKER);
        assertThat(sent.sentAt()).isBetween(before, after);
        Instant dateHeader = ZonedDateTime.parse(mail.getHeader("Date")[0], DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertThat(dateHeader).isEqualTo(sent.sentAt());
        assertThat(mail.getHeader("Date")[0]).endsWith("GMT");
    }

    @Test
    void twoMessagesGetDifferentMessageIds() throws Exception {
        try (Mailer mailer = trustingTestServers(account(smtps(), Security.SSL_TLS), PASSWORD)) {
            Sent first = mailer.send(new Outgoing(BROKER, "One", "First"));
            Sent second = mailer.send(new Outgoing(BROKER, "Two", "Second"));
            assertThat(first.messageId()).isNotEqualTo(second.messageId());
        }
        assertThat(GREENMAIL.waitForIncomingEmail(5000, 2)).isTrue();
    }

    @Test
    void testConnectionLogsInAndSendsNothing() throws Exception {
        try (Mailer mailer = trustingTestServers(account(smtps(), Security.SSL_TLS), PASSWORD)) {
            mailer.testConnection();
        }
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aWrongPasswordIsTheLoginProblem() throws Exception {
        try (Mailer mailer = trustingTestServers(account(smtps(), Security.SSL_TLS), PASSWORD + "-wrong")) {
            assertThat(failure(mailer::testConnection).problem()).isEqualTo(MailProblem.AUTH_FAILED);
            assertThat(failure(() -> mailer.send(new Outgoing(BROKER, SUBJECT, BODY))).problem())
                    .isEqualTo(MailProblem.AUTH_FAILED);
        }
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aServerWithoutStartTlsIsRefusedAndNothingIsSent() throws Exception {
        try (Mailer mailer = trustingTestServers(account(plainSmtp(), Security.STARTTLS), PASSWORD)) {
            assertThat(failure(() -> mailer.send(new Outgoing(BROKER, SUBJECT, BODY))).problem())
                    .isEqualTo(MailProblem.TLS_NOT_OFFERED);
            assertThat(failure(mailer::testConnection).problem()).isEqualTo(MailProblem.TLS_NOT_OFFERED);
        }
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void implicitTlsToAPlainServerIsTheTlsProblem() throws Exception {
        try (Mailer mailer = trustingTestServers(account(plainSmtp(), Security.SSL_TLS), PASSWORD)) {
            assertThat(failure(() -> mailer.send(new Outgoing(BROKER, SUBJECT, BODY))).problem())
                    .isEqualTo(MailProblem.TLS_FAILED);
        }
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void theAppDoesNotTrustAnUnknownCertificate() throws Exception {
        // The public constructor: Java's own list of trusted certificates, which this test certificate is not on.
        try (Mailer mailer = new Mailer(account(smtps(), Security.SSL_TLS), PASSWORD.toCharArray())) {
            assertThat(failure(() -> mailer.send(new Outgoing(BROKER, SUBJECT, BODY))).problem())
                    .isEqualTo(MailProblem.TLS_FAILED);
        }
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aCertificateForAnotherNameIsRefused() throws Exception {
        // Trusted, but issued to "localhost" only: reaching the same server as 127.0.0.1 must fail.
        try (Mailer mailer = trustingTestServers(account("127.0.0.1", smtps(), Security.SSL_TLS), PASSWORD)) {
            assertThat(failure(mailer::testConnection).problem()).isEqualTo(MailProblem.TLS_FAILED);
        }
    }

    @Test
    void aClosedPortIsCannotReach() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        try (Mailer mailer = trustingTestServers(account(port, Security.STARTTLS), PASSWORD)) {
            assertThat(failure(mailer::testConnection).problem()).isEqualTo(MailProblem.CANNOT_REACH);
        }
    }

    @Test
    void aServerNameThatDoesNotExistIsUnknownHost() throws Exception {
        // .invalid never resolves (RFC 6761).
        try (Mailer mailer = trustingTestServers(account("no-such-server.invalid", 587, Security.STARTTLS), PASSWORD)) {
            assertThat(failure(mailer::testConnection).problem()).isEqualTo(MailProblem.UNKNOWN_HOST);
        }
    }

    @Test
    void aServerThatNeverSpeaksIsATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            for (Security security : Security.values()) {
                try (Mailer mailer = trustingTestServers(account(silent.getLocalPort(), security), PASSWORD)) {
                    mailer.timeout(Duration.ofMillis(300));
                    long start = System.nanoTime();
                    assertThat(failure(() -> mailer.send(new Outgoing(BROKER, SUBJECT, BODY))).problem())
                            .as("%s", security).isEqualTo(MailProblem.TIMEOUT);
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
                }
            }
            assertThat(held).isNotEmpty();
        }
    }

    @Test
    void startTlsSwitchesToTlsBeforeTheLoginAndTheMessage() throws Exception {
        try (StartTlsServer server = new StartTlsServer(LOGIN, PASSWORD, true);
                Mailer mailer = trustingTestServers(account(server.port(), Security.STARTTLS), PASSWORD)) {
            mailer.testConnection();
            Sent sent = mailer.send(new Outgoing(BROKER, SUBJECT, BODY));

            assertThat(server.messages).hasSize(1);
            MimeMessage mail = new MimeMessage(null,
                    new ByteArrayInputStream(server.messages.get(0).getBytes(StandardCharsets.ISO_8859_1)));
            assertThat(mail.getMessageID()).isEqualTo(sent.messageId());
            assertThat(mail.getSubject()).isEqualTo(SUBJECT);
            assertThat(((String) mail.getContent()).replace("\r\n", "\n").stripTrailing())
                    .isEqualTo(BODY.replace("\r\n", "\n"));
            // In the clear: only the greeting and the request to switch, never the login or the message.
            assertThat(server.plainCommands).allSatisfy(command -> assertThat(command).matches("(?i)(EHLO|STARTTLS).*"));
            assertThat(server.plainCommands).anySatisfy(command -> assertThat(command).isEqualToIgnoringCase("STARTTLS"));
            // The greeting does not give this computer's name away.
            assertThat(server.helloNames).isNotEmpty().containsOnly(Mailer.HELLO_NAME);
        }
    }

    @Test
    void startTlsWithAnUntrustedCertificateStopsBeforeTheLogin() throws Exception {
        try (StartTlsServer server = new StartTlsServer(LOGIN, PASSWORD, true);
                Mailer mailer = new Mailer(account(server.port(), Security.STARTTLS), PASSWORD.toCharArray())) {
            assertThat(failure(() -> mailer.send(new Outgoing(BROKER, SUBJECT, BODY))).problem())
                    .isEqualTo(MailProblem.TLS_FAILED);
            assertThat(server.messages).isEmpty();
            assertThat(server.plainCommands).noneSatisfy(command -> assertThat(command).startsWithIgnoringCase("AUTH"));
        }
    }

    @Test
    void aServerThatNeverAsksForTheLoginIsNotTrusted() throws Exception {
        try (StartTlsServer server = new StartTlsServer(LOGIN, PASSWORD, false);
                Mailer mailer = trustingTestServers(account(server.port(), Security.STARTTLS), PASSWORD)) {
            assertThat(failure(mailer::testConnection).problem()).isEqualTo(MailProblem.AUTH_NOT_OFFERED);
            assertThat(failure(() -> mailer.send(new Outgoing(BROKER, SUBJECT, BODY))).problem())
                    .isEqualTo(MailProblem.AUTH_NOT_OFFERED);
            assertThat(server.messages).isEmpty();
        }
    }

    @Test
    void aRecipientTheServerRefusesIsSaidSo() throws Exception {
        try (StartTlsServer server = new StartTlsServer(LOGIN, PASSWORD, true);
                Mailer mailer = trustingTestServers(account(server.port(), Security.STARTTLS), PASSWORD)) {
            assertThat(failure(() -> mailer.send(new Outgoing("nobody@broker.example", SUBJECT, BODY))).problem())
                    .isEqualTo(MailProblem.RECIPIENT_REFUSED);
            assertThat(server.messages).isEmpty();
        }
    }

    @Test
    void aRecipientThatIsNotOneAddressIsRefusedBeforeConnecting() throws Exception {
        try (Mailer mailer = trustingTestServers(account(smtps(), Security.SSL_TLS), PASSWORD)) {
            for (String to : new String[] {"", "not an address", "a@b.example, c@d.example", "a@b.example\r\nBcc: c@d.example"}) {
                assertThat(failure(() -> mailer.send(new Outgoing(to, SUBJECT, BODY))).problem()).as(to)
                        .isEqualTo(MailProblem.TO_INVALID);
            }
        }
        assertThat(GREENMAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void aLineBreakInTheSubjectCannotAddAHeader() throws Exception {
        try (Mailer mailer = trustingTestServers(account(smtps(), Security.SSL_TLS), PASSWORD)) {
            mailer.send(new Outgoing(BROKER, "Request\r\nBcc: someone@else.example", "Body"));
        }
        assertThat(GREENMAIL.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = GREENMAIL.getReceivedMessages()[0];
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getSubject()).isEqualTo("Request Bcc: someone@else.example");
        assertThat(GREENMAIL.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aPasswordIsRequiredAndTheCallersArrayIsLeftAlone() throws Exception {
        MailAccount account = account(smtps(), Security.SSL_TLS);
        assertThat(failure(() -> new Mailer(account, new char[0])).problem()).isEqualTo(MailProblem.PASSWORD_MISSING);
        assertThat(failure(() -> new Mailer(account, null)).problem()).isEqualTo(MailProblem.PASSWORD_MISSING);
        char[] password = PASSWORD.toCharArray();
        Mailer mailer = new Mailer(account, password, TestTls.trustingTestCertificate());
        mailer.close();
        assertThat(new String(password)).isEqualTo(PASSWORD);
        assertThatThrownBy(mailer::testConnection).isInstanceOf(IllegalStateException.class);
        assertThat(mailer.toString()).doesNotContain(PASSWORD);
    }

    /** A log entry starts with its time; GreenMail's own entries (the stand-in server's side) are not ours. */
    private static final Pattern ENTRY = Pattern.compile("(?m)^(?=\\d{2}:\\d{2}:\\d{2}\\.\\d{3} )");
    /** Time, level, [thread], then the logger (abbreviated by the pattern, e.g. c.i.greenmail.util.LineLoggingBuffer). */
    private static final Pattern GREENMAIL_ENTRY = Pattern.compile("\\S+ +\\S+ +\\[[^\\]]*] +c(om)?\\.i(cegreen)?\\.");

    @Test
    void nothingPersonalReachesTheLog() throws Exception {
        String marker = "Marker-Only-In-This-Body-" + System.nanoTime();
        int logBefore = TestLog.read().length();
        try (Mailer mailer = trustingTestServers(account(smtps(), Security.SSL_TLS), PASSWORD)) {
            mailer.send(new Outgoing(BROKER, SUBJECT, BODY + marker));
        }
        try (Mailer mailer = trustingTestServers(account(smtps(), Security.SSL_TLS), PASSWORD + "-wrong")) {
            failure(() -> mailer.send(new Outgoing(BROKER, SUBJECT, BODY + marker)));
        }
        try (Mailer mailer = new Mailer(account(smtps(), Security.SSL_TLS), PASSWORD.toCharArray())) {
            failure(() -> mailer.send(new Outgoing(BROKER, SUBJECT, BODY + marker)));
        }
        assertThat(GREENMAIL.waitForIncomingEmail(5000, 1)).isTrue();

        StringBuilder ours = new StringBuilder();
        for (String entry : ENTRY.split(TestLog.read().substring(logBefore))) {
            if (!GREENMAIL_ENTRY.matcher(entry).lookingAt()) {
                ours.append(entry);
            }
        }
        assertThat(ours.toString()).contains("Mail sent", "Sending mail failed: MAIL-11", "Sending mail failed: MAIL-10")
                .doesNotContain(PASSWORD).doesNotContain(marker).doesNotContain("Marker-Body")
                .doesNotContain(FROM).doesNotContain(BROKER).doesNotContain("Ñúñez").doesNotContain("李");
    }
}
