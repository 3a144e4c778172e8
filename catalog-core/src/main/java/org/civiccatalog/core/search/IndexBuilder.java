package org.civiccatalog.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.civiccatalog.core.identity.CopyLink;
import org.civiccatalog.core.identity.CrossPortalIdentity;
import org.civiccatalog.core.store.CatalogStore;
import org.civiccatalog.core.store.SourceInfo;
import org.civiccatalog.core.store.StoreState;

/**
 * Builds a whole index from the store in one read transaction, so that it is one consistent state of the catalog
 * (the state version it records): every listed dataset (copies of another portal's dataset are left out, as feeds
 * leave them out, and their origin says on which other portals it is), streamed from the store's record scan into
 * the index writer. Nothing is held per dataset but what the writer buffers.
 */
final class IndexBuilder {
    private IndexBuilder() {}

    static SearchIndex build(CatalogStore store, QualityScores quality, Directory dir, Optional<Path> path) throws IOException {
        String qualityVersion = quality.version();
        Map<String, QualityScores.DatasetQuality> scores = quality.scores();
        IndexWriterConfig cfg = new IndexWriterConfig(IndexSchema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64).setCommitOnClose(false);
        FacetsConfig facets = IndexSchema.facetsConfig();
        try (IndexWriter writer = new IndexWriter(dir, cfg)) {
            SearchIndex.IndexMeta meta = store.read(ds -> {
                StoreState state = store.state();
                Map<String, SourceInfo> byIri = new HashMap<>();
                Map<String, String> titles = new HashMap<>();
                for (SourceInfo s : store.sources()) {
                    byIri.put(store.iris().source(s.id()), s);
                    titles.put(s.id(), s.title());
                }
                Map<String, TreeSet<String>> alsoOn = new HashMap<>();
                for (CopyLink l : CrossPortalIdentity.links(store))
                    store.iris().sourceOfDataset(l.copy())
                         .ifPresent(src -> alsoOn.computeIfAbsent(l.origin(), o -> new TreeSet<>()).add(src));
                Map<String, List<String>> conformance = ConformanceLevels.read(store, ds);
                RecordReader reader = new RecordReader(byIri);
                int[] n = {0};
                store.forEachListedRecord(g -> reader.read(g).ifPresent(d -> {
                    SearchDocument doc = d.withAlsoOn(List.copyOf(alsoOn.getOrDefault(d.iri(), new TreeSet<>())));
                    try {
                        writer.addDocument(IndexSchema.document(doc, Optional.ofNullable(scores.get(d.iri())),
                                conformance.getOrDefault(d.iri(), List.of()), facets));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    n[0]++;
                }));
                return new SearchIndex.IndexMeta(IndexSchema.VERSION, state.version(), state.modified(), qualityVersion,
                        ConformanceLevels.version(conformance),
                        Instant.now(), n[0], Map.copyOf(titles));
            });
            // One segment: facet counting then needs no ordinal map across segments, which was a third of a search's
            // time at 100,000 datasets. The index is built whole each time, so the merge is paid once per build.
            writer.forceMerge(1);
            writer.setLiveCommitData(IndexFiles.userData(meta).entrySet());
            writer.commit();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return SearchIndex.open(dir, path);
    }
}
