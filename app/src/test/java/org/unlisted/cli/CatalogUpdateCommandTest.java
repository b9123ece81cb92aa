package org.unlisted.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unlisted.catalog.TestCatalog;
import org.unlisted.catalog.bundle.InstalledUpdate;
import org.unlisted.catalog.bundle.SigningKeys;
import picocli.CommandLine;

/** {@code catalog bundle} signs a valid catalog; {@code catalog update} installs a good bundle and refuses a bad one. */
class CatalogUpdateCommandTest {
    @TempDir
    Path temp;
    @StartStop
    final MockWebServer server = new MockWebServer();

    private KeyPair trusted;
    private Path keyFile;
    private Path definitions;
    private Path data;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void setUp() throws Exception {
        trusted = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        keyFile = temp.resolve("signing-key.pem");
        Files.writeString(keyFile, SigningKeys.pem(trusted.getPrivate()));
        definitions = new TestCatalog(temp.resolve("definitions")).add("alpha").add("beta").add("gamma").folder();
        data = temp.resolve("data");
    }

    /** Runs the command line with {@code keys} as the trusted catalog keys, in the test's data folder. */
    private int run(List<PublicKey> keys, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = CommandLineApp.create();
        UnlistedCommand root = commandLine.getCommand();
        root.useStdin(new StringReader(""));
        root.trustCatalogKeys(keys);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return commandLine.execute(all);
    }

    private int run(String... args) {
        return run(List.of(trusted.getPublic()), args);
    }

    private byte[] bundle(Path key) throws Exception {
        Path file = temp.resolve("bundle-" + System.nanoTime() + ".zip");
        assertThat(run("catalog", "bundle", "--sign-key", key.toString(), "--out", file.toString(), "--from",
                definitions.toString())).as(err.toString()).isZero();
        return Files.readAllBytes(file);
    }

    private void serve(byte[] body) {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/zip")
                .body(new Buffer().write(body)).build());
    }

    private String address() {
        return server.url("/catalog/unlisted-catalog.zip").toString();
    }

    @Test
    void bundleSignsAValidCatalogAndRefusesAnInvalidOne() throws Exception {
        Path target = temp.resolve("catalog.zip");

        assertThat(run("catalog", "bundle", "--sign-key", keyFile.toString(), "--out", target.toString(), "--from",
                definitions.toString())).isZero();
        assertThat(out.toString()).contains("Signed 3 definitions into").contains("not one the app trusts");
        assertThat(target).isRegularFile();

        new TestCatalog(definitions).add("delta", b -> b.remove("notes"));
        Path refused = temp.resolve("refused.zip");
        assertThat(run("catalog", "bundle", "--sign-key", keyFile.toString(), "--out", refused.toString(), "--from",
                definitions.toString())).isEqualTo(3);
        assertThat(err.toString()).contains("BUNDLE-12").contains("delta.json");
        assertThat(refused).doesNotExist();

        Files.writeString(keyFile, "not a key");
        assertThat(run("catalog", "bundle", "--sign-key", keyFile.toString(), "--out", refused.toString(), "--from",
                temp.resolve("definitions").toString())).isEqualTo(3);
        assertThat(err.toString()).contains("BUNDLE-13");
    }

    @Test
    void updateInstallsAGoodBundleAndSaysWhatChanged() throws Exception {
        serve(bundle(keyFile));

        assertThat(run("catalog", "update", "--from", address())).as(err.toString()).isZero();

        assertThat(out.toString()).containsPattern("Installed the catalog update of .*: \\d+ brokers before, 3 after\\.")
                .contains("Contacted " + server.getHostName() + " (200)");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/catalog/unlisted-catalog.zip");
        assertThat(data.resolve(InstalledUpdate.FILE_NAME)).isRegularFile();
        assertThat(run("catalog", "list")).isZero();
        assertThat(out.toString().lines()).hasSize(3).anySatisfy(line -> assertThat(line).startsWith("beta\t"));

        serve(Files.readAllBytes(data.resolve(InstalledUpdate.FILE_NAME)));
        assertThat(run("catalog", "update", "--from", address())).isZero();
        assertThat(out.toString()).contains("Already up to date").contains("(3 brokers)");
    }

    @Test
    void updateRefusesABadBundleAndKeepsTheCurrentCatalog() throws Exception {
        serve(bundle(keyFile));
        assertThat(run("catalog", "update", "--from", address())).isZero();
        Path installed = data.resolve(InstalledUpdate.FILE_NAME);
        byte[] before = Files.readAllBytes(installed);

        Path strangerKey = temp.resolve("stranger.pem");
        Files.writeString(strangerKey, SigningKeys.pem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                .getPrivate()));
        new TestCatalog(definitions).add("delta");
        serve(bundle(strangerKey));
        assertThat(run("catalog", "update", "--from", address())).isEqualTo(3);
        assertThat(err.toString()).contains("Refused:").contains("BUNDLE-03").contains("was kept");

        byte[] tampered = bundle(keyFile);
        tampered[tampered.length / 3] ^= 0x20;
        serve(tampered);
        assertThat(run("catalog", "update", "--from", address())).isEqualTo(3);
        assertThat(err.toString()).contains("Refused:").contains("BUNDLE-");

        server.enqueue(new MockResponse.Builder().code(404).build());
        assertThat(run("catalog", "update", "--from", address())).isEqualTo(1);
        assertThat(err.toString()).contains("BUNDLE-14");

        int requests = server.getRequestCount();
        assertThat(run("catalog", "update", "--from", "http://catalog.example/unlisted.zip")).isEqualTo(1);
        assertThat(err.toString()).contains("BUNDLE-15");
        assertThat(server.getRequestCount()).isEqualTo(requests);

        assertThat(Files.readAllBytes(installed)).isEqualTo(before);
        assertThat(run("catalog", "list")).isZero();
        assertThat(out.toString().lines()).hasSize(3).noneSatisfy(line -> assertThat(line).startsWith("delta\t"));
    }

    @Test
    void theShippedKeyRefusesABundleSignedWithAnyOther() throws Exception {
        serve(bundle(keyFile));

        assertThat(run((List<PublicKey>) null, "catalog", "update", "--from", address())).isEqualTo(3);

        assertThat(err.toString()).contains("BUNDLE-03");
        assertThat(data.resolve(InstalledUpdate.FILE_NAME)).doesNotExist();
    }
}
