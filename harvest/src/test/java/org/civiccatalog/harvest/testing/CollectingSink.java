package org.civiccatalog.harvest.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestSink;

/** A {@link HarvestSink} for adapter tests: keeps every dataset (with the URL it came from) and every finding, in order. */
public final class CollectingSink implements HarvestSink {
    /** One delivered dataset and the URL of the document it came from. */
    public record Delivered(ImportedDataset dataset, String fromUrl) {}

    private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    private final List<Finding> findings = new CopyOnWriteArrayList<>();

    @Override
    public void dataset(ImportedDataset dataset, String fromUrl) {
        delivered.add(new Delivered(dataset, fromUrl));
    }

    @Override
    public void finding(Finding finding) {
        findings.add(finding);
    }

    public List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    public List<ImportedDataset> datasets() {
        return delivered.stream().map(Delivered::dataset).toList();
    }

    /** The upstream identifiers of the delivered datasets, in order. */
    public List<String> ids() {
        return delivered.stream().map(d -> d.dataset().upstreamId()).toList();
    }

    /** Delivered datasets by upstream identifier (a test fails on a duplicate). */
    public Map<String, ImportedDataset> byUpstreamId() {
        return datasets().stream().collect(Collectors.toMap(ImportedDataset::upstreamId, Function.identity()));
    }

    public Optional<ImportedDataset> dataset(String upstreamId) {
        return datasets().stream().filter(d -> d.upstreamId().equals(upstreamId)).findFirst();
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    public List<Finding> findings(Finding.Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
