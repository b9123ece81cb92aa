package org.unlisted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {
    private static final String PASSPHRASE = "lemon harbor quartz finch";
    private static final String FILE_PASSPHRASE = "copper window meadow lark";

    @TempDir
    Path temp;
    private StringWriter out;
    private StringWriter err;

    private int run(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineApp.run(args, new StringReader(stdin), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private int profile(String vaultName, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "profile";
        all[1] = args[0];
        all[2] = "--vault=" + temp.resolve(vaultName);
        all[3] = "--passphrase-stdin";
        System.arraycopy(args, 1, all, 4, args.length - 1);
        return run(PASSPHRASE + "\n" + FILE_PASSPHRASE + "\n", all);
    }

    @BeforeEach
    void vaults() {
        assertThat(run(PASSPHRASE + "\n", "vault", "init", "--vault=" + temp.resolve("a.db"), "--passphrase-stdin"))
                .isZero();
        assertThat(run(PASSPHRASE + "\n", "vault", "init", "--vault=" + temp.resolve("b.db"), "--passphrase-stdin"))
                .isZero();
    }

    @Test
    void addListShowEditDelete() {
        assertThat(profile("a.db", "add", "--name", "Ana Ruiz", "--alias", "Ana R", "--alias", "Anita",
                "--email", "ana@example.org", "--phone", "555-010-1234", "--address", "12 Oak St, Fresno, CA 93701",
                "--dob", "1984-03-09", "--state", "ca")).as(() -> err.toString()).isZero();
        String id = out.toString().strip();
        assertThat(id).matches("\\d+");

        assertThat(profile("a.db", "list")).isZero();
        assertThat(out.toString()).contains(id + "\tCA\tAna Ruiz");
        assertThat(profile("a.db", "show", id)).isZero();
        assertThat(out.toString()).contains("Other name: Anita (alias)", "Date of birth: 1984-03-09",
                "Address: 12 Oak St, Fresno, CA 93701 (current)", "Phone: 555-010-1234", "Email: ana@example.org");

        assertThat(profile("a.db", "edit", id, "--state", "NV", "--email", "new@example.org")).isZero();
        assertThat(profile("a.db", "show", id)).isZero();
        assertThat(out.toString()).contains("State: NV", "Email: new@example.org", "Other name: Anita")
                .doesNotContain("ana@example.org");

        assertThat(profile("a.db", "add", "--name", "Luis", "--state", "Nevada")).isEqualTo(3);
        assertThat(err.toString()).contains("PEOPLE-02").contains("two-letter code");
        assertThat(profile("a.db", "add", "--name", "Luis", "--state", "NV", "--address", "nowhere")).isEqualTo(3);
        assertThat(err.toString()).contains("PEOPLE-06");

        assertThat(profile("a.db", "delete", id)).isZero();
        assertThat(profile("a.db", "list")).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(profile("a.db", "show", id)).isEqualTo(3);
        assertThat(err.toString()).contains("PEOPLE-07");
    }

    @Test
    void importCsvNamesBadRowsOrImportsAll() throws Exception {
        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, "Name,State\nAna Ruiz,TX\nLuis Ruiz,Texas\n,CA\n", StandardCharsets.UTF_8);
        assertThat(profile("a.db", "import-csv", bad.toString())).isEqualTo(3);
        assertThat(out.toString()).contains("row 3: Please give the state as its two-letter code",
                "row 4: Please give a name.");
        assertThat(err.toString()).contains("2 rows cannot be imported, so nothing was imported");
        assertThat(profile("a.db", "list")).isZero();
        assertThat(out.toString()).isEmpty();

        Path good = temp.resolve("good.csv");
        Files.writeString(good, "Cliente,Estado\nAna Ruiz,TX\nLuis Ruiz,TX\n", StandardCharsets.UTF_8);
        assertThat(profile("a.db", "import-csv", good.toString(), "--map", "name=Cliente", "--map", "state=Estado"))
                .isZero();
        assertThat(out.toString()).contains("Imported 2 clients.");
    }

    @Test
    void exportAndImportACaseFile() {
        assertThat(profile("a.db", "add", "--name", "Ana Ruiz", "--state", "CA", "--email", "ana@example.org"))
                .isZero();
        String id = out.toString().strip();
        Path caseFile = temp.resolve("ana.unlisted");

        assertThat(profile("a.db", "export", id, caseFile.toString())).isZero();
        assertThat(Files.exists(caseFile)).isTrue();
        assertThat(profile("b.db", "import", caseFile.toString())).isZero();
        String newId = out.toString().strip();
        assertThat(profile("b.db", "show", newId)).isZero();
        assertThat(out.toString()).contains("Name: Ana Ruiz", "Email: ana@example.org");

        assertThat(run(PASSPHRASE + "\nwrong words here\n", "profile", "import", "--vault=" + temp.resolve("b.db"),
                "--passphrase-stdin", caseFile.toString())).isEqualTo(2);
    }
}
