package org.unlisted.cli;

import org.unlisted.core.Problem;

/** Problems of the command line itself. */
enum CliProblem implements Problem {
    NO_TERMINAL("CLI-01", "cli.error.noTerminal"),
    PASSPHRASES_DIFFER("CLI-02", "cli.error.passphrasesDiffer"),
    BAD_CHOICE("CLI-03", "cli.error.badChoice"),
    CANNOT_WRITE("CLI-04", "cli.error.cannotWrite"),
    NO_EMAIL("CLI-05", "cli.error.noEmail"),
    NO_MAIL_ACCOUNT("CLI-06", "cli.error.noMailAccount"),
    CANNOT_READ_REPORT("CLI-07", "cli.error.cannotReadReport"),
    CANNOT_SCAN("CLI-08", "cli.error.cannotScan");

    private final String code;
    private final String messageKey;

    CliProblem(String code, String messageKey) {
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
