package org.unlisted.catalog;

/**
 * One problem in one definition file: which file, which field ({@code -} for the whole file), and
 * why, in the words a catalog maintainer needs. Holds no personal data.
 */
public record CatalogIssue(String file, String field, String reason) {

    /** As {@code catalog validate} prints it: {@code file: field: reason}. */
    @Override
    public String toString() {
        return file + ": " + field + ": " + reason;
    }
}
