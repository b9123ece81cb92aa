package org.unlisted.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestLog;
import org.unlisted.core.UnlistedException;
import org.unlisted.mail.MailAccount.Security;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

class MailAccountTest {
    static final String PASSPHRASE = "amber kettle saddle frost";
    static final String PASSWORD = "Marker-Mail-Password-Çédille-" + System.nanoTime();

    @TempDir
    Path temp;

    Vault create() throws UnlistedException {
        try (Passphrase passphrase = Passphrase.wrap(PASSPHRASE.toCharArray())) {
            return Vault.create(temp.resolve("vault.db"), passphrase);
        }
    }

    Vault reopen() throws UnlistedException {
        try (Passphrase passphrase = Passphrase.wrap(PASSPHRASE.toCharArray())) {
            return Vault.open(temp.resolve("vault.db"), passphrase);
        }
    }

    static MailAccount sample() throws UnlistedException {
        return MailAccount.of("smtp.example.org", 587, Security.STARTTLS, "ana.lopez@example.org",
                "ana.lopez@example.org", "Ana López 李");
    }

    static MailProblem problemOf(ThrowingCall call) {
        UnlistedException e = catchThrowableOfType(UnlistedException.class, call::run);
        assertThat(e).as("an UnlistedException").isNotNull();
        return (MailProblem) e.problem();
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void anAccountAndItsPasswordComeBackFromTheVaultAfterReopening() throws Exception {
        MailAccount account = sample();
        try (Vault vault = create()) {
            assertThat(MailAccount.load(vault.settings())).isEmpty();
            assertThat(MailAccount.loadPassword(vault.settings())).isEmpty();
            char[] password = PASSWORD.toCharArray();
            account.save(vault.settings(), password);
            assertThat(new String(password)).as("the caller's array is left to the caller").isEqualTo(PASSWORD);
        }
        try (Vault vault = reopen()) {
            MailAccount loaded = MailAccount.load(vault.settings()).orElseThrow();
            assertThat(loaded).isEqualTo(account);
            assertThat(loaded.host()).isEqualTo("smtp.example.org");
            assertThat(loaded.port()).isEqualTo(587);
            assertThat(loaded.security()).isEqualTo(Security.STARTTLS);
            assertThat(loaded.username()).isEqualTo("ana.lopez@example.org");
            assertThat(loaded.fromAddress()).isEqualTo("ana.lopez@example.org");
            assertThat(loaded.displayName()).isEqualTo("Ana López 李");
            assertThat(MailAccount.loadPassword(vault.settings())).hasValueSatisfying(
                    chars -> assertThat(new String(chars)).isEqualTo(PASSWORD));
        }
    }

    @Test
    void thePasswordIsOnlyInTheEncryptedVault() throws Exception {
        try (Vault vault = create()) {
            sample().save(vault.settings(), PASSWORD.toCharArray());
        }
        byte[] marker = "Marker-Mail-Password".getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(indexOf(Files.readAllBytes(file), marker)).as("%s holds the password in the clear", file)
                        .isEqualTo(-1);
            }
        }
        assertThat(TestLog.read()).doesNotContain(PASSWORD);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void savingAgainReplacesTheAccountAndANullPasswordKeepsTheSavedOne() throws Exception {
        try (Vault vault = create()) {
            sample().save(vault.settings(), PASSWORD.toCharArray());
            MailAccount moved = MailAccount.of("mail.example.net", 465, Security.SSL_TLS, "ana", "ana@example.net", "");
            moved.save(vault.settings(), null);
            assertThat(MailAccount.load(vault.settings())).contains(moved);
            assertThat(MailAccount.loadPassword(vault.settings()).map(String::new)).contains(PASSWORD);
        }
    }

    @Test
    void aMissingPasswordSavesNothing() throws Exception {
        try (Vault vault = create()) {
            assertThat(problemOf(() -> sample().save(vault.settings(), null))).isEqualTo(MailProblem.PASSWORD_MISSING);
            assertThat(problemOf(() -> sample().save(vault.settings(), new char[0])))
                    .isEqualTo(MailProblem.PASSWORD_MISSING);
            assertThat(MailAccount.load(vault.settings())).isEmpty();
        }
    }

    @Test
    void forgettingRemovesTheAccountAndThePassword() throws Exception {
        try (Vault vault = create()) {
            sample().save(vault.settings(), PASSWORD.toCharArray());
            MailAccount.forget(vault.settings());
            assertThat(MailAccount.load(vault.settings())).isEmpty();
            assertThat(MailAccount.loadPassword(vault.settings())).isEmpty();
            assertThat(vault.settings().get(MailAccount.PASSWORD_SETTING)).contains("");
        }
    }

