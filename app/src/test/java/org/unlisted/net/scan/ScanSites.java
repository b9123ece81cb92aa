package org.unlisted.net.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.unlisted.catalog.Broker;
import org.unlisted.people.Profile;

/** Made-up people-search sites with scan blocks, pointed at a local server, and the made-up person who looks. */
final class ScanSites {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** How the hand-written pages in this folder are laid out. */
    static final Broker.Scan SCAN = new Broker.Scan("article.person-card", "h2.name", ".age", ".places li",
            ".relatives li", "h2.name a", "No records found", "Access to this page has been denied");

    private ScanSites() {
    }

    /** A site on {@code host:port} whose search page is {@code path} (a template with placeholders). */
    static Broker site(String id, String host, int port, String path) {
        return site(id, host, port, path, SCAN);
    }

    static Broker site(String id, String host, int port, String path, Broker.Scan scan) {
        return new Broker(id, "Site " + id, List.of(host), Broker.Category.PEOPLE_SEARCH, Broker.Tier.B,
                Broker.Priority.NORMAL, null, null, null,
                new Broker.Search(true, "http://" + host + ":" + port + path, scan),
                new Broker.OptOut(Broker.Method.WEB_FORM, "https://" + id + ".example/optout", null, null, null,
                        null, null, null, null, null, 30, null),
                new Broker.Legal(null, null, Broker.AcceptsAgent.UNKNOWN, null), null, null, "Made up for a test.",
                List.of(new Broker.Source("https://example.org", "test")), TODAY);
    }

    /** Ana, 42, of Fresno, California; also known as Ana Lopez; born 9 March 1984. */
    static Profile ana() {
        return Profile.draft("Ana Ruiz", "CA").withId(1).withDetails(
                List.of(new Profile.OtherName("Ana Lopez", Profile.OtherName.Kind.MAIDEN)), LocalDate.of(1984, 3, 9),
                List.of(new Profile.Address("12 Oak St", "Fresno", "CA", "93701", 2019, null, true)),
                List.of("555-010-1234"), List.of("ana@example.org"));
    }

    static String page(String name) {
        try (InputStream in = ScanSites.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing test page " + name, e);
        }
    }
}
