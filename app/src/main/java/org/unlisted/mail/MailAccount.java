package org.unlisted.mail;

import java.net.IDN;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unlisted.core.EmailAddress;
import org.unlisted.core.UnlistedException;
import org.unlisted.vault.VaultSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The person's own account for sending mail (SMTP): the server, how the connection is secured,
 * the login and the address mail comes from. It is kept only inside the encrypted vault, and so
 * is its password (under its own setting, so loading the account never reads the password).
 *
 * <p>{@link #toString()} names no value: the server, login and address can all identify a person.
 */
public final class MailAccount {
    private static final Logger LOG = LoggerFactory.getLogger(MailAccount.class);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** Letters, digits and hyphens in dot-separated labels (after {@link IDN#toASCII}); also fits an IPv4 address. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}+");
    private static final int MAX_HOST = 253;

    /** Vault setting holding the account as one JSON value, so it is saved all at once. */
    static final String ACCOUNT_SETTING = "smtp.account";
    /** Vault setting holding the password. */
    static final String PASSWORD_SETTING = "smtp.password";

    /** How the connection to the server is protected. There is no unprotected choice. */
    public enum Security {
        /**
         * Connect, then switch to TLS with STARTTLS before logging in. Required, not opportunistic:
         * a server that does not offer STARTTLS is refused. Usually port 587.
         */
        STARTTLS(587),
        /** TLS from the first byte ("SSL/TLS", implicit TLS). Usually port 465. */
        SSL_TLS(465);

        private final int usualPort;

        Security(int usualPort) {
            this.usualPort = usualPort;
        }

        /** The port providers usually give for this kind of connection, to fill in a form. */
        public int usualPort() {
            return usualPort;
        }
    }

    private final String host;
    private final int port;
    private final Security security;
    private final String username;
    private final String fromAddress;
    private final String displayName;

    private MailAccount(String host, int port, Security security, String username, String fromAddress,
            String displayName) {
        this.host = host;
        this.port = port;
        this.security = security;
        this.username = username;
        this.fromAddress = fromAddress;
        this.displayName = displayName;
    }

    /**
     * Checks and tidies what the person typed: surrounding spaces go, a server name in another
     * script is turned into its ASCII form, and line breaks in the display name become spaces (a
     * line break there could add a header to every message).
     *
     * @param displayName the name shown beside the address; may be null or blank for none
     * @throws UnlistedException {@link MailProblem#HOST_INVALID}, {@link MailProblem#PORT_INVALID},
     *         {@link MailProblem#USERNAME_MISSING} or {@link MailProblem#FROM_INVALID}
     */
    public static MailAccount of(String host, int port, Security security, String username, String fromAddress,
            String displayName) throws UnlistedException {
        Objects.requireNonNull(security, "security");
        String checkedHost = checkHost(host);
        if (port < 1 || port > 65535) {
            throw new UnlistedException(MailProblem.PORT_INVALID);
        }
        String user = username == null ? "" : username.strip();
        if (user.isEmpty()) {
            throw new UnlistedException(MailProblem.USERNAME_MISSING);
        }
        String from = fromAddress == null ? "" : fromAddress.strip();
        if (!EmailAddress.looksValid(from)) {
            throw new UnlistedException(MailProblem.FROM_INVALID);
        }
        String name = displayName == null ? "" : CONTROL.matcher(displayName).replaceAll(" ").strip();
        return new MailAccount(checkedHost, port, security, user, from, name);
    }

    private static String checkHost(String host) throws UnlistedException {
        String stripped = host == null ? "" : host.strip();
        String ascii;
        try {
            ascii = IDN.toASCII(stripped, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            throw new UnlistedException(MailProblem.HOST_INVALID);
        }
        if (ascii.isEmpty() || ascii.length() > MAX_HOST || !HOST.matcher(ascii).matches()) {
            throw new UnlistedException(MailProblem.HOST_INVALID);
        }
        return ascii;
    }

    /** The saved account, or empty when none is saved (or what is saved can no longer be read). */
    public static Optional<MailAccount> load(VaultSettings settings) {
        Optional<String> text = settings.get(ACCOUNT_SETTING).filter(value -> !value.isBlank());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Stored stored = JSON.readValue(text.get(), Stored.class);
            Optional<Security> security = Arrays.stream(Security.values())
                    .filter(kind -> kind.name().equals(stored.security())).findFirst();
            if (security.isEmpty()) {
                return unreadable("unknown security");
            }
            return Optional.of(of(stored.host(), stored.port(), security.get(), stored.username(), stored.fromAddress(),
                    stored.displayName()));
        } catch (JacksonException | UnlistedException e) {
            // The type only: the stored text is personal.
            return unreadable(e.getClass().getSimpleName());
        }
    }

    private static Optional<MailAccount> unreadable(String why) {
        LOG.warn("The saved mail account could not be read ({}); it is treated as not set up", why);
        return Optional.empty();
    }

    /**
     * The saved password as a new array the caller should wipe (fill with zeros) after use; empty
     * when none is saved.
     */
    public static Optional<char[]> loadPassword(VaultSettings settings) {
        return settings.get(PASSWORD_SETTING).filter(value -> !value.isEmpty()).map(String::toCharArray);
    }

    /**
     * Saves this account and its password in the vault, replacing any account saved before. The
     * password is written first, then the account in one step.
     *
     * @param password the password to keep, not kept by this method (the caller still owns and
     *        wipes it); null keeps the password already saved
     * @throws UnlistedException {@link MailProblem#PASSWORD_MISSING} when there is no password
     *         (none given and none saved), {@link MailProblem#STORAGE} when the vault could not
     *         be written
     */
    public void save(VaultSettings settings, char[] password) throws UnlistedException {
        try {
            if (password == null) {
                if (settings.get(PASSWORD_SETTING).filter(value -> !value.isEmpty()).isEmpty()) {
                    throw new UnlistedException(MailProblem.PASSWORD_MISSING);
                }
            } else if (password.length == 0) {
                throw new UnlistedException(MailProblem.PASSWORD_MISSING);
            } else {
                // VaultSettings keeps Strings; this one lives only until the collector takes it.
                settings.put(PASSWORD_SETTING, new String(password));
            }
            settings.put(ACCOUNT_SETTING, JSON.writeValueAsString(
                    new Stored(host, port, security.name(), username, fromAddress, displayName)));
        } catch (IllegalStateException | JacksonException e) {
            throw new UnlistedException(MailProblem.STORAGE, e);
        }
    }

    /**
     * Removes the saved account and password. The settings are overwritten with nothing, as the
     * vault's settings cannot be deleted one by one.
     */
    public static void forget(VaultSettings settings) throws UnlistedException {
        try {
            settings.put(PASSWORD_SETTING, "");
            settings.put(ACCOUNT_SETTING, "");
        } catch (IllegalStateException e) {
            throw new UnlistedException(MailProblem.STORAGE, e);
        }
    }

    /** The server name for sending mail, in ASCII form, for example {@code smtp.example.org}. */
    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public Security security() {
        return security;
    }

    /** The login name; often, not always, the email address. */
    public String username() {
        return username;
    }

    /** The address messages come from. */
    public String fromAddress() {
        return fromAddress;
    }

    /** The name shown beside the address; blank for none. */
    public String displayName() {
        return displayName;
    }

    /** The part of the from address after the {@code @}, lower case. */
    String fromDomain() {
        return fromAddress.substring(fromAddress.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAccount that && port == that.port && host.equals(that.host)
                && security == that.security && username.equals(that.username)
                && fromAddress.equals(that.fromAddress) && displayName.equals(that.displayName);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new Object[] {host, port, security, username, fromAddress, displayName});
    }

    @Override
    public String toString() {
        return "MailAccount[hidden]";
    }

    /** The stored form (JSON in the vault). */
    private record Stored(String host, int port, String security, String username, String fromAddress,
            String displayName) {
    }
}
