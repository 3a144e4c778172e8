package org.civiccatalog.core.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the search index holds about one listed dataset: the text it is found by, the values it is counted under in
 * each facet, its dates and its spatial extent. Built from the dataset's record graph by {@link RecordReader}.
 *
 * @param iri          the dataset IRI
 * @param sourceId     the source (portal) it was harvested from
 * @param sourceTitle  the source's title
 * @param jurisdiction the source's level of government (city, county, state...), when known
 * @param title        {@code dct:title} (or the identifier when it has none)
 * @param description  {@code dct:description}
 * @param keywords     {@code dcat:keyword}
 * @param publishers   names of the {@code dct:publisher}s (the department)
 * @param themes       {@code dcat:theme} labels
 * @param formats      the distributions' formats, named as people name them ("CSV", "GeoJSON")
 * @param licenses     {@code dct:license} of the dataset and its distributions, known licences by short name
 * @param standards    {@code dct:conformsTo} of the dataset and its distributions
 * @param status       {@code active} or {@code withdrawn}
 * @param modified     {@code dct:modified} of the dataset, when it parses as a date
 * @param extents      the boxes around its spatial extents
 * @param alsoOn       ids of the other sources (portals) that re-publish it, sorted
 */
public record SearchDocument(String iri, String sourceId, String sourceTitle, Optional<String> jurisdiction,
                             String title, String description, List<String> keywords, List<String> publishers,
                             List<String> themes, List<String> formats, List<String> licenses, List<String> standards,
                             String status, Optional<Instant> modified, List<BoundingBox> extents, List<String> alsoOn) {
    public SearchDocument {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(modified, "modified");
        keywords = List.copyOf(keywords);
        publishers = List.copyOf(publishers);
        themes = List.copyOf(themes);
        formats = List.copyOf(formats);
        licenses = List.copyOf(licenses);
        standards = List.copyOf(standards);
        extents = List.copyOf(extents);
        alsoOn = List.copyOf(alsoOn);
    }

    /** The same dataset with the list of other portals that re-publish it. */
    public SearchDocument withAlsoOn(List<String> sources) {
        return new SearchDocument(iri, sourceId, sourceTitle, jurisdiction, title, description, keywords, publishers,
                themes, formats, licenses, standards, status, modified, extents, sources);
    }
}
