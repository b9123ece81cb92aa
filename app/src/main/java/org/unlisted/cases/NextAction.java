package org.unlisted.cases;

/** What the person should do next about one broker, in the words the plan and the dashboard use. */
public enum NextAction {
    /** Look yourself up on the site. */
    SEARCH,
    /** Send the removal request (form, email, letter, call). */
    REQUEST,
    /** Click the link in the broker's confirmation email. */
    CONFIRM_EMAIL,
    /** Nothing to do until the broker answers or the expected date comes. */
    WAIT,
    /** The broker should have finished: look whether the listing is gone. */
    CHECK_GONE,
    /** The legal deadline passed: send a follow-up or complain to the regulator. */
    FOLLOW_UP,
    /** Time to look again whether the listing came back. */
    RECHECK,
    /** The site wants an ID, an account or payment: decide, or send a legal request by letter. */
    DECIDE,
    /** A complaint is with the regulator: wait for it, and mark the listing removed when it goes. */
    AWAIT_REGULATOR,
    /** Another site's opt-out covers this one. */
    COVERED,
    /** The person's California DROP request reaches this registered broker: wait for it. */
    DROP,
    /** No known way to opt out. */
    NO_ROUTE,
    /** Done for now. */
    NONE;

    /** Something the person can do today, as opposed to waiting. */
    public boolean isToDo() {
        return this == SEARCH || this == REQUEST || this == CONFIRM_EMAIL || this == CHECK_GONE
                || this == FOLLOW_UP || this == RECHECK || this == DECIDE;
    }
}
