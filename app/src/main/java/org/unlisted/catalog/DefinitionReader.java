package org.unlisted.catalog;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one definition: JSON, then the schema, then the rules a schema cannot say (the file name
 * is the id, a web form has a URL, dates are real and not in the future, tier A is complete).
 * Rules between files are {@link CatalogCheck}'s.
 */
public final class DefinitionReader {
    static final String SCHEMA_RESOURCE = "/org/unlisted/brokers/broker.schema.json";
    private static final Set<String> PLACEHOLDERS = Set.of("first", "last", "city", "state");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    private final ObjectMapper json = JsonMapper.builder().build();
    private final Schema schema;
    private final LocalDate today;

    public DefinitionReader(LocalDate today) {
        this.today = today;
        try (InputStream in = DefinitionReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The broker schema is missing from the app: " + SCHEMA_RESOURCE);
            }
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON form shared by files, the vault and {@code catalog show}. */
    public ObjectMapper json() {
        return json;
    }

    /** The broker in {@code text}, or the issues that keep it out of the catalog. */
    public Result read(String file, String text) {
        JsonNode tree;
        try {
            tree = json.readTree(text);
        } catch (JacksonException e) {
            return Result.failed(new CatalogIssue(file, "-", "not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        List<CatalogIssue> issues = new ArrayList<>();
        for (Error error : schema.validate(tree)) {
            issues.add(new CatalogIssue(file, fieldOf(error), reasonOf(error)));
        }
        if (!issues.isEmpty()) {
            return new Result(null, issues);
        }
        Broker broker;
        try {
            broker = json.treeToValue(tree, Broker.class);
        } catch (JacksonException e) {
            return Result.failed(new CatalogIssue(file, "-", "does not fit the broker form"));
        }
        checkRules(file, broker, issues);
        return new Result(issues.isEmpty() ? broker : null, issues);
    }

    private void checkRules(String file, Broker broker, List<CatalogIssue> issues) {
        if (file.endsWith(".json") && !file.equals(broker.id() + ".json")) {
            issues.add(new CatalogIssue(file, "id", "the file must be named " + broker.id() + ".json"));
        }
        Broker.OptOut optOut = broker.optOut();
        switch (optOut.method()) {
            case WEB_FORM -> require(optOut.url(), file, "optOut.url", "a web-form opt-out needs its page", issues);
            case EMAIL -> require(optOut.email(), file, "optOut.email", "an email opt-out needs an address", issues);
            case MAIL -> require(optOut.postalAddress(), file, "optOut.postalAddress",
                    "a mail opt-out needs a postal address", issues);
            case PHONE -> require(optOut.phone(), file, "optOut.phone", "a phone opt-out needs a number", issues);
            case VIA_GROUP -> require(broker.group(), file, "group", "via-group needs the group that opts you out",
                    issues);
            default -> { }
        }
        if (broker.coveredIds().contains(broker.id())) {
            issues.add(new CatalogIssue(file, "covers", "a broker cannot cover itself"));
        }
        if (broker.search() != null && broker.search().url() != null) {
            Matcher placeholder = PLACEHOLDER.matcher(broker.search().url());
            while (placeholder.find()) {
                if (!PLACEHOLDERS.contains(placeholder.group(1))) {
                    issues.add(new CatalogIssue(file, "search.url", "unknown placeholder {" + placeholder.group(1)
                            + "}: use {first}, {last}, {city} or {state}"));
                }
            }
        }
        if (broker.lastVerified().isAfter(today)) {
            issues.add(new CatalogIssue(file, "lastVerified", "is in the future"));
        }
        if (broker.tier() == Broker.Tier.A) {
            checkComplete(file, broker, issues);
        }
    }

    /** Tier A promises every fact the wizard and the plan use. */
    private static void checkComplete(String file, Broker broker, List<CatalogIssue> issues) {
        Broker.OptOut optOut = broker.optOut();
        require(broker.priorityWhy(), file, "priorityWhy", "tier A needs it", issues);
        require(broker.search(), file, "search", "tier A needs it", issues);
        if (broker.allowsSearch()) {
            require(broker.search().url(), file, "search.url", "tier A needs it when search is allowed", issues);
        }
        require(optOut.requires(), file, "optOut.requires", "tier A needs it", issues);
        if (optOut.inputs() == null || optOut.inputs().isEmpty()) {
            issues.add(new CatalogIssue(file, "optOut.inputs", "tier A needs it"));
        }
        require(optOut.removalKind(), file, "optOut.removalKind", "tier A needs it", issues);
        require(optOut.estimatedDays(), file, "optOut.estimatedDays", "tier A needs it", issues);
        require(optOut.recheckDays(), file, "optOut.recheckDays", "tier A needs it", issues);
        require(optOut.relistRisk(), file, "optOut.relistRisk", "tier A needs it", issues);
        require(broker.showsRelatives(), file, "showsRelatives", "tier A needs it", issues);
        require(broker.showsAddress(), file, "showsAddress", "tier A needs it", issues);
    }

    private static void require(Object value, String file, String field, String reason, List<CatalogIssue> issues) {
        if (value == null) {
            issues.add(new CatalogIssue(file, field, reason));
        }
    }

    /** {@code $.optOut.url} becomes {@code optOut.url}; a missing property is named too. */
    private static String fieldOf(Error error) {
        String path = error.getInstanceLocation().toString().replaceFirst("^[$/]\\.?", "").replace('/', '.');
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            path = path.isEmpty() ? error.getProperty() : path + "." + error.getProperty();
        }
        return path.isEmpty() ? "-" : path;
    }

    /** The validator's message without the path it starts with (we print the path ourselves). */
    private static String reasonOf(Error error) {
        String message = error.getMessage();
        int colon = message.indexOf(": ");
        return colon >= 0 && (message.startsWith("$") || message.startsWith("/")) ? message.substring(colon + 2)
                : message;
    }

    /** A broker, or why it was refused. */
    public record Result(Broker broker, List<CatalogIssue> issues) {
        public Result {
            issues = List.copyOf(issues);
        }

        static Result failed(CatalogIssue issue) {
            return new Result(null, List.of(issue));
        }

        public boolean ok() {
            return broker != null;
        }
    }
}
