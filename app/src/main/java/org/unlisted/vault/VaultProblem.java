package org.unlisted.vault;

import org.unlisted.core.Problem;

/** What can go wrong with the vault, each with a plain message. */
public enum VaultProblem implements Problem {
    CANNOT_OPEN("VAULT-01", "vault.error.cannotOpen"),
    NOT_FOUND("VAULT-02", "vault.error.notFound"),
    ALREADY_EXISTS("VAULT-03", "vault.error.alreadyExists"),
    NEWER_VERSION("VAULT-04", "vault.error.newerVersion"),
    EMPTY_PASSPHRASE("VAULT-05", "vault.error.emptyPassphrase"),
    DAMAGED("VAULT-06", "vault.error.damaged"),
    TARGET_EXISTS("VAULT-07", "vault.error.targetExists"),
    WRONG_CURRENT_PASSPHRASE("VAULT-08", "vault.error.wrongCurrent"),
    STORAGE("VAULT-09", "vault.error.storage");

    private final String code;
    private final String messageKey;

    VaultProblem(String code, String messageKey) {
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
