package org.unlisted.core;

import java.util.regex.Pattern;

/** The one check of what an email address looks like (the broker schema uses the same pattern). */
public final class EmailAddress {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}$");

    private EmailAddress() {
    }

    public static boolean looksValid(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