    @Test
    void aLockedVaultIsAStorageProblem() throws Exception {
        Vault vault = create();
        vault.close();
        assertThat(problemOf(() -> sample().save(vault.settings(), PASSWORD.toCharArray()))).isEqualTo(MailProblem.STORAGE);
    }

    @Test
    void aDamagedSavedAccountCountsAsNotSetUp() throws Exception {
        try (Vault vault = create()) {
            vault.settings().put(MailAccount.ACCOUNT_SETTING, "{not json");
            assertThat(MailAccount.load(vault.settings())).isEmpty();
            vault.settings().put(MailAccount.ACCOUNT_SETTING,
                    "{\"host\":\"smtp.example.org\",\"port\":0,\"security\":\"STARTTLS\",\"username\":\"a\","
                            + "\"fromAddress\":\"a@example.org\",\"displayName\":\"\"}");
            assertThat(MailAccount.load(vault.settings())).isEmpty();
            vault.settings().put(MailAccount.ACCOUNT_SETTING,
                    "{\"host\":\"smtp.example.org\",\"port\":25,\"security\":\"PLAIN\",\"username\":\"a\","
                            + "\"fromAddress\":\"a@example.org\",\"displayName\":\"\"}");
            assertThat(MailAccount.load(vault.settings())).isEmpty();
        }
    }

    @Test
    void badInputsAreRefusedWithAPlainProblem() {
        for (String host : new String[] {null, "", "   ", "smtp://smtp.example.org", "smtp example.org", "smtp..example.org",
                "smtp.example.org/", "-smtp.example.org", "smtp.example.org:587", "x".repeat(254)}) {
            assertThat(problemOf(() -> MailAccount.of(host, 587, Security.STARTTLS, "ana", "ana@example.org", "")))
                    .as("host %s", host).isEqualTo(MailProblem.HOST_INVALID);
        }
        for (int port : new int[] {0, -1, 65536, Integer.MAX_VALUE}) {
            assertThat(problemOf(() -> MailAccount.of("smtp.example.org", port, Security.STARTTLS, "ana",
                    "ana@example.org", ""))).as("port %d", port).isEqualTo(MailProblem.PORT_INVALID);
        }
        for (String username : new String[] {null, "", "  "}) {
            assertThat(problemOf(() -> MailAccount.of("smtp.example.org", 587, Security.STARTTLS, username,
                    "ana@example.org", ""))).isEqualTo(MailProblem.USERNAME_MISSING);
        }
        for (String from : new String[] {null, "", "ana", "ana@", "ana@example", "ana lopez@example.org", "a@b@example.org"}) {
            assertThat(problemOf(() -> MailAccount.of("smtp.example.org", 587, Security.STARTTLS, "ana", from, "")))
                    .as("from %s", from).isEqualTo(MailProblem.FROM_INVALID);
        }
    }

    @Test
    void whatWasTypedIsTidied() throws Exception {
        MailAccount account = MailAccount.of("  smtp.bücher.example ", 1, Security.SSL_TLS, " ana ", " ana@example.org ",
                "Ana\r\nBcc: x@example.org");
        assertThat(account.host()).isEqualTo("smtp.xn--bcher-kva.example");
        assertThat(account.port()).isEqualTo(1);
        assertThat(account.username()).isEqualTo("ana");
        assertThat(account.fromAddress()).isEqualTo("ana@example.org");
        assertThat(account.displayName()).isEqualTo("Ana Bcc: x@example.org");
        assertThat(MailAccount.of("192.0.2.10", 65535, Security.STARTTLS, "ana", "ana@example.org", null).displayName())
                .isEmpty();
    }

    @Test
    void itsTextNamesNothingPersonal() throws Exception {
        MailAccount account = sample();
        assertThat(account.toString()).doesNotContain("example", "ana", "López", "587");
        assertThat(new Outgoing("privacy@broker.example", "Subject", "Body text").toString())
                .doesNotContain("broker", "Subject", "Body");
    }

    @Test
    void eachKindOfSecurityKnowsItsUsualPort() {
        assertThat(Security.STARTTLS.usualPort()).isEqualTo(587);
        assertThat(Security.SSL_TLS.usualPort()).isEqualTo(465);
    }

    @Test
    void problemCodesAreDistinctAndNumberedInOrder() {
        List<String> codes = Arrays.stream(MailProblem.values()).map(MailProblem::code).toList();
        for (int i = 0; i < codes.size(); i++) {
            assertThat(codes.get(i)).isEqualTo(String.format("MAIL-%02d", i + 1));
        }
        assertThat(Arrays.stream(MailProblem.values()).map(MailProblem::messageKey))
                .allSatisfy(key -> assertThat(key).startsWith("mail.error.")).doesNotHaveDuplicates();
    }
}
