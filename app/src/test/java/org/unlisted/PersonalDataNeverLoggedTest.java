package org.unlisted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.WorkerStateEvent;
import org.unlisted.core.Messages;
import org.unlisted.core.UnlistedException;
import org.unlisted.ui.error.ErrorReport;
import org.unlisted.ui.task.BackgroundTaskRunner;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/**
 * Known personal values handed to the services (a passphrase, a stored value, failures that
 * quote them) never reach the log, even at DEBUG.
 */
class PersonalDataNeverLoggedTest {
    private static final String PASSPHRASE = "Marker-Passphrase-Lupita-" + System.nanoTime();
    private static final String PERSONAL = "Marker-Person-Guadalupe-Ortiz-1420-Elm-St-" + System.nanoTime();

    @Test
    void passphrasesStoredValuesAndFailureTextStayOutOfTheLog(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vault.db");
        try (Vault vault = Vault.create(file, Passphrase.wrap(PASSPHRASE.toCharArray()))) {
            vault.settings().put("profile.name", PERSONAL);
        }
        assertThatThrownBy(() -> Vault.open(file, Passphrase.wrap((PERSONAL + "-wrong").toCharArray())))
                .isInstanceOf(UnlistedException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PERSONAL));
        try (Vault vault = Vault.open(file, Passphrase.wrap(PASSPHRASE.toCharArray()))) {
            assertThat(vault.settings().get("profile.name")).contains(PERSONAL);
            // Profiles, a refused profile, a CSV import with a bad row, a case file: none may log a value.
            org.unlisted.people.People people = new org.unlisted.people.People(vault::connection,
                    java.time.Clock.systemUTC());
            long id = people.add(org.unlisted.people.Profile.draft(PERSONAL, "CA")).id();
            assertThatThrownBy(() -> people.add(org.unlisted.people.Profile.draft(PERSONAL, "Marker-State")))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PERSONAL));
            org.unlisted.people.ClientImport.Check check = org.unlisted.people.ClientImport.check(
                    ("Name,State,Email\n" + PERSONAL + ",CA,not-an-email\n\"" + PERSONAL).getBytes(
                            java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of(), people,
                    java.time.LocalDate.now());
            assertThat(check.ready()).isEmpty();
        } catch (UnlistedException e) {
            assertThat(e.getMessage()).doesNotContain(PERSONAL);
        }

        // A background task failing with personal data in its message, as a library might.
        Task<Void> failing = new Task<>() {
            @Override
            protected Void call() {
                throw new IllegalArgumentException("could not parse " + PERSONAL);
            }
        };
        startJavaFx();
        CountDownLatch failed = new CountDownLatch(1);
        failing.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, event -> failed.countDown());
        BackgroundTaskRunner runner = new BackgroundTaskRunner(1);
        runner.run(failing);
        assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
        runner.shutdown();

        ErrorReport report = ErrorReport.of(new RuntimeException(PERSONAL), Messages.forLocale(Locale.ENGLISH));
        assertThat(report.details() + report.message()).doesNotContain(PERSONAL);

        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // the runner's own handler logs in the same event
        String log = TestLog.read();
        assertThat(log).contains("Background task", "java.lang.IllegalArgumentException");
        assertThat(log).doesNotContain(PERSONAL).doesNotContain(PASSPHRASE);
    }

    private static void startJavaFx() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // another test started the toolkit first
        }
    }
}
