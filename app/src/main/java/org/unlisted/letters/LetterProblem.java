package org.unlisted.letters;

import org.unlisted.core.Problem;

/** What can go wrong while making a letter. */
public enum LetterProblem implements Problem {
    PDF("LETTERS-01", "letters.error.pdf");

    private final String code;
    private final String messageKey;

    LetterProblem(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
