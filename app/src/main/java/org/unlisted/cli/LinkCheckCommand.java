package org.unlisted.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.unlisted.catalog.Catalog;
import org.unlisted.core.UnlistedException;
import org.unlisted.net.Cancellation;
import org.unlisted.net.LinkCheck;
import org.unlisted.net.Network;
import org.unlisted.reports.ChosenFile;
import org.unlisted.reports.SafeCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code unlisted catalog check-links}: for maintainers, every opt-out page visited and judged. */
@Command(name = "check-links", description = "Visit every opt-out page (politely, one at a time per site) and report"
        + " pages that are dead, now send people to another site, or changed since --previous. Uses the proxy"
        + " set in the app. Exit 3 if any page needs a look.")
final class LinkCheckCommand implements Callable<Integer> {
    private static final List<String> HEADING = List.of("broker", "url", "verdict", "status", "final_url_or_host",
            "title", "fingerprint");

    @ParentCommand
    CatalogCommand catalog;
    @Option(names = "--from", paramLabel = "DIR", description = "A folder of definitions (default: the catalog in this app).")
    Path folder;
    @Option(names = "--out", paramLabel = "FILE", description = "Write the report as CSV.")
    Path out;
    @Option(names = "--previous", paramLabel = "FILE", description = "An earlier report: pages whose title or form differ are CHANGED.")
    Path previous;
    @Option(names = "--broker", paramLabel = "ID", description = "Only these brokers (repeatable).")
    List<String> only;

    @Override
    public Integer call() {
        return catalog.run((loader, printer) -> {
            Catalog checked = folder == null ? loader.bundled() : loader.load(folder);
            List<LinkCheck.Target> targets = LinkCheck.targets(checked).stream()
                    .filter(target -> only == null || only.contains(target.brokerId())).toList();
            Network network = catalog.root.network().network();
            List<LinkCheck.Result> results;
            try {
                results = new LinkCheck(network).run(targets, fingerprints(previous), new Cancellation(), (done, total) -> { });
            } finally {
                network.close();
            }
            int needLook = 0;
            for (LinkCheck.Result result : results) {
                if (result.verdict() != LinkCheck.Verdict.OK) {
                    needLook++;
                    printer.println(result.target().brokerId() + "\t" + result.verdict() + "\t" + result.status()
                            + "\t" + result.target().url() + (result.finalUrl().isEmpty() ? "" : "\t-> " + result.finalUrl()));
                }
            }
            printer.println(results.size() + " pages checked, " + (results.size() - needLook) + " fine, " + needLook
                    + " need a look.");
            if (out != null) {
                ChosenFile.writeCsv(out, SafeCsv.of(HEADING, results.stream().map(LinkCheckCommand::row).toList()));
            }
            return needLook == 0 ? CatalogCommand.OK : CatalogCommand.INVALID;
        });
    }

    private static List<String> row(LinkCheck.Result result) {
        return List.of(result.target().brokerId(), result.target().url().toString(), result.verdict().name(),
                result.status(), result.finalUrl(), result.title(), result.fingerprint());
    }

    /** Broker id to fingerprint from an earlier report; none when there is no earlier report. */
    private static Map<String, String> fingerprints(Path report) throws UnlistedException {
        Map<String, String> prints = new HashMap<>();
        if (report == null) {
            return prints;
        }
        try (Reader reader = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                prints.put(record.get("broker"), record.get("fingerprint"));
            }
            return prints;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnlistedException(CliProblem.CANNOT_READ_REPORT, e);
        }
    }
}
