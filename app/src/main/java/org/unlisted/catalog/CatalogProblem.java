package org.unlisted.catalog;

import org.unlisted.core.Problem;

/** What can go wrong with the catalog or with a broker the person adds. */
public enum CatalogProblem implements Problem {
    MISSING("CATALOG-01", "catalog.error.missing"),
    NOT_A_FOLDER("CATALOG-02", "catalog.error.notAFolder"),
    UNKNOWN_BROKER("CATALOG-03", "catalog.error.unknownBroker"),
    OWN_NAME_MISSING("CATALOG-04", "catalog.error.ownNameMissing"),
    OWN_BAD_ADDRESS("CATALOG-05", "catalog.error.ownBadAddress"),
    OWN_NO_ROUTE("CATALOG-06", "catalog.error.ownNoRoute"),
    OWN_ALREADY_LISTED("CATALOG-07", "catalog.error.ownAlreadyListed"),
    STORAGE("CATALOG-08", "catalog.error.storage"),
    UNKNOWN_CATEGORY("CATALOG-09", "catalog.error.unknownCategory");

    private final String code;
    private final String messageKey;

    CatalogProblem(String code, String messageKey) {
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
