package org.civiccatalog.harvest.demo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One generated dataset as its portal holds it, before it is written in the portal's API format (data.json entry,
 * Socrata view, CKAN package, DCAT Turtle). Made by {@link RecordFactory} from (seed, portal, index) alone.
 *
 * @param identifier   the portal's identifier (empty for a record broken that way); what the harvester keys on
 * @param key          the portal's own id: Socrata 4x4, Hub item id, DKAN/CKAN/RDF UUID, feed layer name
 * @param publisher    the department, e.g. "Demo City Department of Transportation"
 * @param spatial      a bounding box "W,S,E,N" or a place name, when it makes sense
 * @param temporal     "start/end" dates, when the title names a period
 * @param broken       how the record is broken, if it is
 * @param parentKey    the Socrata 4x4 of the view a derived (filtered) view was made from
 */
record DemoRecord(DemoPortal portal, int index, Optional<String> identifier, String key, String title,
                  String description, List<String> keywords, String theme, Agencies.Topic topic, String publisher,
                  Contact contact, String license, Frequency frequency, LocalDateTime issued, LocalDateTime modified,
                  Optional<String> spatial, Optional<String> temporal, String landingPage,
                  List<DemoDistribution> distributions, Optional<BrokenKind> broken, Optional<String> parentKey,
                  Optional<String> conformsTo) {
    DemoRecord {
        keywords = List.copyOf(keywords);
        distributions = List.copyOf(distributions);
    }

    /** A person (or office) to contact, with an e-mail address (without {@code mailto:}). */
    record Contact(String name, String email) {}

    /** How often the data is updated: ISO 8601 repeating duration (POD), words for descriptions. */
    record Frequency(String iso, String words) {}

    boolean isBroken(BrokenKind kind) {
        return broken.filter(kind::equals).isPresent();
    }

    DemoRecord withIdentifier(Optional<String> id) {
        return new DemoRecord(portal, index, id, key, title, description, keywords, theme, topic, publisher, contact,
                license, frequency, issued, modified, spatial, temporal, landingPage, distributions, broken, parentKey, conformsTo);
    }

    DemoRecord withText(String newTitle, String newDescription, List<String> newKeywords) {
        return new DemoRecord(portal, index, identifier, key, newTitle, newDescription, newKeywords, theme, topic,
                publisher, contact, license, frequency, issued, modified, spatial, temporal, landingPage, distributions,
                broken, parentKey, conformsTo);
    }

    DemoRecord withLinks(String newLandingPage, List<DemoDistribution> newDistributions) {
        return new DemoRecord(portal, index, identifier, key, title, description, keywords, theme, topic, publisher,
                contact, license, frequency, issued, modified, spatial, temporal, newLandingPage, newDistributions, broken,
                parentKey, conformsTo);
    }

    DemoRecord withBroken(BrokenKind kind) {
        return new DemoRecord(portal, index, identifier, key, title, description, keywords, theme, topic, publisher,
                contact, license, frequency, issued, modified, spatial, temporal, landingPage, distributions,
                Optional.of(kind), parentKey, conformsTo);
    }

    DemoRecord withParent(String parent4x4) {
        return new DemoRecord(portal, index, identifier, key, title, description, keywords, theme, topic, publisher,
                contact, license, frequency, issued, modified, spatial, temporal, landingPage, distributions, broken,
                Optional.of(parent4x4), conformsTo);
    }
}
