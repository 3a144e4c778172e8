package org.civiccatalog.harvest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The portal APIs the harvester speaks, each by one adapter. */
public enum SourceKind {
    DATAJSON("datajson"), DCAT_RDF("dcat-rdf"), CKAN("ckan"), DKAN("dkan"), SOCRATA("socrata"), ARCGIS_HUB("arcgis-hub");

    private final String id;

    SourceKind(String id) {
        this.id = id;
    }

    /** The name used in sources files and in the store. */
    public String id() {
        return id;
    }

    public static Optional<SourceKind> byId(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id.equals(k)).findFirst();
    }
}
