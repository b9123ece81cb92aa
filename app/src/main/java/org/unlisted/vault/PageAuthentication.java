package org.unlisted.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the HMAC-SHA512 of every page of a SQLCipher v4 file, like SQLCipher's
 * {@code PRAGMA cipher_integrity_check}. SQLite3MultipleCiphers (our driver) has no such pragma,
 * and {@code integrity_check} only reads pages in use, so a flipped byte on a free page would
 * go unseen without this.
 */
final class PageAuthentication {
    static final int PAGE_SIZE = 4096;
    private static final int IV_BYTES = 16;
    private static final int HMAC_BYTES = 64;
    private static final int RESERVE = IV_BYTES + HMAC_BYTES;
    private static final byte SALT_MASK = 0x3a;

    private PageAuthentication() {
    }

    /** True when the file is whole pages and each page's HMAC matches. Reads the main file only. */
    static boolean allPagesAuthentic(Path file, VaultKey key) throws IOException {
        long size = Files.size(file);
        if (size == 0 || size % PAGE_SIZE != 0) {
            return false;
        }
        Mac mac = hmac(key);
        byte[] page = new byte[PAGE_SIZE];
        byte[] pageNumber = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            for (int number = 1; in.readNBytes(page, 0, PAGE_SIZE) == PAGE_SIZE; number++) {
                int start = number == 1 ? VaultKey.SALT_BYTES : 0;
                mac.update(page, start, PAGE_SIZE - RESERVE - start + IV_BYTES);
                littleEndian(number, pageNumber);
                mac.update(pageNumber);
                byte[] expected = mac.doFinal();
                if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(page, PAGE_SIZE - HMAC_BYTES, PAGE_SIZE))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void littleEndian(int value, byte[] out) {
        out[0] = (byte) value;
        out[1] = (byte) (value >>> 8);
        out[2] = (byte) (value >>> 16);
        out[3] = (byte) (value >>> 24);
    }

    /** SQLCipher's HMAC key: PBKDF2-HMAC-SHA512(encryption key, salt XOR 0x3a, 2 rounds, 32 bytes). */
    private static Mac hmac(VaultKey key) {
        byte[] encryptionKey = key.encryptionKey();
        byte[] salt = key.salt();
        byte[] hmacKey = null;
        try {
            for (int i = 0; i < salt.length; i++) {
                salt[i] ^= SALT_MASK;
            }
            Mac prf = Mac.getInstance("HmacSHA512");
            prf.init(new SecretKeySpec(encryptionKey, "HmacSHA512"));
            prf.update(salt);
            byte[] u = prf.doFinal(new byte[] {0, 0, 0, 1});
            byte[] t = u.clone();
            u = prf.doFinal(u);
            for (int i = 0; i < t.length; i++) {
                t[i] ^= u[i];
            }
            hmacKey = Arrays.copyOf(t, VaultKey.KEY_BYTES);
            Arrays.fill(t, (byte) 0);
            Arrays.fill(u, (byte) 0);
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(hmacKey, "HmacSHA512"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 unavailable", e);
        } finally {
            Arrays.fill(encryptionKey, (byte) 0);
            if (hmacKey != null) {
                Arrays.fill(hmacKey, (byte) 0);
            }
        }
    }
}
