package org.unlisted.catalog.bundle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.unlisted.core.UnlistedException;

/**
 * What a catalog update holds, and the part that is signed: the format, when it was made (its
 * version: a newer update has a later time), how many definitions, and the SHA-256 of each.
 * Signing these bytes covers every definition byte through its hash.
 */
public record BundleManifest(int format, Instant created, SortedMap<String, String> files) {
    public static final int FORMAT = 1;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public BundleManifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public int count() {
        return files.size();
    }

    /** The day it was made, in UTC, to compare with the catalog inside the app. */
    public LocalDate day() {
        return LocalDate.ofInstant(created, ZoneOffset.UTC);
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", format);
        root.put("created", created.toString());
        root.put("count", files.size());
        ObjectNode hashes = root.putObject("files");
        files.forEach(hashes::put);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** Read only after its signature was checked; still strict, since a maintainer can err. */
    static BundleManifest parse(byte[] bytes) throws UnlistedException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new UnlistedException(BundleProblem.NOT_A_BUNDLE, e);
        }
        if (root == null || !root.isObject() || !root.path("format").isInt()) {
            throw new UnlistedException(BundleProblem.NOT_A_BUNDLE);
        }
        if (root.get("format").intValue() != FORMAT) {
            throw new UnlistedException(BundleProblem.NEWER_FORMAT);
        }
        JsonNode hashes = root.path("files");
        if (!root.path("created").isString() || !hashes.isObject() || !root.path("count").isInt()
                || root.get("count").intValue() != hashes.size()) {
            throw new UnlistedException(BundleProblem.NOT_A_BUNDLE);
        }
        SortedMap<String, String> files = new TreeMap<>();
        for (Map.Entry<String, JsonNode> file : hashes.properties()) {
            if (!CatalogBundle.isDefinitionName(file.getKey()) || !file.getValue().isString()
                    || !SHA256.matcher(file.getValue().stringValue()).matches()) {
                throw new UnlistedException(BundleProblem.NOT_A_BUNDLE);
            }
            files.put(file.getKey(), file.getValue().stringValue());
        }
        try {
            return new BundleManifest(FORMAT, Instant.parse(root.get("created").stringValue()), files);
        } catch (DateTimeParseException e) {
            throw new UnlistedException(BundleProblem.NOT_A_BUNDLE, e);
        }
    }
}
