package org.civiccatalog.core.imports;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.datajson.DataJsonReader;
import org.civiccatalog.core.datajson.DatasetEntry;
import org.civiccatalog.core.datajson.PodCatalogFields;
import org.civiccatalog.core.datajson.PodToDcat;
import org.civiccatalog.core.rdf.DcatRdfReader;
import org.civiccatalog.core.rdf.RdfImportReport;
import org.civiccatalog.core.rdf.RdfInput;
import org.civiccatalog.core.store.ApplyResult;
import org.civiccatalog.core.store.CanonicalHash;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.RecordGraph;
import org.civiccatalog.core.store.SourceInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports files (data.json or DCAT RDF) as the datasets of one source, all or nothing: every file is read,
 * mapped and written inside ONE write transaction, so malformed input, a wrong type or a duplicate identifier
 * leaves the store exactly as it was. Datasets stream from the readers into the transaction; only one dataset's
 * graph is in memory at a time (RDF documents are parsed whole, data.json is read as a stream).
 */
public final class CatalogImporter {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.import");
    /** What an imported record's {@code civic:contentHash} starts with. */
    public static final String IMPORT_HASH_PREFIX = "import|";
    private final CatalogStore store;

    public CatalogImporter(CatalogStore store) {
        this.store = store;
    }

    /** The source kind a set of files suggests: {@code datajson}, {@code dcat-rdf}, or {@code mixed}. */
    public static String kindOf(List<Path> files) {
        boolean json = files.stream().anyMatch(InputFormat::isDataJson);
        boolean rdf = files.stream().anyMatch(f -> !InputFormat.isDataJson(f));
        return json && rdf ? "mixed" : json ? "datajson" : "dcat-rdf";
    }

    public ImportReport importFiles(SourceInfo source, List<Path> files) {
        if (files.isEmpty()) throw new IllegalArgumentException("no files to import");
        long t0 = System.nanoTime();
        List<String> notes = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        PodToDcat pod = new PodToDcat(store.iris());
        DcatRdfReader rdf = DcatRdfReader.create(store.iris());
        ApplyResult result = store.replaceRecords(source, sink -> {
            for (Path file : files) {
                if (InputFormat.isDataJson(file)) {
                    var summary = DataJsonReader.read(file, new DataJsonReader.Handler() {
                        @Override
                        public void dataset(DatasetEntry entry) {
                            ImportedDataset d = pod.map(source.id(), entry);
                            put(sink, source, d, seen, file);
                        }
                    });
                    if (summary.datasets() == 0) notes.add(file + ": the data.json lists no datasets");
                    if (summary.legacyV10()) notes.add(file + ": POD v1.0 file upgraded to v1.1 (docs/datajson-mapping.md)");
                    sink.sourceFields(PodCatalogFields.toGraph(store.iris().source(source.id()), summary.catalog()));
                } else {
                    // Relative IRIs resolve against where the source is published, never against a local path.
                    String base = source.url().orElse(store.iris().source(source.id()) + "/");
                    RdfInput input = RdfInput.file(file).withBase(base);
                    RdfImportReport r = rdf.read(input, source.id(), d -> put(sink, source, d, seen, file));
                    r.skipped().forEach(s -> notes.add(file + ": skipped " + s));
                }
            }
        });
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        LOG.info("Imported {} datasets ({} triples) into source {} in {} ms", result.records(), result.triples(),
                source.id(), took.toMillis());
        return new ImportReport(source.id(), files.size(), result.records(), result.triples(), took, notes);
    }

    private static void put(CatalogStore.RecordSink sink, SourceInfo source, ImportedDataset d, Map<String, String> seen,
                            Path file) {
        String where = file + " " + d.position();
        String first = seen.putIfAbsent(d.upstreamId(), where);
        if (first != null)
            throw new InvalidInputException(file.toString(), "duplicate identifier \"" + d.upstreamId() + "\" at "
                    + d.position() + "; first seen at " + first + ". Identifiers must be unique within a source.");
        // A content hash, as harvests store: an incremental audit compares it instead of hashing the record every run.
        // "import|" stands where a harvest puts its source form's hash, so a later harvest of the same description
        // still rewrites the record once with its own hash and URL (RecordState.graphPart compares the rest).
        sink.accept(new RecordGraph(source.id(), d.upstreamId(), d.datasetIri(), d.graph())
                .withContentHash(IMPORT_HASH_PREFIX + CanonicalHash.of(d.graph())));
    }
}
