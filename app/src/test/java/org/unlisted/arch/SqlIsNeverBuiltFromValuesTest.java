package org.unlisted.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every value reaches the database as a bound parameter. This reads the main sources and fails
 * on any statement whose SQL is glued together from something other than string literals and
 * constants. The few exceptions are not values: whole-number PRAGMA settings, table names read
 * from the schema itself and quoted, and a row of {@code ?} placeholders.
 */
class SqlIsNeverBuiltFromValuesTest {
    private static final Pattern CALL = Pattern.compile(
            "\\b(prepareStatement|executeQuery|executeUpdate|execute|addBatch)\\(");
    private static final Pattern CONSTANT = Pattern.compile("([A-Z][A-Za-z0-9]*\\.)*[A-Z][A-Z0-9_]*");
    private static final Set<String> NOT_VALUES = Set.of("quote(table)", "current()",
            "schemaVersionOf(connection)", "marks");

    @Test
    void sqlIsOnlyEverLiteralsAndConstants() throws IOException {
        List<String> glued = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    String argument = argumentAt(source, call.end());
                    for (String operand : operands(argument)) {
                        if (!operand.startsWith("\"") && !CONSTANT.matcher(operand).matches()
                                && !NOT_VALUES.contains(operand)) {
                            glued.add(file.getFileName() + ": " + operand);
                        }
                    }
                }
            }
        }
        assertThat(glued).as("SQL glued together from something that may hold a value").isEmpty();
    }

    @Test
    void theCheckCatchesAValueGluedIn() {
        assertThat(operands(argumentAt("prepareStatement(\"SELECT * FROM t WHERE name = '\" + name + \"'\")", 17)))
                .contains("name");
        assertThat(operands(argumentAt("execute(\"a, b\" + X.Y_Z)", 8))).containsExactly("\"a, b\"", "X.Y_Z");
    }

    /** The text of the first argument of the call whose opening parenthesis ends at {@code start}. */
    static String argumentAt(String source, int start) {
        int depth = 1;
        boolean inString = false;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && source.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && (c == ')' || (c == ',' && depth == 1))) {
                if (c == ')') {
                    depth--;
                }
                if (depth == 0 || c == ',') {
                    return source.substring(start, i);
                }
            }
        }
        return source.substring(start);
    }

    /** The parts joined by a top-level {@code +}; a single operand means nothing was glued. */
    static List<String> operands(String argument) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '"' && (i == 0 || argument.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')') {
                depth--;
            } else if (!inString && depth == 0 && c == '+') {
                parts.add(part.toString().strip());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString().strip());
        return parts.size() == 1 ? List.of() : parts;
    }
}
