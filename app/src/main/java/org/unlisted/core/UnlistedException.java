package org.unlisted.core;

import java.util.Arrays;

/**
 * A failure with a plain, localized explanation. Its {@link #getMessage()} holds only the code
 * and message key, never personal data, so it is safe in logs and stack traces. Arguments must
 * be non-personal too (numbers, durations, version numbers).
 */
public class UnlistedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Object[] arguments;

    public UnlistedException(Problem problem, Object... arguments) {
        this(problem, null, arguments);
    }

    public UnlistedException(Problem problem, Throwable cause, Object... arguments) {
        super(problem.code() + " " + problem.messageKey(), cause);
        this.problem = problem;
        this.arguments = arguments.clone();
    }

    public Problem problem() {
        return problem;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }

    /** The message in the given language; when the disk is full, it says so first, whatever was being saved. */
    public String describe(Messages messages) {
        String message = messages.get(problem.messageKey(), arguments);
        return DiskFull.causedBy(getCause()) ? messages.get("error.diskFull") + " " + message : message;
    }
}
