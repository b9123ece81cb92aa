package org.unlisted.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes small catalogs of made-up brokers for tests; each definition starts valid and a test breaks it. */
public final class TestCatalog {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path folder;

    public TestCatalog(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    public Path folder() {
        return folder;
    }

    /** A valid tier B definition for {@code id} on {@code id.example}. */
    public static ObjectNode definition(String id) {
        ObjectNode broker = JSON.createObjectNode();
        broker.put("id", id);
        broker.put("name", "Broker " + id);
        broker.putArray("domains").add(id + ".example");
        broker.put("category", "people-search");
        broker.put("tier", "B");
        broker.put("priority", "normal");
        ObjectNode optOut = broker.putObject("optOut");
        optOut.put("method", "web-form");
        optOut.put("url", "https://" + id + ".example/opt-out");
        broker.putObject("legal").put("acceptsAgent", "unknown");
        broker.put("notes", "Made up for a test.");
        ObjectNode source = broker.putArray("sources").addObject();
        source.put("url", "https://example.org/list");
        source.put("supports", "opt-out page");
        broker.put("lastVerified", "2026-10-01");
        return broker;
    }

    /** Writes a valid definition for {@code id}, changed by {@code change}, as {@code id.json}. */
    public TestCatalog add(String id, Consumer<ObjectNode> change) throws IOException {
        ObjectNode broker = definition(id);
        change.accept(broker);
        return write(id + ".json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(broker));
    }

    public TestCatalog add(String id) throws IOException {
        return add(id, broker -> { });
    }

    public TestCatalog write(String file, String text) throws IOException {
        Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
        return this;
    }
}
