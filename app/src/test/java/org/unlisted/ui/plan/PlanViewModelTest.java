package org.unlisted.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.unlisted.TestClock;
import org.unlisted.cases.CaseState;
import org.unlisted.cases.Cases;
import org.unlisted.cases.Plan;
import org.unlisted.catalog.CatalogSupply;
import org.unlisted.core.Messages;
import org.unlisted.people.Consent;
import org.unlisted.people.Consents;
import org.unlisted.people.People;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.task.SynchronousTaskRunner;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/** The plan's logic without a screen: filters, progress, opening a client's case, and consent for clinics. */
@ExtendWith(ApplicationExtension.class)
class PlanViewModelTest {
    @TempDir
    Path temp;
    final TestClock clock = new TestClock(Instant.parse("2026-11-29T10:00:00Z"));

    private Vault vault(WorkspaceMode mode) throws Exception {
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray())) {
            Vault vault = Vault.create(temp.resolve(mode + ".db"), passphrase);
            mode.saveTo(vault.settings());
            return vault;
        }
    }

    private PlanViewModel load(FxRobot robot, Vault vault) {
        PlanViewModel viewModel = new PlanViewModel(vault::connection, vault.settings(),
                CatalogSupply.startLoading(null, clock), new SynchronousTaskRunner(), Messages.forLocale(Locale.ENGLISH),
                clock);
        robot.interact(viewModel::load);
        return viewModel;
    }

    @Test
    void filtersAndProgressFollowTheCases(FxRobot robot) throws Exception {
        try (Vault vault = vault(WorkspaceMode.PERSONAL)) {
            new People(vault::connection, clock).add(Profile.draft("Ana Ruiz", "CA").asSelf());
            new People(vault::connection, clock).add(Profile.draft("Bo Other", "CA"));
            PlanViewModel viewModel = load(robot, vault);
            assertThat(viewModel.persons()).extracting(Profile::legalName).as("personal: only me")
                    .containsExactly("Ana Ruiz");
            int all = viewModel.items().size();
            assertThat(viewModel.progressTextProperty().get()).isEqualTo("0 of " + all + " sites done");

            robot.interact(() -> {
                viewModel.select("spokeo");
                assertThat(viewModel.mark(CaseState.SUBMITTED, "", "", List.of())).isTrue();
                viewModel.select("whitepages");
                assertThat(viewModel.mark(CaseState.NOT_FOUND, "", "", List.of())).isTrue();
                assertThat(viewModel.mark(CaseState.REMOVED, "", "", List.of())).isFalse();
            });
            assertThat(viewModel.problemProperty().get()).startsWith("That step does not follow");
            assertThat(viewModel.progressTextProperty().get()).as("Whitepages and the two sites it covers")
                    .isEqualTo("3 of " + all + " sites done");
            robot.interact(() -> viewModel.showProperty().set(PlanViewModel.Show.WAITING));
            assertThat(viewModel.items()).extracting(i -> i.broker().id()).containsExactly("spokeo");
            robot.interact(() -> viewModel.showProperty().set(PlanViewModel.Show.DONE));
            assertThat(viewModel.items()).extracting(i -> i.broker().id()).contains("whitepages", "411-com")
                    .doesNotContain("spokeo");
            robot.interact(() -> viewModel.showProperty().set(PlanViewModel.Show.TO_DO));
            assertThat(viewModel.items()).allMatch(i -> i.next().isToDo());
            robot.interact(() -> {
                viewModel.showProperty().set(PlanViewModel.Show.ALL);
                viewModel.sitesProperty().set(PlanViewModel.Sites.ALL);
            });
            assertThat(viewModel.items().size()).isGreaterThan(all);
            robot.interact(() -> viewModel.searchProperty().set("spokeo"));
            assertThat(viewModel.items()).extracting(i -> i.broker().id()).containsExactly("spokeo");
        }
    }

    @Test
    void aClinicSendsARequestOnlyWithTheClientsConsentAndOpensTheCaseItIsAskedFor(FxRobot robot) throws Exception {
        try (Vault vault = vault(WorkspaceMode.CLINIC)) {
            vault.settings().put(WorkspaceMode.ADVOCATE_KEY, "Dana Advocate");
            People people = new People(vault::connection, clock);
            Profile ana = people.add(Profile.draft("Ana Ruiz", "CA"));
            Profile bo = people.add(Profile.draft("Bo Lee", "VA"));
            PlanViewModel viewModel = load(robot, vault);
            assertThat(viewModel.persons()).hasSize(2);

            robot.interact(() -> viewModel.open(bo.id(), "radaris"));
            assertThat(viewModel.person()).isEqualTo(bo);
            assertThat(viewModel.selectedProperty().get().broker().id()).isEqualTo("radaris");
            robot.interact(() -> assertThat(viewModel.mark(CaseState.FOUND, "", "", List.of())).isTrue());
            robot.interact(() -> assertThat(viewModel.mark(CaseState.SUBMITTED, "", "", List.of())).isFalse());
            assertThat(viewModel.problemProperty().get()).contains("consent");
            assertThat(viewModel.selectedProperty().get().state()).isEqualTo(CaseState.FOUND);

            new Consents(vault::connection).record(new Consent(0, bo.id(), LocalDate.of(2026, 11, 1), List.of(),
                    "signed", LocalDate.of(2027, 11, 1), "Dana Advocate"));
            robot.interact(() -> assertThat(viewModel.mark(CaseState.SUBMITTED, "", "", List.of())).isTrue());
            assertThat(viewModel.history()).last().satisfies(event -> {
                assertThat(event.actorName()).isEqualTo("Dana Advocate");
                assertThat(event.state()).isEqualTo(CaseState.SUBMITTED);
            });
            robot.interact(() -> assertThat(viewModel.undo()).isTrue());
            assertThat(viewModel.selectedProperty().get().state()).isEqualTo(CaseState.FOUND);
            assertThat(viewModel.history()).last().satisfies(event ->
                    assertThat(event.note()).isEqualTo("Undone: the last step was a mistake."));

            robot.interact(() -> viewModel.open(ana.id(), null));
            assertThat(viewModel.person()).isEqualTo(ana);
            Plan.Item first = viewModel.items().get(0);
            assertThat(first.state()).isEqualTo(CaseState.NOT_STARTED);
            assertThat(new Cases(vault::connection, viewModel.catalogProperty().get(), clock).forProfile(ana.id()))
                    .isEmpty();
        }
    }

    @Test
    void pastTheDeadlineTheFollowUpAndTheComplaintAreKeptWordForWord(FxRobot robot) throws Exception {
        try (Vault vault = vault(WorkspaceMode.PERSONAL)) {
            new People(vault::connection, clock).add(Profile.draft("Ana Ruiz", "CA").asSelf());
            PlanViewModel first = load(robot, vault);
            robot.interact(() -> {
                first.select("mylife");
                assertThat(first.letterSent(org.unlisted.letters.LetterKind.DELETE, "sent by me")).isTrue();
            });
            assertThat(first.selectedProperty().get().state()).isEqualTo(CaseState.SUBMITTED);
            clock.advance(java.time.Duration.ofDays(46));

            PlanViewModel later = load(robot, vault);
            robot.interact(() -> later.select("mylife"));
            assertThat(later.selectedProperty().get().state()).as("the app noticed").isEqualTo(CaseState.OVERDUE);
            assertThat(later.draft().kind()).isEqualTo(org.unlisted.letters.LetterKind.FOLLOW_UP);
            robot.interact(() -> later.lawChoiceProperty().set("none"));
            assertThat(later.draft(org.unlisted.letters.LetterKind.DELETE).body()).doesNotContain("Civ. Code");
            robot.interact(() -> later.lawChoiceProperty().set("gdpr"));
            assertThat(later.draft(org.unlisted.letters.LetterKind.DELETE).body()).contains("Article 17");
            robot.interact(() -> later.lawChoiceProperty().set("auto"));
            assertThat(PlanViewModel.lawChoices()).startsWith("auto", "none").contains("ca", "gdpr");
            robot.interact(() -> assertThat(later.letterSent(org.unlisted.letters.LetterKind.COMPLAINT, "filed"))
                    .isTrue());
            assertThat(later.selectedProperty().get().state()).isEqualTo(CaseState.ESCALATED);
            assertThat(later.history()).extracting(e -> e.attachments().isEmpty() ? "" : e.attachments().get(0).name())
                    .containsExactly("letter-delete-2026-11-29.txt", "", "letter-complaint-2027-01-14.txt");
        }
    }

    @Test
    void aCaliforniaDropRequestIsRecordedAndCoversRegisteredBrokers(FxRobot robot) throws Exception {
        try (Vault vault = vault(WorkspaceMode.PERSONAL)) {
            new People(vault::connection, clock).add(Profile.draft("Ana Ruiz", "CA").asSelf());
            PlanViewModel viewModel = load(robot, vault);
            robot.interact(() -> {
                assertThat(viewModel.recordDrop(LocalDate.of(2027, 1, 1), "D-1")).as("a future day").isFalse();
                assertThat(viewModel.recordDrop(LocalDate.of(2026, 11, 2), " ")).isFalse();
            });
            assertThat(viewModel.problemProperty().get()).startsWith("Give the day you sent");
            assertThat(viewModel.dropRequest()).isEmpty();
            robot.interact(() -> {
                assertThat(viewModel.recordDrop(LocalDate.of(2026, 11, 2), "D-1")).isTrue();
                viewModel.sitesProperty().set(PlanViewModel.Sites.ALL);
            });
            assertThat(viewModel.dropRequest()).hasValueSatisfying(r -> assertThat(r.confirmation()).isEqualTo("D-1"));
            assertThat(viewModel.items()).filteredOn(i -> i.broker().id().equals("33across"))
                    .singleElement().satisfies(i -> assertThat(i.next()).isEqualTo(org.unlisted.cases.NextAction.DROP));
        }
    }

    @Test
    void reportsGoToTheChosenFile(FxRobot robot) throws Exception {
        try (Vault vault = vault(WorkspaceMode.CLINIC)) {
            new People(vault::connection, clock).add(Profile.draft("Ana Ruiz", "CA"));
            PlanViewModel viewModel = load(robot, vault);
            Path pdf = temp.resolve("ana.pdf");
            Path csv = temp.resolve("ana.csv");
            Path all = temp.resolve("all.pdf");
            robot.interact(() -> {
                viewModel.saveReport(PlanViewModel.Report.PERSON_PDF, pdf);
                viewModel.saveReport(PlanViewModel.Report.PERSON_CSV, csv);
                viewModel.saveReport(PlanViewModel.Report.CASELOAD_PDF, all);
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(viewModel.savedProperty().get()).isEqualTo("The report was saved where you chose.");
            try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Ana Ruiz");
            }
            assertThat(java.nio.file.Files.readString(csv)).isNotEmpty();
            assertThat(all).isNotEmptyFile();
        }
    }
}
