package org.unlisted.catalog.bundle;

import org.unlisted.core.Problem;

/** Why a catalog update was refused or could not be made; the current catalog stays in every case. */
public enum BundleProblem implements Problem {
    NOT_A_BUNDLE("BUNDLE-01", "bundle.error.notABundle"),
    UNSIGNED("BUNDLE-02", "bundle.error.unsigned"),
    BAD_SIGNATURE("BUNDLE-03", "bundle.error.badSignature"),
    TAMPERED("BUNDLE-04", "bundle.error.tampered"),
    FILES_DIFFER("BUNDLE-05", "bundle.error.filesDiffer"),
    UNEXPECTED_ENTRY("BUNDLE-06", "bundle.error.unexpectedEntry"),
    TOO_LARGE("BUNDLE-07", "bundle.error.tooLarge"),
    INVALID_DEFINITION("BUNDLE-08", "bundle.error.invalidDefinition"),
    OLDER("BUNDLE-09", "bundle.error.older"),
    NEWER_FORMAT("BUNDLE-10", "bundle.error.newerFormat"),
    STORAGE("BUNDLE-11", "bundle.error.storage"),
    INVALID_CATALOG("BUNDLE-12", "bundle.error.invalidCatalog"),
    SIGNING_KEY("BUNDLE-13", "bundle.error.signingKey"),
    DOWNLOAD_FAILED("BUNDLE-14", "bundle.error.downloadFailed"),
    NOT_HTTPS("BUNDLE-15", "bundle.error.notHttps");

    private final String code;
    private final String messageKey;

    BundleProblem(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    /** Whether the update itself was refused (as opposed to a failure to fetch or save it). */
    public boolean isRefusal() {
        return ordinal() <= NEWER_FORMAT.ordinal();
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
