package org.unlisted.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs the command line and returns its exit code; never starts JavaFX. */
public final class CommandLineApp {
    private CommandLineApp() {
    }

    public static CommandLine create() {
        CommandLine commandLine = new CommandLine(new UnlistedCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // A mistyped command always shows the usage, with suggestions when picocli has some.
        commandLine.setParameterExceptionHandler((error, args) -> {
            PrintWriter err = error.getCommandLine().getErr();
            err.println(error.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
            error.getCommandLine().usage(err);
            return CommandLine.ExitCode.USAGE;
        });
        return commandLine;
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, null, out, err);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, reading standard input from {@code in}. */
    public static int run(String[] args, java.io.Reader in, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = create();
        if (in != null) {
            ((UnlistedCommand) commandLine.getCommand()).useStdin(in);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }
}
