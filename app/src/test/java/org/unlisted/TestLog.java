package org.unlisted;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file tests log to (see logback-test.xml), read back by privacy tests. */
public final class TestLog {
    public static final Path FILE = Path.of("target", "test-logs", "unlisted-test.log");

    private TestLog() {
    }

    public static String read() throws IOException {
        return Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
    }
}
