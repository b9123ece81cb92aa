package org.unlisted.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.core.UnlistedException;
import tools.jackson.databind.node.ObjectNode;

class CatalogLoaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path temp;
    TestCatalog files;
    CatalogLoader loader = new CatalogLoader(TODAY);

    @BeforeEach
    void setUp() throws Exception {
        files = new TestCatalog(temp.resolve("catalog"));
    }

    private Catalog load() throws UnlistedException {
        return loader.load(files.folder());
    }

    @Test
    void readsEveryValidDefinition() throws Exception {
        files.add("alpha").add("beta", b -> b.put("category", "phone-lookup"));

        Catalog catalog = load();

        assertThat(catalog.issues()).isEmpty();
        assertThat(catalog.brokers()).extracting(Broker::id).containsExactlyInAnyOrder("alpha", "beta");
        Broker beta = catalog.find("beta").orElseThrow();
        assertThat(beta.category()).isEqualTo(Broker.Category.PHONE_LOOKUP);
        assertThat(beta.optOut().method()).isEqualTo(Broker.Method.WEB_FORM);
        assertThat(beta.lastVerified()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void aBrokenFileIsLeftOutWithItsNameAndReasonAndTheRestStillLoads() throws Exception {
        files.add("alpha").write("broken.json", "{\"id\": \"broken\", ");

        Catalog catalog = load();

        assertThat(catalog.brokers()).extracting(Broker::id).containsExactly("alpha");
        assertThat(catalog.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.file()).isEqualTo("broken.json");
            assertThat(issue.reason()).contains("not valid JSON");
        });
    }

    @Test
    void schemaProblemsNameTheField() throws Exception {
        files.add("alpha", b -> ((ObjectNode) b.get("optOut")).put("url", "http://alpha.example/opt-out"))
                .add("beta", b -> b.remove("name"))
                .add("gamma", b -> b.put("category", "gossip"));

        Catalog catalog = load();

        assertThat(catalog.size()).isZero();
        assertThat(catalog.issues()).extracting(CatalogIssue::toString).anySatisfy(
                line -> assertThat(line).startsWith("alpha.json: optOut.url: ").contains("https"));
        assertThat(catalog.issues()).extracting(CatalogIssue::toString).anySatisfy(
                line -> assertThat(line).startsWith("beta.json: name: "));
        assertThat(catalog.issues()).extracting(CatalogIssue::field).contains("category");
    }

    @Test
    void rulesBeyondTheSchema() throws Exception {
        files.add("alpha", b -> b.put("id", "other"))
                .add("beta", b -> ((ObjectNode) b.get("optOut")).put("method", "email"))
                .add("gamma", b -> b.putObject("search").put("allowsSearch", true)
                        .put("url", "https://gamma.example/{first}-{surname}"))
                .add("delta", b -> b.put("lastVerified", "2026-12-01"))
                .add("epsilon", b -> b.put("tier", "A"))
                .add("zeta", b -> b.put("lastVerified", "2026-02-30"));

        Catalog catalog = load();

        assertThat(catalog.size()).isZero();
        assertThat(catalog.issues()).extracting(CatalogIssue::toString).contains(
                "alpha.json: id: the file must be named other.json",
                "beta.json: optOut.email: an email opt-out needs an address",
                "gamma.json: search.url: unknown placeholder {surname}: use {first}, {last}, {city} or {state}",
                "delta.json: lastVerified: is in the future",
                "epsilon.json: priorityWhy: tier A needs it",
                "epsilon.json: showsRelatives: tier A needs it");
        assertThat(catalog.issues()).extracting(CatalogIssue::file).contains("zeta.json");
    }

    @Test
    void aDomainInTwoFilesKeepsTheFirst() throws Exception {
        files.add("alpha").add("beta", b -> b.putArray("domains").add("beta.example").add("alpha.example"));

        Catalog catalog = load();

        assertThat(catalog.brokers()).extracting(Broker::id).containsExactly("alpha");
        assertThat(catalog.issues()).extracting(CatalogIssue::toString)
                .containsExactly("beta.json: domains: alpha.example is also listed in alpha.json");
    }

    @Test
    void anIdInTwoFilesKeepsTheFirst() throws Exception {
        files.add("alpha").add("alpha-copy", b -> b.put("id", "alpha"));
        // The copy is named for another id, so rename it to pass the file-name rule and reach the id rule.
        java.nio.file.Files.move(files.folder().resolve("alpha-copy.json"), files.folder().resolve("zz.json"));

        Catalog catalog = load();

        assertThat(catalog.find("alpha")).isPresent();
        assertThat(catalog.issues()).extracting(CatalogIssue::file).containsOnly("zz.json");
    }

    @Test
    void groupsResolveAgreeBothWaysAndDoNotLoop() throws Exception {
        files.add("parent", b -> b.putArray("covers").add("child").add("ghost"))
                .add("child", b -> {
                    b.put("group", "parent");
                    ((ObjectNode) b.get("optOut")).put("method", "via-group");
                })
                .add("stray", b -> b.put("group", "parent"))
                .add("loop-a", b -> {
                    b.put("group", "loop-b");
                    b.putArray("covers").add("loop-b");
                })
                .add("loop-b", b -> {
                    b.put("group", "loop-a");
                    b.putArray("covers").add("loop-a");
                });

        Catalog catalog = load();

        assertThat(catalog.issues()).extracting(CatalogIssue::toString).contains(
                "parent.json: covers: no broker has the id ghost",
                "stray.json: group: parent does not list stray in its covers",
                "loop-a.json: group: the chain of groups comes back to loop-a");
        // Leaving the parent out leaves the child pointing at nothing: it goes too, with its reason.
        assertThat(catalog.find("child")).isEmpty();
        assertThat(catalog.issues()).extracting(CatalogIssue::toString)
                .contains("child.json: group: no broker has the id parent");
    }

    @Test
    void aWorkingGroupIsMapped() throws Exception {
        files.add("parent", b -> b.putArray("covers").add("child"))
                .add("child", b -> {
                    b.put("group", "parent");
                    ((ObjectNode) b.get("optOut")).put("method", "via-group").remove("url");
                });

        Catalog catalog = load();

        assertThat(catalog.issues()).isEmpty();
        Broker parent = catalog.find("parent").orElseThrow();
        Broker child = catalog.find("child").orElseThrow();
        assertThat(catalog.covered(parent)).containsExactly(child);
        assertThat(catalog.group(child)).contains(parent);
        assertThat(catalog.brokers().get(0)).isEqualTo(parent);
    }

    @Test
    void findsTheBrokerOfAWebAddress() throws Exception {
        files.add("alpha", b -> b.putArray("domains").add("alpha.example").add("alpha-people.example"));

        Catalog catalog = load();

        assertThat(catalog.forHost("www.alpha.example")).map(Broker::id).contains("alpha");
        assertThat(catalog.forHost("people.ALPHA-PEOPLE.example")).map(Broker::id).contains("alpha");
        assertThat(catalog.forHost("alpha.example.evil.example")).isEmpty();
        assertThat(catalog.forHost("example")).isEmpty();
    }

    @Test
    void aMissingFolderIsAClearProblem() {
        assertThatThrownBy(() -> loader.load(temp.resolve("nowhere")))
                .isInstanceOfSatisfying(UnlistedException.class,
                        e -> assertThat(e.problem()).isEqualTo(CatalogProblem.NOT_A_FOLDER));
    }
}
