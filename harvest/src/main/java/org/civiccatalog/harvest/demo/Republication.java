package org.civiccatalog.harvest.demo;

import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A copy of another portal's record, the ways county and state portals re-publish city data: the origin's content
 * under the copy's own identifier, with one thing that gives it away ({@link Evidence}): the same landing page, the
 * same download URLs, only a similar title and description, or (CKAN) resources on another CKAN portal. The
 * copy keeps the origin's publisher: a re-publisher names where the data comes from.
 */
final class Republication {
    private final RecordFactory factory;

    Republication(RecordFactory factory) {
        this.factory = factory;
    }

    DemoRecord copy(DemoPortal p, int index, Slot.CopyOf c) {
        DemoRecord origin = factory.record(c.origin(), c.originIndex());
        SplittableRandom rng = Ids.rng(factory.seed(), p, index, RecordFactory.CONTENT);
        String title = origin.title();
        String description = plain(origin.description());
        if (c.evidence() == Evidence.SIMILAR_TEXT) {
            title = Texts.similarTitle(origin.title(), origin.portal().owner(), rng);
            description = Texts.similarDescription(origin.description(), p.owner() + " (" + p.title() + ")");
        }
        if (p == DemoPortal.COUNTY_DKAN) description = "<p>" + description + "</p>\n";
        PortalLinks.Identity own = factory.links().of(p, index, title, origin.topic(),
                Ids.rng(factory.seed(), p, index, RecordFactory.LINKS));
        DemoRecord copy = new DemoRecord(p, index, Optional.of(own.identifier()), own.key(), title, description,
                origin.keywords(), origin.theme(), origin.topic(), origin.publisher(), origin.contact(),
                license(p, origin), origin.frequency(), origin.issued(), origin.modified(), origin.spatial(),
                origin.temporal(), own.landingPage(), own.distributions(), Optional.empty(), Optional.empty(), Optional.empty());
        return switch (c.evidence()) {
            case SAME_LANDING_PAGE -> copy.withLinks(origin.landingPage(), own.distributions());
            case SAME_DOWNLOAD_URL, CKAN_RESOURCE_LINK -> copy.withLinks(own.landingPage(),
                    origin.distributions().stream().filter(DemoDistribution::download).toList());
            case SIMILAR_TEXT -> copy;
        };
    }

    /** CKAN names licences by id; elsewhere the origin's licence goes along. */
    private static String license(DemoPortal p, DemoRecord origin) {
        return p == DemoPortal.STATE_CKAN ? "cc-by" : origin.license();
    }

    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "").replace('\n', ' ').strip();
    }
}
