package org.unlisted.mail;

import org.unlisted.core.Problem;

/** What can go wrong with the person's own mail account, each with a plain message saying what to check. */
public enum MailProblem implements Problem {
    HOST_INVALID("MAIL-01", "mail.error.hostInvalid"),
    PORT_INVALID("MAIL-02", "mail.error.portInvalid"),
    FROM_INVALID("MAIL-03", "mail.error.fromInvalid"),
    USERNAME_MISSING("MAIL-04", "mail.error.usernameMissing"),
    PASSWORD_MISSING("MAIL-05", "mail.error.passwordMissing"),
    TO_INVALID("MAIL-06", "mail.error.toInvalid"),
    CANNOT_REACH("MAIL-07", "mail.error.cannotReach"),
    UNKNOWN_HOST("MAIL-08", "mail.error.unknownHost"),
    TLS_NOT_OFFERED("MAIL-09", "mail.error.tlsNotOffered"),
    TLS_FAILED("MAIL-10", "mail.error.tlsFailed"),
    AUTH_FAILED("MAIL-11", "mail.error.authFailed"),
    TIMEOUT("MAIL-12", "mail.error.timeout"),
    RECIPIENT_REFUSED("MAIL-13", "mail.error.recipientRefused"),
    REFUSED("MAIL-14", "mail.error.refused"),
    FAILED("MAIL-15", "mail.error.failed"),
    STORAGE("MAIL-16", "mail.error.storage"),
    AUTH_NOT_OFFERED("MAIL-17", "mail.error.authNotOffered");

    private final String code;
    private final String messageKey;

    MailProblem(String code, String messageKey) {
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
