package org.unlisted.vault;

/** What a check of a vault file found: its schema version, this app's, and whether it is sound. */
public record CheckResult(int schemaVersion, int appSchemaVersion, boolean sound) {
}
