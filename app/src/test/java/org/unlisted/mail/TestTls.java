package org.unlisted.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throwaway certificate for the test mail servers, made once per test run with the JDK's
 * keytool: it names {@code localhost} only (not {@code 127.0.0.1}, so a test can connect by a
 * name the certificate does not carry). GreenMail is pointed at it through its system properties,
 * which it reads once, when it first makes a TLS server socket.
 */
final class TestTls {
    static final String HOST = "localhost";
    private static final String ALIAS = "unlisted-test";
    private static final char[] STORE_PASSWORD = "test-store-password".toCharArray();
    private static KeyStore keyStore;

    private TestTls() {
    }

    /** Makes the certificate (once) and tells GreenMail to serve it; call before any GreenMail server starts. */
    static synchronized KeyStore install() {
        if (keyStore == null) {
            try {
                Path dir = Files.createTempDirectory("unlisted-test-tls");
                Path file = dir.resolve("localhost.p12");
                file.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
                String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
                String password = new String(STORE_PASSWORD);
                Process process = new ProcessBuilder(List.of(keytool, "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA",
                        "-keysize", "2048", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2",
                        "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", password,
                        "-keypass", password, "-noprompt")).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("keytool failed: " + output);
                }
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(file)) {
                    store.load(in, STORE_PASSWORD);
                }
                System.setProperty("greenmail.tls.keystore.file", file.toString());
                System.setProperty("greenmail.tls.keystore.password", password);
                System.setProperty("greenmail.tls.key.password", password);
                keyStore = store;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return keyStore;
    }

    /** A client socket factory that trusts this test certificate and nothing else. */
    static SSLSocketFactory trustingTestCertificate() {
        try {
            Certificate certificate = install().getCertificate(ALIAS);
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry(ALIAS, certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server side, for the hand-written STARTTLS server. */
    static SSLContext serverContext() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(install(), STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
