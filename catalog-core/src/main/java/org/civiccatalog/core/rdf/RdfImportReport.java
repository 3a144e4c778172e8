package org.civiccatalog.core.rdf;

import java.util.List;
import java.util.Objects;

import org.apache.jena.riot.Lang;

/**
 * The outcome of reading one DCAT RDF document.
 *
 * @param input    the document's name
 * @param syntax   the syntax it was parsed as
 * @param triples  triples in the parsed document
 * @param found    datasets found (typed dcat:Dataset / dcat:DatasetSeries, or linked by dcat:dataset)
 * @param imported datasets handed to the consumer
 * @param skipped  datasets not imported, each with where it is and why
 * @param catalogs the document's catalogs, for the source description
 * @param warnings parser warnings (at most {@value RdfDocumentParser#MAX_WARNINGS})
 */
public record RdfImportReport(String input, Lang syntax, long triples, int found, int imported,
                              List<Skipped> skipped, List<CatalogDescription> catalogs, List<String> warnings) {
    public RdfImportReport {
        Objects.requireNonNull(input, "input");
        skipped = List.copyOf(skipped);
        catalogs = List.copyOf(catalogs);
        warnings = List.copyOf(warnings);
    }

    /** A dataset that was found but not imported. */
    public record Skipped(String position, String reason) {
        public Skipped {
            Objects.requireNonNull(position, "position");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return position + ": " + reason;
        }
    }
}
