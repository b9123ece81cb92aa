package org.unlisted;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** A program from the test classes run in its own JVM, to be killed at a chosen moment by a crash test. */
public final class ChildJvm {
    private ChildJvm() {
    }

    /** Starts {@code main} with {@code args}; the passphrase goes on its standard input, never its command line. */
    public static Process start(Class<?> main, String passphrase, String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx256m", "-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (Writer in = new java.io.OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write(passphrase + "\n");
        }
        return child;
    }

    /** Collects the child's output lines into {@code lines} until it ends (call on a thread of its own). */
    public static void read(Process child, List<String> lines) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line.strip());
            }
        } catch (java.io.IOException e) {
            // killed mid-line: what was read counts
        }
    }
}
