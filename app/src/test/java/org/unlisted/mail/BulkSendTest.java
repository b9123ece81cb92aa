package org.unlisted.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.cases.Cases;
import org.unlisted.catalog.Broker;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.UnlistedException;
import org.unlisted.letters.BulkLetters;
import org.unlisted.letters.Letters;
import org.unlisted.people.Consents;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/** A bulk send through a real SMTP server over TLS: right recipients, subjects and bodies, and no duplicate after a retry. */
class BulkSendTest {
    private static final Object CERTIFICATE = TestTls.install();

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("ana@example.org", "ana", "secret-pass"));

    @TempDir
    Path temp;

    @Test
    void everyRequestArrivesOnceEvenAfterAFailureAndARetry() throws Exception {
        Clock clock = Clock.systemUTC();
        Catalog catalog = new CatalogLoader(LocalDate.now()).bundled();
        List<Broker> brokers = Letters.emailable(catalog).subList(0, 6);
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray());
             Vault vault = Vault.create(temp.resolve("v.db"), passphrase)) {
            Profile ana = new People(vault::connection, clock).add(Profile.draft("Ana Ruiz", "CA").asSelf());
            BulkLetters bulk = new BulkLetters(new Cases(vault::connection, catalog, clock),
                    new Consents(vault::connection), clock);
            MailAccount account = MailAccount.of(TestTls.HOST, GREENMAIL.getSmtps().getPort(),
                    MailAccount.Security.SSL_TLS, "ana", "ana@example.org", "Ana Ruiz");
            Set<String> failOnce = new HashSet<>(Set.of(brokers.get(2).id()));
            try (Mailer mailer = new Mailer(account, "secret-pass".toCharArray(), TestTls.trustingTestCertificate())) {
                List<BulkLetters.Prepared> prepared = bulk.prepare(List.of(ana), brokers, BulkLetters.From.person());
                assertThat(prepared).hasSize(6);
                BulkLetters.Sender sender = (to, subject, body) -> mailer.send(new Outgoing(to, subject, body))
                        .messageId();
                // The third broker's message fails once at the door (as a dropped connection would).
                BulkLetters.Sender flaky = (to, subject, body) -> {
                    if (to.equals(prepared.get(2).letter().email()) && failOnce.remove(brokers.get(2).id())) {
                        throw new UnlistedException(MailProblem.TIMEOUT);
                    }
                    return sender.send(to, subject, body);
                };
                List<BulkLetters.Result> first = bulk.sendAll(prepared, flaky, BulkLetters.From.person(),
                        (r, n, all) -> { }, () -> false);
                assertThat(first).extracting(BulkLetters.Result::outcome).containsOnly(BulkLetters.Outcome.SENT,
                        BulkLetters.Outcome.FAILED);
                assertThat(GREENMAIL.getReceivedMessages()).hasSize(5);

                List<BulkLetters.Prepared> retry = bulk.prepare(List.of(ana), brokers, BulkLetters.From.person());
                assertThat(retry).extracting(p -> p.broker().id()).containsExactly(brokers.get(2).id());
                bulk.sendAll(retry, sender, BulkLetters.From.person(), (r, n, all) -> { }, () -> false);
                bulk.sendAll(prepared, sender, BulkLetters.From.person(), (r, n, all) -> { }, () -> false);

                MimeMessage[] received = GREENMAIL.getReceivedMessages();
                assertThat(received).as("six letters, none twice").hasSize(6);
                Map<String, Long> perRecipient = java.util.Arrays.stream(received).map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                }).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                Map<String, Long> expected = prepared.stream().collect(Collectors.groupingBy(
                        p -> p.letter().email(), Collectors.counting()));
                assertThat(perRecipient).isEqualTo(expected);
                for (MimeMessage message : received) {
                    assertThat(message.getSubject()).isEqualTo("Request to delete my personal information (CCPA/CPRA)");
                    assertThat(GreenMailUtil.getBody(message)).contains("Ana Ruiz", "Cal. Civ. Code 1798.105");
                }
            }
        }
    }

    @Test
    void aWrongPasswordSendsNothingSaysSoAndLeavesEveryCaseAsItWas() throws Exception {
        Clock clock = Clock.systemUTC();
        Catalog catalog = new CatalogLoader(LocalDate.now()).bundled();
        List<Broker> brokers = Letters.emailable(catalog).subList(0, 3);
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray());
             Vault vault = Vault.create(temp.resolve("w.db"), passphrase)) {
            Profile ana = new People(vault::connection, clock).add(Profile.draft("Ana Ruiz", "CA").asSelf());
            Cases cases = new Cases(vault::connection, catalog, clock);
            BulkLetters bulk = new BulkLetters(cases, new Consents(vault::connection), clock);
            MailAccount account = MailAccount.of(TestTls.HOST, GREENMAIL.getSmtps().getPort(),
                    MailAccount.Security.SSL_TLS, "ana", "ana@example.org", "Ana Ruiz");
            int before = GREENMAIL.getReceivedMessages().length;
            try (Mailer mailer = new Mailer(account, "not-the-password".toCharArray(),
                    TestTls.trustingTestCertificate())) {
                List<BulkLetters.Result> results = bulk.sendAll(bulk.prepare(List.of(ana), brokers,
                        BulkLetters.From.person()), (to, subject, body) -> mailer.send(new Outgoing(to, subject, body))
                        .messageId(), BulkLetters.From.person(), (r, n, all) -> { }, () -> false);
                assertThat(results).hasSize(3).allSatisfy(r -> {
                    assertThat(r.outcome()).isEqualTo(BulkLetters.Outcome.FAILED);
                    assertThat(r.problem().problem()).isEqualTo(MailProblem.AUTH_FAILED);
                    assertThat(r.problem().describe(org.unlisted.core.Messages.forLocale(java.util.Locale.ENGLISH)))
                            .doesNotStartWith("mail.error").doesNotContain("not-the-password");
                });
            }
            assertThat(GREENMAIL.getReceivedMessages()).hasSize(before);
            assertThat(cases.forProfile(ana.id())).as("no case was touched").isEmpty();
        }
    }
}
