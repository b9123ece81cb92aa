package org.unlisted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.unlisted.core.AppVersion;

class CommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CommandLineApp.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).contains("Unlisted " + AppVersion.current());
        assertThat(AppVersion.current()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void helpListsTheCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: unlisted", "paths");
    }

    @Test
    void unknownCommandPrintsUsageAndFails() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument", "Usage: unlisted");
    }

    @Test
    void pathsShowTheChosenDataFolder() {
        assertThat(run("paths", "--data-dir", "/tmp/unlisted-cli-test")).isZero();
        assertThat(out.toString()).contains("/tmp/unlisted-cli-test/vault.db");
    }
}
