package org.unlisted.net;

import org.unlisted.core.Problem;

/** What can go wrong when the app goes online, each with a plain message. */
public enum NetProblem implements Problem {
    TIMEOUT("NET-01", "net.error.timeout"),
    UNREACHABLE("NET-02", "net.error.unreachable"),
    TOO_LARGE("NET-03", "net.error.tooLarge"),
    FOREIGN_REDIRECT("NET-04", "net.error.foreignRedirect"),
    CANCELLED("NET-05", "net.error.cancelled"),
    BUSY("NET-06", "net.error.busy"),
    PROXY("NET-07", "net.error.proxy"),
    BAD_ADDRESS("NET-08", "net.error.badAddress"),
    HOST_NOT_ALLOWED("NET-09", "net.error.hostNotAllowed"),
    BAD_PROXY_SETTING("NET-10", "net.error.badProxySetting");

    private final String code;
    private final String messageKey;

    NetProblem(String code, String messageKey) {
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
