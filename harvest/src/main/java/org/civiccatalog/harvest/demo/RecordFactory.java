package org.civiccatalog.harvest.demo;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.civiccatalog.harvest.SourceLimits;

/**
 * Makes record {@code i} of a portal from (seed, portal, i) and the layout alone: an original, a copy of another
 * portal's record ({@link Republication}), a broken record, or a Socrata derived view. The content and the links of a
 * record come from two separate random streams, so that a copy takes its origin's content and still gets identifiers
 * of its own.
 */
final class RecordFactory {
    /** The date the region is "as of": no record is modified later, and every response's Last-Modified. */
    static final LocalDateTime AS_OF = LocalDateTime.of(2025, 6, 30, 12, 0);
    private static final LocalDateTime EARLIEST = LocalDateTime.of(2012, 1, 1, 8, 0);
    static final int CONTENT = 1;
    static final int LINKS = 2;
    private static final List<String> VIEW_SUFFIXES = List.of("Filtered View", "Map", "Current Year", "Top 100");

    private final long seed;
    private final RegionLayout layout;
    private final PortalLinks links;
    private final DemoStandards standards;

    RecordFactory(long seed, RegionLayout layout, DemoStandards standards) {
        this.seed = seed;
        this.layout = layout;
        this.links = new PortalLinks(seed, layout);
        this.standards = standards;
    }

    DemoStandards standards() {
        return standards;
    }

    long seed() {
        return seed;
    }

    RegionLayout layout() {
        return layout;
    }

    PortalLinks links() {
        return links;
    }

    DemoRecord record(DemoPortal p, int index) {
        Slot s = layout.slot(p, index);
        if (s instanceof Slot.CopyOf c) return new Republication(this).copy(p, index, c);
        if (s instanceof Slot.Broken b) return broken(p, index, b);
        if (s instanceof Slot.DerivedView v) return derived(p, index, v);
        if (s instanceof Slot.StandardTable t) return standardTable(p, index, t.table());
        return original(p, index);
    }

