package org.civiccatalog.harvest.adapters;

import org.civiccatalog.harvest.Harvester;
import org.civiccatalog.harvest.SourceKind;

/** The adapter for each portal kind. */
public final class Adapters {
    private Adapters() {}

    /** Socrata enrichment from /api/views is on: one request per dataset, for columns and department fields. */
    public static Harvester forKind(SourceKind kind) {
        return switch (kind) {
            case DATAJSON -> new DataJsonHarvester();
            case DCAT_RDF -> new DcatRdfHarvester();
            case DKAN -> new DkanHarvester();
            case CKAN -> new CkanHarvester();
            case SOCRATA -> new SocrataHarvester(true);
            case ARCGIS_HUB -> new ArcGisHubHarvester();
        };
    }
}
