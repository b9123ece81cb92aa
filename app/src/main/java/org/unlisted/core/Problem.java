package org.unlisted.core;

/**
 * Something that went wrong, as the person should hear it: a short code to quote when asking
 * for help, and the key of a plain message in the resource bundle. Each capability keeps its own
 * enum of problems.
 */
public interface Problem {
    /** Short, stable, safe to show and to log, e.g. {@code VAULT-02}. */
    String code();

    /** Key of the message in {@code org/unlisted/i18n/messages}. */
    String messageKey();
}
