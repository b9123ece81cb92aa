package org.unlisted.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.unlisted.cases.Overview;
import org.unlisted.core.UnlistedException;
import org.unlisted.reports.CaseReport;
import org.unlisted.reports.Caseload;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code unlisted report}: one person's case report, or a clinic's caseload, as PDF or CSV, to a chosen file. */
@Command(name = "report", description = "Write a person's case report (or, with --caseload, every client's) as PDF or"
        + " CSV to a file.")
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    UnlistedCommand root;
    @Mixin
    VaultCommand.Access access;
    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pdf", description = "pdf or csv.")
    String format;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    static final class Who {
        @Option(names = "--profile", paramLabel = "ID", description = "The person's profile id.")
        Long profileId;
        @Option(names = "--caseload", description = "Every client, with their counts and next date.")
        boolean caseload;
    }

    @Override
    public Integer call() {
        return CaseCommand.withDesk(root, access, desk -> {
            boolean pdf = format.equalsIgnoreCase("pdf");
            if (!pdf && !format.equalsIgnoreCase("csv")) {
                throw new UnlistedException(CliProblem.BAD_CHOICE, "--format", format);
            }
            if (who.caseload) {
                Caseload caseload = Caseload.of(desk.people(), new Overview(desk.vault(), Clock.systemDefaultZone()),
                        Clock.systemDefaultZone());
                if (pdf) {
                    caseload.writePdf(out);
                } else {
                    caseload.writeCsv(out);
                }
            } else {
                CaseReport report = CaseReport.of(desk.people(), desk.cases(), desk.profile(who.profileId).id(),
                        Clock.systemDefaultZone());
                if (pdf) {
                    report.writePdf(out);
                } else {
                    report.writeCsv(out);
                }
            }
            return VaultCommand.OK;
        });
    }
}
