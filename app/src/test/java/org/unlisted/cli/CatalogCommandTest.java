package org.unlisted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.catalog.TestCatalog;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CatalogCommandTest {
    @TempDir
    Path temp;
    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return CommandLineApp.run(args, new StringReader(""), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void validatePrintsOneLinePerProblemAndExits3() throws Exception {
        TestCatalog files = new TestCatalog(temp.resolve("catalog")).add("alpha")
                .add("beta", b -> ((ObjectNode) b.get("optOut")).put("email", "not an email"))
                .write("gamma.json", "[");

        assertThat(run("catalog", "validate", files.folder().toString())).isEqualTo(3);
        assertThat(out.toString().lines()).contains("beta.json: optOut.email: does not match the regex pattern "
                + "^[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}$").anySatisfy(
                line -> assertThat(line).startsWith("gamma.json: -: not valid JSON"));
        assertThat(out.toString()).contains("1 definitions valid, 2 problems.");
    }

    @Test
    void validateOfAGoodFolderExits0() throws Exception {
        TestCatalog files = new TestCatalog(temp.resolve("catalog")).add("alpha").add("beta");

        assertThat(run("catalog", "validate", files.folder().toString())).isZero();
        assertThat(out.toString()).contains("2 definitions valid, 0 problems.");
        assertThat(run("catalog", "validate", temp.resolve("missing").toString())).isEqualTo(3);
        assertThat(err.toString()).contains("CATALOG-02");
    }

    @Test
    void theShippedCatalogValidatesAndItsStatsAddUp() throws Exception {
        assertThat(run("catalog", "validate")).isZero();

        assertThat(run("catalog", "stats")).isZero();
        JsonNode stats = JsonMapper.builder().build().readTree(out.toString());
        int total = stats.get("total").asInt();
        assertThat(total).isGreaterThan(0);
        for (String part : new String[] {"byCategory", "byMethod", "byTier"}) {
            int sum = 0;
            for (JsonNode count : stats.get(part)) {
                sum += count.asInt();
            }
            assertThat(sum).as(part).isEqualTo(total);
        }
        assertThat(stats.get("groups").asInt()).isPositive();
    }

    @Test
    void listAndShow() {
        assertThat(run("catalog", "list", "--category", "risk-identity")).isZero();
        assertThat(out.toString().lines()).isNotEmpty().allSatisfy(line -> assertThat(line.split("\t")[1])
                .isEqualTo("risk-identity"));
        assertThat(out.toString()).contains("lexisnexis\t");

        assertThat(run("catalog", "show", "spokeo")).isZero();
        assertThat(out.toString()).contains("\"id\" : \"spokeo\"").contains("\"method\" : \"web-form\"");

        assertThat(run("catalog", "show", "no-such-broker")).isEqualTo(3);
        assertThat(err.toString()).contains("CATALOG-03");
        assertThat(run("catalog", "list", "--category", "gossip")).isEqualTo(3);
        assertThat(err.toString()).contains("people-search");
    }

    @Test
    void checkLinksReportsAPageThatCannotBeReachedAndWritesTheCsv() throws Exception {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String page = "https://127.0.0.1:" + closed + "/opt-out";
        TestCatalog files = new TestCatalog(temp.resolve("catalog"))
                .add("alpha", b -> ((ObjectNode) b.get("optOut")).put("url", page))
                .add("beta", b -> ((ObjectNode) b.get("optOut")).put("method", "email").remove("url"));
        Path report = temp.resolve("links.csv");

        assertThat(run("--data-dir", temp.resolve("data").toString(), "catalog", "check-links",
                "--from", files.folder().toString(), "--out", report.toString())).isEqualTo(3);

        assertThat(out.toString()).contains("alpha\tFAILED\tNET-02").contains("1 pages checked, 0 fine, 1 need a look.");
        String csv = java.nio.file.Files.readString(report);
        assertThat(csv).contains("broker,url,verdict").contains("alpha," + page + ",FAILED,NET-02").doesNotContain("beta");

        java.nio.file.Files.writeString(temp.resolve("broken.csv"), "not,a\n\"report");
        assertThat(run("--data-dir", temp.resolve("data").toString(), "catalog", "check-links",
                "--from", files.folder().toString(), "--previous", temp.resolve("broken.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("CLI-07");
    }
}
