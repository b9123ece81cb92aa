package org.unlisted.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.unlisted.core.DataFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Shows where the vault and log live, so a person can back them up or find them after uninstalling. */
@Command(name = "paths", description = "Show where the vault and the log are kept.")
final class PathsCommand implements Callable<Integer> {
    @ParentCommand
    UnlistedCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataFolder folder = root.dataFolder();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Data folder: " + folder.root());
        out.println("Vault:       " + folder.vaultFile());
        out.println("Log:         " + folder.logFolder());
        out.flush();
        return 0;
    }
}
