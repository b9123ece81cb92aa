package org.unlisted.people;

import org.unlisted.core.Problem;

/** What can go wrong with profiles, households, consent and client files, each with a plain message. */
public enum PeopleProblem implements Problem {
    NAME_MISSING("PEOPLE-01", "people.error.nameMissing"),
    STATE_INVALID("PEOPLE-02", "people.error.stateInvalid"),
    BIRTH_DATE_INVALID("PEOPLE-03", "people.error.birthDateInvalid"),
    EMAIL_INVALID("PEOPLE-04", "people.error.emailInvalid"),
    PHONE_INVALID("PEOPLE-05", "people.error.phoneInvalid"),
    ADDRESS_INVALID("PEOPLE-06", "people.error.addressInvalid"),
    NOT_FOUND("PEOPLE-07", "people.error.notFound"),
    STORAGE("PEOPLE-08", "people.error.storage"),
    NO_CONSENT("PEOPLE-09", "people.error.noConsent"),
    CONSENT_INVALID("PEOPLE-10", "people.error.consentInvalid"),
    CSV_UNREADABLE("PEOPLE-11", "people.error.csvUnreadable"),
    CSV_NO_NAME_COLUMN("PEOPLE-12", "people.error.csvNoNameColumn"),
    CSV_ROWS_INVALID("PEOPLE-13", "people.error.csvRowsInvalid"),
    DUPLICATE("PEOPLE-14", "people.error.duplicate"),
    CASE_FILE_INVALID("PEOPLE-15", "people.error.caseFileInvalid"),
    YEARS_INVALID("PEOPLE-16", "people.error.yearsInvalid"),
    TOO_LONG("PEOPLE-17", "people.error.tooLong"),
    DUPLICATE_ROW("PEOPLE-18", "people.error.duplicateRow");

    private final String code;
    private final String messageKey;

    PeopleProblem(String code, String messageKey) {
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
