package org.unlisted.catalog;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.unlisted.core.UnlistedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the catalog from definition files. A file that cannot be read, breaks the schema or a
 * rule is left out, and the reason is kept for the person to see: one bad file never stops the app.
 */
public final class CatalogLoader {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogLoader.class);
    private static final String BUNDLED = "/org/unlisted/brokers/definitions";

    private final DefinitionReader reader;

    public CatalogLoader(LocalDate today) {
        this.reader = new DefinitionReader(today);
    }

    public DefinitionReader reader() {
        return reader;
    }

    /** The catalog that ships inside the app. */
    public Catalog bundled() throws UnlistedException {
        URL folder = CatalogLoader.class.getResource(BUNDLED);
        if (folder == null) {
            throw new UnlistedException(CatalogProblem.MISSING);
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return load(jar.getPath(BUNDLED));
                }
            }
            return load(Path.of(uri));
        } catch (URISyntaxException | IOException | UnsupportedOperationException e) {
            throw new UnlistedException(CatalogProblem.MISSING, e);
        }
    }

    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            // Someone else holds it open; use a fresh one of our own so closing it harms nobody.
            return FileSystems.newFileSystem(Path.of(jarPath(uri)), (ClassLoader) null);
        }
    }

    private static String jarPath(URI uri) {
        String spec = uri.getSchemeSpecificPart();
        return Path.of(URI.create(spec.substring(0, spec.indexOf("!/")))).toString();
    }

    /** Every {@code *.json} file in {@code folder}. */
    public Catalog load(Path folder) throws UnlistedException {
        if (!Files.isDirectory(folder)) {
            throw new UnlistedException(CatalogProblem.NOT_A_FOLDER);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UnlistedException(CatalogProblem.MISSING, e);
        }
        // Files are independent until the checks between them, so read them on every core.
        List<DefinitionReader.Result> results = files.parallelStream().map(this::read).toList();
        return collect(files.stream().map(file -> file.getFileName().toString()).toList(), results);
    }

    /**
     * The same checks over definitions already in memory, file name to text: a catalog update is
     * checked exactly as the catalog inside the app, from the very bytes that were signed.
     */
    public Catalog load(SortedMap<String, String> texts) {
        List<String> names = List.copyOf(texts.keySet());
        List<DefinitionReader.Result> results = names.parallelStream()
                .map(name -> reader.read(name, texts.get(name))).toList();
        return collect(names, results);
    }

    private static Catalog collect(List<String> names, List<DefinitionReader.Result> results) {
        List<CatalogIssue> issues = new ArrayList<>();
        List<CatalogCheck.Entry> entries = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            DefinitionReader.Result result = results.get(i);
            issues.addAll(result.issues());
            if (result.ok()) {
                entries.add(new CatalogCheck.Entry(names.get(i), result.broker()));
            }
        }
        return assemble(entries, issues);
    }

    private DefinitionReader.Result read(Path file) {
        String name = file.getFileName().toString();
        try {
            return reader.read(name, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return DefinitionReader.Result.failed(new CatalogIssue(name, "-", "cannot be read"));
        }
    }

    /**
     * Leaves out every entry a rule between files points at, and checks again, since leaving one out
     * may leave others pointing at nothing.
     */
    static Catalog assemble(List<CatalogCheck.Entry> entries, List<CatalogIssue> issues) {
        List<CatalogCheck.Entry> kept = new ArrayList<>(entries);
        List<CatalogIssue> found = CatalogCheck.check(kept);
        while (!found.isEmpty()) {
            issues.addAll(found);
            Set<String> bad = files(found);
            kept.removeIf(entry -> bad.contains(entry.file()));
            found = CatalogCheck.check(kept);
        }
        for (CatalogIssue issue : issues) {
            LOG.warn("Broker definition left out: {}", issue);
        }
        return new Catalog(kept.stream().map(CatalogCheck.Entry::broker).toList(), issues);
    }

    private static Set<String> files(Collection<CatalogIssue> issues) {
        Set<String> files = new HashSet<>();
        issues.forEach(issue -> files.add(issue.file()));
        return files;
    }
}
