package org.unlisted.catalog.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unlisted.core.UnlistedException;

/**
 * Ed25519 keys in PEM, the form {@code openssl genpkey -algorithm ed25519} writes, read with the
 * JDK alone. The app trusts only the public keys shipped inside it; a new key is added beside the
 * old one, so updates signed with either keep working while the old one is retired.
 */
public final class SigningKeys {
    static final String ALGORITHM = "Ed25519";
    private static final String SHIPPED = "/org/unlisted/catalog/bundle/catalog-signing-keys.pem";
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN (PUBLIC|PRIVATE) KEY-----([A-Za-z0-9+/=\\s]+)-----END \\1 KEY-----");

    private SigningKeys() {
    }

    /** The keys inside the app that every catalog update must be signed with (one of them). */
    public static List<PublicKey> shipped() {
        try (InputStream in = SigningKeys.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("The catalog signing key is missing from the app: " + SHIPPED);
            }
            List<PublicKey> keys = publicKeys(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            if (keys.isEmpty()) {
                throw new IllegalStateException("No catalog signing key in " + SHIPPED);
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnlistedException e) {
            throw new IllegalStateException("The catalog signing key inside the app is damaged", e);
        }
    }

    /** Every PUBLIC KEY block in {@code pem}. */
    public static List<PublicKey> publicKeys(String pem) throws UnlistedException {
        List<PublicKey> keys = new ArrayList<>();
        Matcher block = BLOCK.matcher(pem);
        while (block.find()) {
            if (block.group(1).equals("PUBLIC")) {
                try {
                    keys.add(KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der(block))));
                } catch (GeneralSecurityException | IllegalArgumentException e) {
                    throw new UnlistedException(BundleProblem.SIGNING_KEY, e);
                }
            }
        }
        return keys;
    }

    /** The private key in {@code file} (PKCS#8 PEM), for the maintainers' {@code catalog bundle}. */
    public static PrivateKey privateKey(Path file) throws UnlistedException {
        try {
            Matcher block = BLOCK.matcher(Files.readString(file, StandardCharsets.US_ASCII));
            if (!block.find() || !block.group(1).equals("PRIVATE")) {
                throw new UnlistedException(BundleProblem.SIGNING_KEY);
            }
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(block)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new UnlistedException(BundleProblem.SIGNING_KEY, e);
        }
    }

    /** {@code key} as PEM text, as {@link #publicKeys} and {@link #privateKey} read it. */
    public static String pem(Key key) {
        String kind = key instanceof PrivateKey ? "PRIVATE" : "PUBLIC";
        return "-----BEGIN " + kind + " KEY-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
                + "\n-----END " + kind + " KEY-----\n";
    }

    private static byte[] der(Matcher block) {
        return Base64.getMimeDecoder().decode(block.group(2));
    }
}
