package org.unlisted.vault;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.security.auth.Destroyable;

/**
 * The SQLCipher v4 key, derived here from the passphrase characters exactly as SQLCipher does
 * (PBKDF2-HMAC-SHA512, 256,000 iterations, the file's 16-byte salt) so that the passphrase
 * never has to become a String for the driver. The file stays a standard SQLCipher v4 file.
 */
final class VaultKey implements Destroyable {
    static final int SALT_BYTES = 16;
    static final int KEY_BYTES = 32;
    private static final int ITERATIONS = 256_000;

    private final byte[] saltedKey;
    private boolean destroyed;

    private VaultKey(byte[] saltedKey) {
        this.saltedKey = saltedKey;
    }

    static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    static VaultKey derive(Passphrase passphrase, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(passphrase.chars(), salt, ITERATIONS, KEY_BYTES * 8);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
            byte[] salted = new byte[KEY_BYTES + SALT_BYTES];
            System.arraycopy(key, 0, salted, 0, KEY_BYTES);
            System.arraycopy(salt, 0, salted, KEY_BYTES, SALT_BYTES);
            Arrays.fill(key, (byte) 0);
            return new VaultKey(salted);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA512 is missing from this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Key followed by salt, the raw form SQLCipher accepts; a copy the caller must wipe. */
    byte[] rawSaltedKey() {
        return part(0, saltedKey.length);
    }

    /** The 32-byte encryption key alone; a copy the caller must wipe. */
    byte[] encryptionKey() {
        return part(0, KEY_BYTES);
    }

    /** The file's salt; a copy. */
    byte[] salt() {
        return part(KEY_BYTES, KEY_BYTES + SALT_BYTES);
    }

    /** Copies straight from the held bytes, so no unwiped intermediate copy is left behind. */
    private byte[] part(int from, int to) {
        if (destroyed) {
            throw new IllegalStateException("Key already wiped");
        }
        return Arrays.copyOfRange(saltedKey, from, to);
    }

    @Override
    public void destroy() {
        Arrays.fill(saltedKey, (byte) 0);
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }
}
