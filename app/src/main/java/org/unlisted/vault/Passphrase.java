package org.unlisted.vault;

import java.util.Arrays;
import javax.security.auth.Destroyable;

/**
 * A passphrase as characters that can be wiped: it never becomes a String (Strings stay in
 * memory until the garbage collector decides otherwise). Owns its array; close() wipes it.
 */
public final class Passphrase implements Destroyable, AutoCloseable {
    private final char[] chars;
    private boolean destroyed;

    private Passphrase(char[] chars) {
        this.chars = chars;
    }

    /** Takes ownership of the array: the caller must not keep using it. */
    public static Passphrase wrap(char[] chars) {
        return new Passphrase(chars);
    }

    public char[] chars() {
        if (destroyed) {
            throw new IllegalStateException("Passphrase already wiped");
        }
        return chars;
    }

    public int length() {
        return chars.length;
    }

    public boolean isEmpty() {
        return chars.length == 0;
    }

    @Override
    public void destroy() {
        Arrays.fill(chars, '\0');
        destroyed = true;
    }

    @Override
    public boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public void close() {
        destroy();
    }

    @Override
    public String toString() {
        return "Passphrase[hidden]";
    }
}
