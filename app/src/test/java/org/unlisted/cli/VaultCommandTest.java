package org.unlisted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.vault.Passphrase;
import org.unlisted.vault.Vault;

/** {@code unlisted vault ...} end to end on real vault files, with passphrases on standard input. */
class VaultCommandTest {
    private static final String PASSPHRASE = "lemon harbor quartz finch";
    private static final String NEW_PASSPHRASE = "cobalt meadow ferry tulip";

    @TempDir
    Path dir;
    private StringWriter out;
    private StringWriter err;

    private int run(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineApp.run(args, new StringReader(stdin), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path vault() {
        return dir.resolve("vault.db");
    }

    @Test
    void initCheckChangeBackupRestore() throws Exception {
        assertThat(run(PASSPHRASE + "\n", "vault", "init", "--vault", vault().toString(), "--passphrase-stdin")).isZero();
        assertThat(out.toString()).contains("Vault created");
        assertThat(Vault.exists(vault())).isTrue();

        assertThat(run(PASSPHRASE + "\n", "vault", "check", "--vault", vault().toString(), "--passphrase-stdin")).isZero();
        assertThat(out.toString()).contains("Vault OK");

        Path backup = dir.resolve("backup.db");
        assertThat(run(PASSPHRASE + "\n", "vault", "backup", backup.toString(), "--vault", vault().toString(),
                "--passphrase-stdin")).isZero();
        assertThat(backup).exists();

        assertThat(run(PASSPHRASE + "\n" + NEW_PASSPHRASE + "\n", "vault", "change-passphrase", "--vault", vault().toString(),
                "--passphrase-stdin")).isZero();
        assertThat(run(PASSPHRASE + "\n", "vault", "check", "--vault", vault().toString(), "--passphrase-stdin")).isEqualTo(2);
        assertThat(run(NEW_PASSPHRASE + "\n", "vault", "check", "--vault", vault().toString(), "--passphrase-stdin")).isZero();

        assertThat(run(PASSPHRASE + "\n", "vault", "restore", backup.toString(), "--vault", vault().toString(),
                "--passphrase-stdin")).isZero();
        try (Vault restored = Vault.open(vault(), Passphrase.wrap(PASSPHRASE.toCharArray()))) {
            assertThat(restored.isOpen()).isTrue();
        }
    }

    @Test
    void backupWithItsOwnPassphrase() throws Exception {
        run(PASSPHRASE + "\n", "vault", "init", "--vault", vault().toString(), "--passphrase-stdin");
        Path backup = dir.resolve("other.db");
        assertThat(run(PASSPHRASE + "\n" + NEW_PASSPHRASE + "\n", "vault", "backup", backup.toString(), "--new-passphrase",
                "--vault", vault().toString(), "--passphrase-stdin")).isZero();
        assertThat(Vault.check(backup, Passphrase.wrap(NEW_PASSPHRASE.toCharArray())).sound()).isTrue();
    }

    @Test
    void cannotOpenIsExitCodeTwoWithOneLineAndNoPassphrase() throws Exception {
        run(PASSPHRASE + "\n", "vault", "init", "--vault", vault().toString(), "--passphrase-stdin");
        byte[] before = Files.readAllBytes(vault());
        assertThat(run("the wrong words\n", "vault", "check", "--vault", vault().toString(), "--passphrase-stdin")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: This passphrase does not open this vault").contains("(VAULT-01)")
                .doesNotContain("the wrong words");
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(Files.readAllBytes(vault())).isEqualTo(before);

        Path notAVault = dir.resolve("notes.txt");
        Files.writeString(notAVault, "just text, not a vault");
        assertThat(run(PASSPHRASE + "\n", "vault", "check", "--vault", notAVault.toString(), "--passphrase-stdin")).isEqualTo(2);
    }

    @Test
    void badInputIsExitCodeThree() throws Exception {
        assertThat(run("\n", "vault", "init", "--vault", vault().toString(), "--passphrase-stdin")).isEqualTo(3);
        assertThat(err.toString()).contains("VAULT-05");
        assertThat(vault()).doesNotExist();

        run(PASSPHRASE + "\n", "vault", "init", "--vault", vault().toString(), "--passphrase-stdin");
        assertThat(run(PASSPHRASE + "\n", "vault", "init", "--vault", vault().toString(), "--passphrase-stdin")).isEqualTo(3);
        assertThat(err.toString()).contains("VAULT-03");

        Path existing = dir.resolve("taken.db");
        Files.writeString(existing, "keep me");
        assertThat(run(PASSPHRASE + "\n", "vault", "backup", existing.toString(), "--vault", vault().toString(),
                "--passphrase-stdin")).isEqualTo(3);
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void theDataFolderVaultIsTheDefault() {
        assertThat(run(PASSPHRASE + "\n", "--data-dir", dir.toString(), "vault", "init", "--passphrase-stdin")).isZero();
        assertThat(dir.resolve("vault.db")).exists();
    }
}
