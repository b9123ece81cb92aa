package org.unlisted.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseEvent;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.OptOutCase;
import org.unlisted.cases.Overview;
import org.unlisted.catalog.Catalog;
import org.unlisted.catalog.CatalogLoader;
import org.unlisted.core.UnlistedException;
import org.unlisted.people.Consents;
import org.unlisted.people.Households;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.vault.CheckResult;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;
import org.unlisted.vault.VaultProblem;

class DemoVaultTest {
    static final Instant NOW = Instant.parse("2026-11-30T15:00:00Z");
    static Catalog catalog;

    @TempDir
    Path temp;
    final TestClock clock = new TestClock(NOW);

    @BeforeAll
    static void loadCatalog() throws UnlistedException {
        catalog = new CatalogLoader(LocalDate.of(2026, 11, 30)).bundled();
    }

    static Passphrase passphrase() {
        return Passphrase.wrap(DemoVault.PASSPHRASE.toCharArray());
    }

    /** Several "nows", including one just after midnight and one early in a year, where months and days wrap. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T15:00:00Z", "2026-03-01T00:10:00Z", "2027-01-02T23:59:00Z"})
    void thePersonalDemoHasACaseInEveryStateWithAConsistentHistory(String now) throws Exception {
        TestClock at = new TestClock(Instant.parse(now));
        try (Vault vault = DemoVault.create(temp.resolve("demo.db"), catalog, at, WorkspaceMode.PERSONAL)) {
            assertThat(WorkspaceMode.of(vault.settings())).contains(WorkspaceMode.PERSONAL);
            People people = new People(vault::connection, at);
            Profile self = people.self().orElseThrow();
            assertThat(people.list()).containsExactly(self);
            assertThat(self.legalName()).isEqualTo(DemoVault.SELF_NAME);
            assertThat(self.state()).isEqualTo("CA");
            assertThat(self.emails()).allMatch(e -> e.endsWith("@example.org"));
            assertThat(self.phones()).allMatch(p -> p.contains("555-01"));

            Cases cases = new Cases(vault::connection, catalog, at);
            Map<String, OptOutCase> byBroker = cases.forProfile(self.id());
            Set<CaseState> states = byBroker.values().stream().map(OptOutCase::state)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseState.class)));
            assertThat(states).isEqualTo(EnumSet.complementOf(EnumSet.of(CaseState.NOT_STARTED)));
            assertThat(byBroker.keySet()).allSatisfy(id -> assertThat(catalog.find(id)).isPresent());
            assertHistoriesConsistent(cases, byBroker.values(), at.instant());

            Overview overview = new Overview(vault::connection, at);
            assertThat(overview.overdue(null, 10)).extracting(OptOutCase::state).contains(CaseState.OVERDUE);
            assertThat(byBroker.get("radaris").round()).as("a relisted case is in its second round").isEqualTo(2);
            Map<YearMonth, Integer> removals = overview.removalsByMonth(null, 12);
            assertThat(removals.values().stream().filter(n -> n > 0).count()).isGreaterThanOrEqualTo(3);
            assertThat(people.get(self.id()).lastActivity()).isBeforeOrEqualTo(at.instant());
        }
    }

    @Test
    void anOverdueCaseBecameOverdueThroughTheAppAfterItsLegalDeadline() throws Exception {
        try (Vault vault = DemoVault.create(temp.resolve("demo.db"), catalog, clock, WorkspaceMode.PERSONAL)) {
            Profile self = new People(vault::connection, clock).self().orElseThrow();
            Cases cases = new Cases(vault::connection, catalog, clock);
            List<OptOutCase> overdue = cases.forProfile(self.id()).values().stream()
                    .filter(c -> c.state() == CaseState.OVERDUE).toList();
            assertThat(overdue).isNotEmpty().allSatisfy(c -> {
                assertThat(c.legalDue()).isBefore(LocalDate.now(clock));
                List<CaseEvent> history = cases.history(c.id());
                CaseEvent last = history.get(history.size() - 1);
                assertThat(last.actor()).isEqualTo(CaseEvent.Actor.APP);
                assertThat(history).extracting(CaseEvent::state).contains(CaseState.SUBMITTED);
                CaseEvent sent = history.stream().filter(e -> e.state() == CaseState.SUBMITTED).findFirst()
                        .orElseThrow();
                assertThat(Duration.between(sent.at(), clock.instant())).isGreaterThan(Duration.ofDays(45));
            });
            // Nothing else is waiting past its deadline without having been marked.
            assertThat(cases.markOverdue()).isZero();
        }
    }

    @Test
    void aRemovedCaseKeepsAScreenshotThatIsARealPng() throws Exception {
        try (Vault vault = DemoVault.create(temp.resolve("demo.db"), catalog, clock, WorkspaceMode.PERSONAL)) {
            Profile self = new People(vault::connection, clock).self().orElseThrow();
            Cases cases = new Cases(vault::connection, catalog, clock);
            List<CaseEvent.Attachment> attachments = new ArrayList<>();
            for (OptOutCase c : cases.forProfile(self.id()).values()) {
                for (CaseEvent e : cases.history(c.id())) {
                    if (!e.attachments().isEmpty()) {
                        assertThat(e.state()).isEqualTo(CaseState.REMOVED);
                        attachments.addAll(e.attachments());
                    }
                }
            }
            assertThat(attachments).singleElement().satisfies(a -> assertThat(a.mediaType()).isEqualTo("image/png"));
            byte[] png = cases.attachment(attachments.get(0).id());
            assertThat(png.length).isLessThan(4096);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(DemoVault.Screenshot.WIDTH);
            assertThat(image.getHeight()).isEqualTo(DemoVault.Screenshot.HEIGHT);
        }
    }

    @Test
    void theDemoReopensWithItsPassphraseAndPassesTheCheck() throws Exception {
        Path file = temp.resolve("demo.db");
        DemoVault.create(file, catalog, clock, WorkspaceMode.PERSONAL).close();

        try (Passphrase passphrase = passphrase()) {
            CheckResult result = Vault.check(file, passphrase);
            assertThat(result.sound()).isTrue();
            assertThat(result.schemaVersion()).isEqualTo(result.appSchemaVersion());
        }
        try (Passphrase passphrase = passphrase(); Vault vault = Vault.open(file, passphrase)) {
            assertThat(new People(vault::connection, clock).self()).isPresent();
        }
        try (Passphrase wrong = Passphrase.wrap("not the demo".toCharArray())) {
            assertThatThrownBy(() -> Vault.open(file, wrong)).isInstanceOf(UnlistedException.class);
        }
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                .as("the demo is an ordinary encrypted vault").doesNotContain("Alex").doesNotContain("SQLite format");
    }

    @Test
    void theClinicDemoHasThreeClientsAHouseholdAndConsentForEach() throws Exception {
        Path file = temp.resolve("clinic.db");
        try (Vault vault = DemoVault.create(file, catalog, clock, WorkspaceMode.CLINIC)) {
            assertThat(WorkspaceMode.of(vault.settings())).contains(WorkspaceMode.CLINIC);
            assertThat(vault.settings().get(WorkspaceMode.ADVOCATE_KEY)).contains(DemoVault.ADVOCATE);
            People people = new People(vault::connection, clock);
            List<Profile> clients = people.list();
            assertThat(clients).hasSize(3).noneMatch(Profile::self);
            assertThat(clients).extracting(Profile::state).containsExactlyInAnyOrder("CA", "VA", "NY");
            assertThat(people.self()).isEmpty();

            Households households = new Households(vault::connection);
            List<Households.Household> found = new ArrayList<>();
            for (Profile client : clients) {
                households.of(client.id()).ifPresent(found::add);
            }
            assertThat(found).hasSize(2).allSatisfy(h -> assertThat(h.members()).hasSize(2));
            assertThat(found.get(0).id()).isEqualTo(found.get(1).id());

            Consents consents = new Consents(vault::connection);
            Cases cases = new Cases(vault::connection, catalog, clock);
            LocalDate today = LocalDate.now(clock);
            Set<CaseState> states = EnumSet.noneOf(CaseState.class);
            for (Profile client : clients) {
                assertThat(consents.of(client.id())).as(client.legalName()).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.advocate()).isEqualTo(DemoVault.ADVOCATE));
                Map<String, OptOutCase> theirs = cases.forProfile(client.id());
                assertThat(theirs).as(client.legalName()).hasSizeGreaterThanOrEqualTo(3);
                for (OptOutCase c : theirs.values()) {
                    states.add(c.state());
                    assertThat(consents.current(client.id(), c.brokerId(), today))
                            .as("consent covers %s", c.brokerId()).isPresent();
                    Instant consentGiven = consents.of(client.id()).get(0).given().atStartOfDay(clock.getZone())
                            .toInstant();
                    assertThat(cases.history(c.id())).allSatisfy(e -> {
                        assertThat(e.actor()).isIn(CaseEvent.Actor.ADVOCATE, CaseEvent.Actor.APP);
                        assertThat(e.at()).isAfterOrEqualTo(consentGiven);
                    });
                }
                assertHistoriesConsistent(cases, theirs.values(), clock.instant());
            }
            assertThat(states).contains(CaseState.REMOVED, CaseState.SUBMITTED, CaseState.OVERDUE,
                    CaseState.NOT_FOUND, CaseState.FOUND);
            assertThat(new Overview(vault::connection, clock).overdue(null, 10)).isNotEmpty();
        }
        try (Passphrase passphrase = passphrase()) {
            assertThat(Vault.check(file, passphrase).sound()).isTrue();
        }
    }

    @Test
    void theSameClockGivesTheSameDemoInAnyFolder() throws Exception {
        for (WorkspaceMode mode : WorkspaceMode.values()) {
            List<String> first;
            List<String> second;
            try (Vault a = DemoVault.create(temp.resolve("a-" + mode).resolve("vault.db"), catalog, clock, mode)) {
                first = shape(a);
            }
            try (Vault b = DemoVault.create(temp.resolve("b-" + mode).resolve("vault.db"), catalog, clock, mode)) {
                second = shape(b);
            }
            assertThat(first).isNotEmpty().isEqualTo(second);
            assertThat(clock.instant()).as("the caller's clock is only read").isEqualTo(NOW);
        }
    }

    @Test
    void refusesAFileThatIsAlreadyThereAndLeavesItAlone() throws Exception {
        Path file = temp.resolve("taken.db");
        Files.writeString(file, "someone's file");
        assertThatThrownBy(() -> DemoVault.create(file, catalog, clock, WorkspaceMode.PERSONAL))
                .isInstanceOfSatisfying(UnlistedException.class,
                        e -> assertThat(e.problem()).isEqualTo(VaultProblem.ALREADY_EXISTS));
        assertThat(Files.readString(file)).isEqualTo("someone's file");
    }

    /** Every case's state is its last event's; events are in time order, within the last ~8 months, never after now. */
    static void assertHistoriesConsistent(Cases cases, Iterable<OptOutCase> all, Instant now) throws Exception {
        for (OptOutCase c : all) {
            List<CaseEvent> history = cases.history(c.id());
            assertThat(history).as(c.brokerId()).isNotEmpty();
            assertThat(history.get(history.size() - 1).state()).as(c.brokerId()).isEqualTo(c.state());
            assertThat(history.get(history.size() - 1).round()).as(c.brokerId()).isEqualTo(c.round());
            for (int i = 0; i < history.size(); i++) {
                CaseEvent e = history.get(i);
                assertThat(e.at()).as(c.brokerId()).isBeforeOrEqualTo(now)
                        .isAfter(now.minus(Duration.ofDays(DemoVault.HISTORY_DAYS + 1)));
                if (i > 0) {
                    assertThat(e.at()).as(c.brokerId()).isAfterOrEqualTo(history.get(i - 1).at());
                    assertThat(history.get(i - 1).state().canMoveTo(e.state()) || e.kind() == CaseEvent.Kind.NOTE)
                            .as("%s: %s to %s", c.brokerId(), history.get(i - 1).state(), e.state()).isTrue();
                }
            }
            assertThat(CaseState.NOT_STARTED.canMoveTo(history.get(0).state())).as(c.brokerId()).isTrue();
        }
    }

