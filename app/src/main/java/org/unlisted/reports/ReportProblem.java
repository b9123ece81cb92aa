package org.unlisted.reports;

import org.unlisted.core.Problem;

/** What can go wrong while making a report. */
public enum ReportProblem implements Problem {
    PDF("REPORTS-01", "reports.error.pdf"),
    WRITE("REPORTS-02", "reports.error.write");

    private final String code;
    private final String messageKey;

    ReportProblem(String code, String messageKey) {
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
