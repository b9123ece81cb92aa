package org.unlisted.catalog;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unlisted.core.EmailAddress;
import org.unlisted.core.UnlistedException;

/**
 * Sites the person found that the catalog does not list. They are kept in the vault (which sites
 * someone is listed on is private too) in the same JSON form as the catalog's files, pass the same
 * checks, and then behave like any other broker.
 */
public final class OwnBrokers {
    private static final Logger LOG = LoggerFactory.getLogger(OwnBrokers.class);
    private static final Pattern DOMAIN = Pattern.compile("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

    private final Supplier<Connection> connection;
    private final DefinitionReader reader;

    public OwnBrokers(Supplier<Connection> connection, DefinitionReader reader) {
        this.connection = connection;
        this.reader = reader;
    }

    /** What the person types to add a site. Only the name, the site and one way to opt out are needed. */
    public record Form(String name, String site, Broker.Category category, String optOutPage, String email,
                       String notes) {
    }

    public List<Broker> list() throws UnlistedException {
        List<Broker> own = new ArrayList<>();
        try (PreparedStatement query = connection.get().prepareStatement(
                "SELECT id, definition FROM own_broker ORDER BY added");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                DefinitionReader.Result result = reader.read(rows.getString(1), rows.getString(2));
                if (result.ok()) {
                    own.add(result.broker());
                } else {
                    // Not the issues themselves: their file name is the site's domain, which is private.
                    LOG.warn("A broker you added could not be read ({} problems)", result.issues().size());
                }
            }
        } catch (SQLException e) {
            throw new UnlistedException(CatalogProblem.STORAGE, e);
        }
        return own;
    }

    /** Checks the form against the catalog, saves the new broker and returns it. Saves nothing on a problem. */
    public Broker add(Form form, Catalog catalog, LocalDate today) throws UnlistedException {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw new UnlistedException(CatalogProblem.OWN_NAME_MISSING);
        }
        String domain = domainOf(form.site());
        String page = blankToNull(form.optOutPage());
        String email = blankToNull(form.email());
        if (page != null) {
            page = page.contains("://") ? page : "https://" + page;
            if (!page.startsWith("https://") || domainOf(page) == null) {
                throw new UnlistedException(CatalogProblem.OWN_BAD_ADDRESS);
            }
        }
        if (domain == null || (email != null && !EmailAddress.looksValid(email))) {
            throw new UnlistedException(CatalogProblem.OWN_BAD_ADDRESS);
        }
        if (page == null && email == null) {
            throw new UnlistedException(CatalogProblem.OWN_NO_ROUTE);
        }
        Broker listed = catalog.forHost(domain).orElse(null);
        if (listed != null) {
            throw new UnlistedException(CatalogProblem.OWN_ALREADY_LISTED, listed.name());
        }
        String id = "own-" + domain.replaceAll("[^a-z0-9]+", "-");
        Broker broker = new Broker(id, name, List.of(domain),
                form.category() == null ? Broker.Category.OTHER : form.category(), Broker.Tier.OWN,
                Broker.Priority.NORMAL, null, null, null, null,
                new Broker.OptOut(page != null ? Broker.Method.WEB_FORM : Broker.Method.EMAIL, page, email,
                        null, null, null, null, null, null, null, null, null),
                new Broker.Legal(null, null, Broker.AcceptsAgent.UNKNOWN, null), null, null,
                blankToNull(form.notes()) == null ? "Added by you." : form.notes().strip(),
                List.of(new Broker.Source("https://" + domain, "added by you")), today);
        String json = reader.json().writeValueAsString(broker);
        DefinitionReader.Result checked = reader.read(id, json);
        if (!checked.ok()) {
            throw new UnlistedException(CatalogProblem.OWN_BAD_ADDRESS);
        }
        try (PreparedStatement insert = connection.get().prepareStatement(
                "INSERT INTO own_broker (id, definition, added) VALUES (?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, json);
            insert.setString(3, today.toString());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new UnlistedException(CatalogProblem.STORAGE, e);
        }
        return checked.broker();
    }

    public void remove(String id) throws UnlistedException {
        try (PreparedStatement delete = connection.get().prepareStatement("DELETE FROM own_broker WHERE id = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new UnlistedException(CatalogProblem.STORAGE, e);
        }
    }

    /** {@code https://www.Example.com/x} and {@code example.com} both give {@code example.com}. */
    static String domainOf(String site) {
        if (site == null || site.isBlank()) {
            return null;
        }
        String text = site.strip();
        try {
            String host = URI.create(text.contains("://") ? text : "https://" + text).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            return DOMAIN.matcher(host).matches() ? host : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
