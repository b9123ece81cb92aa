package org.unlisted.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unlisted.core.Messages;
import org.unlisted.catalog.Broker;
import org.unlisted.people.WorkspaceMode;
import org.unlisted.ui.shell.Area;
import org.unlisted.ui.theme.Theme;
import org.unlisted.vault.PassphraseStrength;

/** Every text the code asks for exists in English, every English text is used, and all bundles load. */
class LocalizationTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+)+)\"");
    /** File names such as "vault.db" look like keys but are not. */
    private static final Pattern FILE_NAME = Pattern.compile("\\.(db|log|properties|css|json|xml|txt|png)$");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LocalizationTest.class.getResourceAsStream("/org/unlisted/i18n/messages" + suffix + ".properties")) {
            assertThat(in).as("bundle messages%s", suffix).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Keys built at run time from enums rather than written out as literals. */
    static Set<String> dynamicKeys() {
        Set<String> keys = new HashSet<>();
        for (Area area : Area.values()) {
            keys.add(area.messageKey());
            keys.add(area.messageKey() + ".title");
            if (area != Area.SETTINGS) {
                keys.add(area.messageKey() + ".description");
            }
        }
        Arrays.stream(Theme.values()).map(Theme::messageKey).forEach(keys::add);
        for (PassphraseStrength.Level level : PassphraseStrength.Level.values()) {
            keys.add("vault.strength." + level.name().toLowerCase(Locale.ROOT));
        }
        Arrays.stream(WorkspaceMode.values()).map(WorkspaceMode::messageKey).forEach(keys::add);
        for (org.unlisted.ui.people.PeopleViewModel.Sort sort : org.unlisted.ui.people.PeopleViewModel.Sort.values()) {
            keys.add("people.sort." + sort.name().toLowerCase(Locale.ROOT));
        }
        for (String field : new String[] {"name", "otherNames", "state", "birthDate", "addresses", "phones", "emails",
                "notes"}) {
            keys.add("people.field." + field + ".why");
        }
        codes("catalog.category.", Broker.Category.values(), keys);
        codes("catalog.method.", Broker.Method.values(), keys);
        for (Broker.Method method : Broker.Method.values()) {
            keys.add("catalog.method." + method.code() + ".explain");
        }
        codes("catalog.priority.", Broker.Priority.values(), keys);
        codes("catalog.input.", Broker.PersonalField.values(), keys);
        codes("catalog.removal.", Broker.RemovalKind.values(), keys);
        codes("catalog.relist.", Broker.RelistRisk.values(), keys);
        hyphenated("plan.show.", org.unlisted.ui.plan.PlanViewModel.Show.values(), keys);
        hyphenated("plan.sites.", org.unlisted.ui.plan.PlanViewModel.Sites.values(), keys);
        hyphenated("plan.event.", org.unlisted.cases.CaseEvent.Kind.values(), keys);
        hyphenated("letters.explain.", org.unlisted.letters.LetterKind.values(), keys);
        hyphenated("letters.account.security.", org.unlisted.mail.MailAccount.Security.values(), keys);
        // Where a case stands and what to do next, in words (the dashboard and the plan build these keys).
        hyphenated("case.state.", org.unlisted.cases.CaseState.values(), keys);
        hyphenated("case.next.", org.unlisted.cases.NextAction.values(), keys);
        Arrays.stream(org.unlisted.net.Purpose.values()).map(org.unlisted.net.Purpose::messageKey).forEach(keys::add);
        // Why a scan candidate may be the person, and how likely (the scanner's results build these keys).
        for (org.unlisted.net.scan.Match.Reason.Kind kind : org.unlisted.net.scan.Match.Reason.Kind.values()) {
            keys.add(new org.unlisted.net.scan.Match.Reason(kind, "", false).messageKey());
        }
        Arrays.stream(org.unlisted.net.scan.Match.Strength.values()).map(org.unlisted.net.scan.Match.Strength::messageKey)
                .forEach(keys::add);
        for (org.unlisted.net.ProxyChoice.Kind kind : org.unlisted.net.ProxyChoice.Kind.values()) {
            keys.add("network.proxy." + kind.name().toLowerCase(Locale.ROOT));
        }
        for (int step = 1; step <= 5; step++) {
            keys.add("plan.step." + step);
        }
        return keys;
    }

    /** Keys made from an enum's names in lower case with hyphens, as the plan screen does. */
    private static void hyphenated(String prefix, Enum<?>[] values, Set<String> keys) {
        Arrays.stream(values).map(v -> prefix + v.name().toLowerCase(Locale.ROOT).replace('_', '-')).forEach(keys::add);
    }

    private static void codes(String prefix, Broker.Coded[] values, Set<String> keys) {
        Arrays.stream(values).map(value -> prefix + value.code()).forEach(keys::add);
    }

    /** String literals in the main sources that look like message keys of a family the bundle uses. */
    static Set<String> literalKeys(Set<String> families) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                Matcher matcher = LITERAL.matcher(Files.readString(file));
                while (matcher.find()) {
                    String candidate = matcher.group(1);
                    if (families.contains(candidate.substring(0, candidate.indexOf('.'))) && !FILE_NAME.matcher(candidate).find()) {
                        found.add(candidate);
                    }
                }
            }
        }
        return found;
    }

    private static Set<String> families(Properties english) {
        return english.stringPropertyNames().stream().map(k -> k.contains(".") ? k.substring(0, k.indexOf('.')) : k)
                .collect(Collectors.toSet());
    }

    @Test
    void everyApostropheIsDoubledSoMessageFormatKeepsIt() throws IOException {
        for (String suffix : new String[] {"", "_es", "_fr"}) {
            Properties words = bundle(suffix);
            List<String> lone = words.stringPropertyNames().stream()
                    .filter(key -> words.getProperty(key).matches("(?s).*(?<!')'(?!').*")).sorted().toList();
            assertThat(lone).as("messages%s.properties: a single ' hides the rest of the text; write ''", suffix)
                    .isEmpty();
        }
    }

    @Test
    void everyKeyUsedInCodeExistsInEnglish() throws IOException {
        Properties english = bundle("");
        Set<String> used = literalKeys(families(english));
        used.addAll(dynamicKeys());
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(english.stringPropertyNames());
        assertThat(missing).as("keys used in code but missing from messages.properties").isEmpty();
    }

    @Test
    void everyEnglishKeyIsUsed() throws IOException {
        Properties english = bundle("");
        Set<String> used = literalKeys(families(english));
        used.addAll(dynamicKeys());
        Set<String> unused = new TreeSet<>(english.stringPropertyNames());
        unused.removeAll(used);
        assertThat(unused).as("keys defined in messages.properties but used nowhere").isEmpty();
    }

    @Test
    void spanishAndFrenchHaveEveryKeyFilledWithTheSamePlaceholders() throws IOException {
        Properties english = bundle("");
        for (String suffix : new String[] {"_es", "_fr"}) {
            Properties other = bundle(suffix);
            for (String key : english.stringPropertyNames()) {
                assertThat(other.getProperty(key)).as("%s in messages%s", key, suffix).isNotBlank();
                assertThat(placeholders(other.getProperty(key))).as("placeholders of %s in messages%s", key, suffix)
                        .isEqualTo(placeholders(english.getProperty(key)));
            }
            assertThat(other.stringPropertyNames()).as("extra keys in messages%s", suffix)
                    .isSubsetOf(english.stringPropertyNames());
        }
    }

    /** The few texts that are rightly the same as in English: a name, a format, or the same word. */
    private static final java.util.Map<String, Set<String>> SAME_AS_ENGLISH = java.util.Map.of(
            "_es", Set.of("app.name", "plan.actor.app", "catalog.priority.crucial", "dashboard.standing.count"),
            "_fr", Set.of("app.name", "plan.actor.app", "dashboard.standing.count", "people.clients.title",
                    "people.field.notes", "plan.person", "plan.email.body", "plan.record.note", "plan.event.note",
                    "dashboard.clients.title", "dashboard.clients.name", "letters.account.port",
                    "letters.account.security", "network.proxy.port", "network.column.host"));

    @Test
    void spanishAndFrenchAreTranslatedNotCopiedFromEnglish() throws IOException {
        Properties english = bundle("");
        for (String suffix : new String[] {"_es", "_fr"}) {
            Properties other = bundle(suffix);
            Set<String> copied = english.stringPropertyNames().stream()
                    .filter(key -> english.getProperty(key).equals(other.getProperty(key)))
                    .filter(key -> !SAME_AS_ENGLISH.get(suffix).contains(key))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(copied).as("texts in messages%s still in English (translate them, or list them in"
                    + " SAME_AS_ENGLISH if the word really is the same)", suffix).isEmpty();
        }
    }

    @Test
    void theAppReadsEachLanguageFromItsOwnFileNotTheEnglishFallback() throws IOException {
        Properties english = bundle("");
        for (String[] language : new String[][] {{"_es", "es"}, {"_fr", "fr"}}) {
            Properties own = bundle(language[0]);
            java.util.ResourceBundle loaded = Messages.forLocale(Locale.forLanguageTag(language[1])).bundle();
            List<String> notFromOwnFile = english.stringPropertyNames().stream()
                    .filter(key -> !loaded.getString(key).equals(own.getProperty(key))).sorted().toList();
            assertThat(notFromOwnFile).as("keys the %s screens would show from another file", language[1]).isEmpty();
        }
    }

    @Test
    void apostrophesAreWrittenForMessageFormat() throws IOException {
        for (String suffix : new String[] {"", "_es", "_fr"}) {
            Properties properties = bundle(suffix);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                assertThat(value.replace("''", "")).as("%s in messages%s has a lone apostrophe; write ''", key, suffix)
                        .doesNotContain("'");
            }
        }
    }

    /** In French a space comes before : ; ? ! and it must not break, or a line starts with the colon. */
    @Test
    void frenchPunctuationNeverStartsALine() throws IOException {
        Properties french = bundle("_fr");
        List<String> breakable = french.stringPropertyNames().stream()
                .filter(key -> french.getProperty(key).matches("(?s).* [:;?!»].*")).sorted().toList();
        assertThat(breakable).as("French texts with an ordinary space before : ; ? ! (write \\u00a0 instead)")
                .isEmpty();
    }

    @Test
    void bundlesLoadForEachLanguage() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("firstrun.start")).isEqualTo("Get started");
        assertThat(Messages.forLocale(Locale.forLanguageTag("es")).get("firstrun.start")).isEqualTo("Empezar");
        assertThat(Messages.forLocale(Locale.FRENCH).get("firstrun.start")).isEqualTo("Commencer");
        assertThat(Messages.forLocale(Locale.FRENCH).get("error.code", "APP-01")).isEqualTo("Code d'erreur\u00a0: APP-01");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
