package org.unlisted.letters;

/** The letters Unlisted writes. */
public enum LetterKind {
    /** Delete my data, stop selling or sharing it, remove me from every site you run. */
    DELETE,
    /** The deadline passed: act now, or I complain. */
    FOLLOW_UP,
    /** An address-confidentiality participant's written demand not to post their home address or phone. */
    ACP,
    /** An advocate's cover letter, sent as the person's authorized agent with their signed permission. */
    AGENT,
    /** A complaint to the regulator, with the case's timeline. */
    COMPLAINT
}
