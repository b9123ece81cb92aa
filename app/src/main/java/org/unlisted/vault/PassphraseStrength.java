package org.unlisted.vault;

/**
 * A plain estimate of how hard a passphrase is to guess, with advice. Favours length and
 * several words over symbols, since a long phrase is easier to remember and harder to guess.
 * Works on the characters directly; never makes a String of them.
 */
public record PassphraseStrength(Level level, String adviceKey) {
    public enum Level { TOO_SHORT, WEAK, FAIR, STRONG, VERY_STRONG }

    static final int MINIMUM_LENGTH = 8;

    public static PassphraseStrength rate(char[] passphrase) {
        int length = passphrase.length;
        if (length < MINIMUM_LENGTH) {
            return new PassphraseStrength(Level.TOO_SHORT, "vault.advice.tooShort");
        }
        int words = countWords(passphrase);
        if (distinctCharacters(passphrase) < 5) {
            return new PassphraseStrength(Level.WEAK, "vault.advice.weak");
        }
        if (words >= 4 && length >= 20) {
            return new PassphraseStrength(Level.VERY_STRONG, "vault.advice.veryStrong");
        }
        if (words >= 3 && length >= 15 || length >= 24) {
            return new PassphraseStrength(Level.STRONG, "vault.advice.strong");
        }
        if (length >= 12) {
            return new PassphraseStrength(Level.FAIR, "vault.advice.fair");
        }
        return new PassphraseStrength(Level.WEAK, "vault.advice.weak");
    }

    private static int countWords(char[] text) {
        int words = 0;
        boolean inWord = false;
        for (char c : text) {
            boolean letter = Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static int distinctCharacters(char[] text) {
        int distinct = 0;
        outer:
        for (int i = 0; i < text.length; i++) {
            for (int j = 0; j < i; j++) {
                if (text[j] == text[i]) {
                    continue outer;
                }
            }
            distinct++;
        }
        return distinct;
    }
}
