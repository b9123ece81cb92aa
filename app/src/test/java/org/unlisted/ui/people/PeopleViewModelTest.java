package org.unlisted.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.TestClock;
import org.unlisted.core.Messages;
import org.unlisted.people.Profile;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/** The clinic screen's logic without a screen: spreadsheet import, search and sort. */
class PeopleViewModelTest {
    @TempDir
    Path temp;

    @Test
    void aSpreadsheetIsShownFirstAndImportedOnlyWhenEveryRowIsGood() throws Exception {
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray());
             Vault vault = Vault.create(temp.resolve("vault.db"), passphrase)) {
            WorkspaceMode.CLINIC.saveTo(vault.settings());
            PeopleViewModel viewModel = new PeopleViewModel(vault::connection, vault.settings(),
                    new org.unlisted.ui.task.SynchronousTaskRunner(),
                    Messages.forLocale(Locale.ENGLISH), new TestClock(Instant.parse("2026-11-29T10:00:00Z")));

            PeopleViewModel.ImportPreview bad = viewModel.previewImport(
                    "Name,State\nAna Ruiz,TX\nLuis,Texas\n".getBytes(StandardCharsets.UTF_8));
            assertThat(bad.importable()).isFalse();
            assertThat(bad.summary()).startsWith("Nothing was imported.");
            assertThat(bad.rows()).containsExactly(
                    "Row 3: Please give the state as its two-letter code, for example CA or NY.");
            assertThat(viewModel.previewImport(new byte[] {'"'}).importable()).isFalse();

            PeopleViewModel.ImportPreview good = viewModel.previewImport(
                    "Name,State\nAna Ruiz,TX\nLuis Ruiz,TX\n".getBytes(StandardCharsets.UTF_8));
            assertThat(good.summary()).isEqualTo("2 clients are ready to import.");
            assertThat(viewModel.clients()).isEmpty();
            assertThat(viewModel.importClients(good)).isEqualTo("2 clients imported.");
            assertThat(viewModel.clients()).extracting(Profile::legalName).containsExactly("Ana Ruiz", "Luis Ruiz");

            viewModel.searchProperty().set("luis");
            assertThat(viewModel.clients()).extracting(Profile::legalName).containsExactly("Luis Ruiz");
            PeopleViewModel.ImportPreview again = viewModel.previewImport(
                    "Name,State\nAna Ruiz,TX\nEva Ruiz,TX\n".getBytes(StandardCharsets.UTF_8));
            assertThat(again.summary()).isEqualTo("One client is ready to import. One is already in your vault and "
                    + "will be skipped.");
        }
    }

    @Test
    void clientsSortByTheirSoonestCaseDate() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2026-11-29T10:00:00Z"));
        try (Passphrase passphrase = Passphrase.wrap("amber kettle saddle frost".toCharArray());
             Vault vault = Vault.create(temp.resolve("vault.db"), passphrase)) {
            WorkspaceMode.CLINIC.saveTo(vault.settings());
            org.unlisted.people.People people = new org.unlisted.people.People(vault::connection, clock);
            Profile ana = people.add(Profile.draft("Ana Ruiz", "CA"));
            Profile bo = people.add(Profile.draft("Bo Lee", "CA"));
            people.add(Profile.draft("Cy Diaz", "CA"));
            org.unlisted.cases.Cases cases = new org.unlisted.cases.Cases(vault::connection,
                    new org.unlisted.catalog.CatalogLoader(java.time.LocalDate.of(2026, 11, 29)).bundled(), clock);
            org.unlisted.catalog.Broker spokeo = cases.catalog().find("spokeo").orElseThrow();
            cases.mark(ana, spokeo, org.unlisted.cases.Cases.Step.to(org.unlisted.cases.CaseState.NOT_FOUND));
            cases.mark(bo, spokeo, org.unlisted.cases.Cases.Step.to(org.unlisted.cases.CaseState.SUBMITTED));
            PeopleViewModel viewModel = new PeopleViewModel(vault::connection, vault.settings(),
                    new org.unlisted.ui.task.SynchronousTaskRunner(), Messages.forLocale(Locale.ENGLISH), clock);

            viewModel.sortProperty().set(PeopleViewModel.Sort.NEXT_DEADLINE);
            assertThat(viewModel.clients()).extracting(Profile::legalName)
                    .as("Bo's request is due in 45 days, Ana's re-check in 90, Cy has nothing yet")
                    .containsExactly("Bo Lee", "Ana Ruiz", "Cy Diaz");
        }
    }
}