    /** Everything a person would see, without the ids. */
    private List<String> shape(Vault vault) throws Exception {
        List<String> lines = new ArrayList<>();
        People people = new People(vault::connection, clock);
        Cases cases = new Cases(vault::connection, catalog, clock);
        Consents consents = new Consents(vault::connection);
        Households households = new Households(vault::connection);
        lines.add("mode " + WorkspaceMode.of(vault.settings()).map(Enum::name).orElse("-"));
        lines.add("advocate " + vault.settings().get(WorkspaceMode.ADVOCATE_KEY).orElse("-"));
        for (Profile p : people.list()) {
            lines.add(p.withId(0).toString());
            lines.add("household " + households.of(p.id()).map(h -> h.members().size()).orElse(0));
            consents.of(p.id()).forEach(c -> lines.add(c.forProfile(0).toString()));
            for (OptOutCase c : cases.forProfile(p.id()).values()) {
                lines.add(String.join(" ", c.brokerId(), c.state().name(), Integer.toString(c.round()),
                        String.valueOf(c.updated()), String.valueOf(c.clockStart()), String.valueOf(c.legalDue()),
                        String.valueOf(c.expectedBy()), String.valueOf(c.recheckOn()), String.valueOf(c.law())));
                for (CaseEvent e : cases.history(c.id())) {
                    lines.add("  " + e.at() + " " + e.actor() + " " + e.actorName() + " " + e.kind() + " "
                            + e.state() + " " + e.note() + " " + e.urls() + " " + e.due() + " "
                            + e.attachments().stream().map(a -> a.name() + ":" + a.size()).toList());
                }
            }
        }
        return lines;
    }
}
