package org.unlisted.cases;

import org.unlisted.core.Problem;

/** What can go wrong while working a case, each with a plain message. */
public enum CaseProblem implements Problem {
    NOT_ALLOWED("CASES-01", "cases.error.notAllowed"),
    URL_NOT_THIS_BROKER("CASES-02", "cases.error.urlNotThisBroker"),
    URL_INVALID("CASES-03", "cases.error.urlInvalid"),
    STORAGE("CASES-04", "cases.error.storage"),
    ATTACHMENT_TOO_LARGE("CASES-05", "cases.error.attachmentTooLarge"),
    ATTACHMENT_UNREADABLE("CASES-06", "cases.error.attachmentUnreadable"),
    NOTE_REQUIRED("CASES-07", "cases.error.noteRequired"),
    NO_CLOCK("CASES-08", "cases.error.noClock"),
    NOTHING_TO_UNDO("CASES-09", "cases.error.nothingToUndo");

    private final String code;
    private final String messageKey;

    CaseProblem(String code, String messageKey) {
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
