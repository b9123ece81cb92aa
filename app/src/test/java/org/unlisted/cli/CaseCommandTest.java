package org.unlisted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseCommandTest {
    private static final String PASSPHRASE = "lemon harbor quartz finch";

    @TempDir
    Path temp;
    private StringWriter out;
    private StringWriter err;
    private String id;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--vault=" + temp.resolve("v.db"));
        all.add("--passphrase-stdin");
        return CommandLineApp.run(all.toArray(String[]::new), new StringReader(PASSPHRASE + "\n"),
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @BeforeEach
    void vaultWithOnePerson() {
        assertThat(run("vault", "init")).isZero();
        assertThat(run("profile", "add", "--name", "Ana Ruiz", "--state", "CA")).as(() -> err.toString()).isZero();
        id = out.toString().strip();
    }

    @Test
    void markShowHistoryAndPlan() throws Exception {
        Path shot = Files.write(temp.resolve("gone.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(run("case", "mark", "--profile", id, "--broker", "spokeo", "--state", "found",
                "--url", "https://www.spokeo.com/Ana-Ruiz/p1", "--note", "page 1")).as(() -> err.toString()).isZero();
        assertThat(run("case", "mark", "--profile", id, "--broker", "spokeo", "--state", "submitted")).isZero();
        assertThat(out.toString().strip()).isEqualTo("submitted");
        assertThat(run("case", "mark", "--profile", id, "--broker", "spokeo", "--state", "removed",
                "--attach", shot.toString())).isZero();

        assertThat(run("case", "show", "--profile", id, "--broker", "spokeo")).isZero();
        assertThat(out.toString()).contains("state: removed", "round: 1", "law: CCPA", "re-check on: ");
        assertThat(run("case", "history", "--profile", id, "--broker", "spokeo")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("person", "change", "found", "page 1", "https://www.spokeo.com/Ana-Ruiz/p1");
        assertThat(lines.get(2)).contains("removed", "gone.png");

        assertThat(run("plan", "--profile", id)).isZero();
        List<String> plan = out.toString().lines().toList();
        assertThat(plan).anySatisfy(line -> assertThat(line).startsWith("spokeo\tremoved\tnone\t"));
        assertThat(plan).anySatisfy(line -> assertThat(line).startsWith("whitepages\tnot-started\tsearch\t-"));
        assertThat(plan).noneSatisfy(line -> assertThat(line).startsWith("instantcheckmate\t"));
        assertThat(run("plan", "--profile", id, "--all")).isZero();
        assertThat(out.toString()).contains("instantcheckmate\tnot-started\tcovered:peopleconnect\t-");
    }

    @Test
    void anIllegalMoveExitsThreeAndChangesNothing() {
        assertThat(run("case", "mark", "--profile", id, "--broker", "spokeo", "--state", "found")).isZero();
        assertThat(run("case", "mark", "--profile", id, "--broker", "spokeo", "--state", "relisted")).isEqualTo(3);
        assertThat(err.toString()).contains("CASES-01");
        assertThat(run("case", "mark", "--profile", id, "--broker", "spokeo", "--state", "gone")).isEqualTo(3);
        assertThat(run("case", "mark", "--profile", id, "--broker", "spokeo", "--state", "removed",
                "--url", "https://evil.example/x")).isEqualTo(3);
        assertThat(err.toString()).contains("CASES-02").contains("evil.example");
        assertThat(run("case", "mark", "--profile", id, "--broker", "no-such-site", "--state", "found")).isEqualTo(3);
        assertThat(run("case", "history", "--profile", id, "--broker", "spokeo")).isZero();
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(run("case", "show", "--profile", "999", "--broker", "spokeo")).isEqualTo(3);
    }

    @Test
    void aLetterIsWrittenForThePersonAndBroker() throws Exception {
        assertThat(run("case", "mark", "--profile", id, "--broker", "mylife", "--state", "found",
                "--url", "https://www.mylife.com/ana-ruiz/e1")).isZero();
        assertThat(run("letter", "--profile", id, "--broker", "mylife")).as(() -> err.toString()).isZero();
        assertThat(out.toString()).startsWith("To: MyLife <privacy@mylife.com>\nSubject: Request to delete")
                .contains("Cal. Civ. Code 1798.105", "https://www.mylife.com/ana-ruiz/e1", "Ana Ruiz");
        Path file = temp.resolve("letter.txt");
        assertThat(run("letter", "--profile", id, "--broker", "mylife", "--law", "none", "--kind", "acp",
                "--out", file.toString())).isZero();
        assertThat(Files.readString(file)).contains("Safe at Home").doesNotContain("1798.105");
        Path pdf = temp.resolve("letter.pdf");
        assertThat(run("letter", "--profile", id, "--broker", "mylife", "--format", "pdf", "--out", pdf.toString()))
                .as(() -> err.toString()).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Ana Ruiz", "MyLife", "Cal. Civ. Code 1798.105", "Sincerely,", "Page 1 of");
        }
        assertThat(run("letter", "--profile", id, "--broker", "mylife", "--kind", "poem")).isEqualTo(3);
        assertThat(err.toString()).contains("CLI-03", "poem");
        assertThat(run("letter", "--profile", id, "--broker", "mylife", "--law", "klingon")).isEqualTo(3);
    }

    @Test
    void sendShowsWhatWouldGoAndRefusesWithoutAnAccount() {
        assertThat(run("send", "--profile", id, "--broker", "mylife", "--dry-run")).as(() -> err.toString()).isZero();
        assertThat(out.toString().strip()).isEqualTo("mylife\tprivacy@mylife.com\twould send");
        assertThat(run("send", "--profile", id, "--all-email", "--dry-run")).isZero();
        assertThat(out.toString().lines().count()).isGreaterThan(100);
        assertThat(run("send", "--profile", id, "--broker", "spokeo")).isEqualTo(3);
        assertThat(err.toString()).contains("CLI-05", "spokeo");
        assertThat(run("send", "--profile", id, "--broker", "mylife")).isEqualTo(3);
        assertThat(err.toString()).contains("CLI-06");
        assertThat(run("case", "history", "--profile", id, "--broker", "mylife")).isZero();
        assertThat(out.toString()).as("nothing was sent, nothing recorded").isEmpty();
    }

    @Test
    void aReportGoesToTheChosenFileAsPdfOrCsv() throws Exception {
        assertThat(run("case", "mark", "--profile", id, "--broker", "spokeo", "--state", "not-found")).isZero();
        Path pdf = temp.resolve("report.pdf");
        assertThat(run("report", "--profile", id, "--out", pdf.toString())).as(() -> err.toString()).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Ana Ruiz", "Spokeo");
        }
        Path csv = temp.resolve("report.csv");
        assertThat(run("report", "--profile", id, "--format", "csv", "--out", csv.toString())).isZero();
        assertThat(Files.readString(csv)).contains("spokeo");
        Path caseload = temp.resolve("caseload.csv");
        assertThat(run("report", "--caseload", "--format", "csv", "--out", caseload.toString())).isZero();
        assertThat(Files.readString(caseload)).contains("Ana Ruiz");
        assertThat(run("report", "--profile", id, "--format", "docx", "--out", csv.toString())).isEqualTo(3);
    }
}