    DemoRecord original(DemoPortal p, int index) {
        SplittableRandom rng = Ids.rng(seed, p, index, CONTENT);
        List<Agencies.Topic> topics = Agencies.get().topics(p);
        Agencies.Topic topic = topics.get(rng.nextInt(topics.size()));
        Texts.Titled t = Texts.title(topic.subject().title(), p, rng);
        String publisher = Texts.publisher(p, topic.agency());
        DemoRecord.Frequency f = Texts.FREQUENCIES.get(rng.nextInt(Texts.FREQUENCIES.size()));
        String description = p.isGis() ? Texts.layerDescription(topic, t.title(), publisher, f, rng)
                : Texts.description(topic, t.title(), publisher, f, p == DemoPortal.COUNTY_DKAN, rng);
        LocalDateTime issued = EARLIEST.plusSeconds(rng.nextLong(ChronoUnit.SECONDS.between(EARLIEST, AS_OF.minusDays(30))));
        LocalDateTime modified = issued.plusSeconds(rng.nextLong(ChronoUnit.SECONDS.between(issued, AS_OF)));
        Optional<String> spatial = topic.subject().geo() ? Optional.of(boundingBox(p))
                : rng.nextInt(3) == 0 ? Optional.of(p.owner()) : Optional.empty();
        PortalLinks.Identity id = links.of(p, index, t.title(), topic, Ids.rng(seed, p, index, LINKS));
        return new DemoRecord(p, index, Optional.of(id.identifier()), id.key(), t.title(), description,
                keywords(topic, rng), topic.agency().theme(), topic, publisher, Texts.contact(rng, emailDomain(p, topic)),
                license(p, rng), f, issued, modified, spatial, t.temporal(), id.landingPage(), id.distributions(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private DemoRecord broken(DemoPortal p, int index, Slot.Broken b) {
        DemoRecord r = original(p, index).withBroken(b.kind());
        return switch (b.kind()) {
            case MISSING_IDENTIFIER -> r.withIdentifier(Optional.empty());
            case DUPLICATE_IDENTIFIER -> r.withIdentifier(original(p, b.refIndex()).identifier());
            case OVERLONG_DESCRIPTION -> r.withText(r.title(),
                    Texts.overlong(r.description(), SourceLimits.defaults().maxTextLength()), r.keywords());
            case INVALID_DOWNLOAD_URL -> {
                List<DemoDistribution> d = new ArrayList<>(r.distributions());
                // A path on the department's file share, pasted where a URL belongs.
                d.set(0, d.get(0).withUrl("\\\\fileserver01\\OpenData\\exports\\" + Ids.slug(r.title()) + ".csv"));
                yield r.withLinks(r.landingPage(), d);
            }
            default -> r;
        };
    }

    /** A Socrata filtered view of the record before it: its parent's content under a title of its own. */
    private DemoRecord derived(DemoPortal p, int index, Slot.DerivedView v) {
        DemoRecord parent = original(p, v.parentIndex());
        SplittableRandom rng = Ids.rng(seed, p, index, CONTENT);
        String title = parent.title() + " - " + VIEW_SUFFIXES.get(rng.nextInt(VIEW_SUFFIXES.size()));
        PortalLinks.Identity id = links.of(p, index, title, parent.topic(), Ids.rng(seed, p, index, LINKS));
        return new DemoRecord(p, index, Optional.of(id.identifier()), id.key(), title,
                "A view of " + parent.title() + ". " + parent.description(), parent.keywords(), parent.theme(),
                parent.topic(), parent.publisher(), parent.contact(), parent.license(), parent.frequency(),
                parent.modified(), parent.modified(), parent.spatial(), parent.temporal(), id.landingPage(),
                id.distributions(), Optional.empty(), Optional.of(parent.key()), Optional.empty());
    }

    /**
     * A standards table: a fixed title and its real columns (the Socrata view lists them); updated daily, last on the
     * tables' as-of day. On DKAN its one distribution is the CSV the portal serves under {@code /sites/default/files/restaurants/}.
     */
    private DemoRecord standardTable(DemoPortal p, int index, DemoTable t) {
        SplittableRandom rng = Ids.rng(seed, p, index, CONTENT);
        List<Agencies.Topic> topics = Agencies.get().topics(p);
        Agencies.Topic base = topics.stream().filter(x -> x.subject().title().equals(t.subject())).findFirst().orElse(topics.get(0));
        Agencies.Topic topic = new Agencies.Topic(base.agency(), new Agencies.Subject(t.title(), base.subject().keywords(),
                base.subject().unit(), true, t.columns()));
        String publisher = Texts.publisher(p, topic.agency());
        LocalDateTime modified = standards.asOf().atStartOfDay();
        PortalLinks.Identity id = links.of(p, index, t.title(), topic, Ids.rng(seed, p, index, LINKS));
        List<DemoDistribution> distributions = p == DemoPortal.CITY_SOCRATA ? id.distributions().subList(0, 1)
                : List.of(new DemoDistribution(t.title(), "csv", "text/csv", p.publicBase() + "/sites/default/files/restaurants/"
                + t.fileName(), true));
        return new DemoRecord(p, index, Optional.of(id.identifier()), id.key(), t.title(), t.description(),
                base.subject().keywords(), topic.agency().theme(), topic, publisher,
                Texts.contact(rng, emailDomain(p, topic)), license(p, rng), Texts.FREQUENCIES.get(0),
                LocalDateTime.of(2019, 1, 1, 9, 0), modified, Optional.of(boundingBox(p)), Optional.empty(),
                id.landingPage(), distributions, Optional.empty(), Optional.empty(), t.conformsTo());
    }

    private static List<String> keywords(Agencies.Topic topic, SplittableRandom rng) {
        List<String> pool = new ArrayList<>(topic.subject().keywords());
        List<String> out = new ArrayList<>();
        int n = Math.min(pool.size(), 2 + rng.nextInt(4));
        for (int i = 0; i < n; i++) out.add(pool.remove(rng.nextInt(pool.size())));
        return out;
    }

    /** Licences as each platform's users pick them; CKAN names a licence by its CKAN id. */
    private static String license(DemoPortal p, SplittableRandom rng) {
        int pick = rng.nextInt(4);
        return switch (p) {
            case CITY_SOCRATA -> pick == 0 ? "http://opendatacommons.org/licenses/pddl/1.0/"
                    : "https://creativecommons.org/publicdomain/zero/1.0/";
            case CITY_HUB -> pick == 0 ? "No license provided. Request permission to use."
                    : "https://creativecommons.org/licenses/by/4.0/";
            case STATE_CKAN -> pick == 0 ? "odc-odbl" : pick == 1 ? "cc-zero" : "cc-by";
            default -> pick == 0 ? "http://opendefinition.org/licenses/odc-odbl/" : "https://creativecommons.org/licenses/by/4.0/";
        };
    }

    /** "W,S,E,N" of the jurisdiction: POD's bounding box form of {@code spatial}. */
    static String boundingBox(DemoPortal p) {
        return switch (p.jurisdiction()) {
            case CITY -> "-121.5630,38.4370,-121.3620,38.6850";
            case COUNTY -> "-121.8620,38.0190,-121.0270,38.7360";
            default -> "-124.4820,32.5290,-114.1310,42.0100";
        };
    }

    private static String emailDomain(DemoPortal p, Agencies.Topic topic) {
        return switch (p.jurisdiction()) {
            case CITY -> "demo-city.example.gov";
            case COUNTY -> "demo-county.example.gov";
            default -> topic.agency().slug() + ".demo-state.example.gov";
        };
    }
}
