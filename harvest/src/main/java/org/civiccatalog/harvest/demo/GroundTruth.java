package org.civiccatalog.harvest.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What is true of a demo region, for tests to assert against: which record on which portal is a copy of which
 * origin ({@link #copies}), which records are broken and what the harvest does with them ({@link #broken}), and what a
 * harvest of each portal gives ({@link #expectation}). Copies and broken records are a few percent of the region and
 * are listed on first use; the other records are never generated here.
 */
public final class GroundTruth {
    private final RecordFactory records;
    private volatile List<Copy> copies;
    private volatile List<BrokenRecord> broken;

    GroundTruth(RecordFactory records) {
        this.records = records;
    }

    /** Every re-published copy in the region, by portal (in {@link DemoPortal} order) and position. */
    public List<Copy> copies() {
        List<Copy> c = copies;
        if (c == null) copies = c = listCopies();
        return c;
    }

    /** The copies of one origin record (none for a record nobody re-published). */
    public List<Copy> copiesOf(RecordRef origin) {
        return copies().stream().filter(c -> c.origin().equals(origin)).toList();
    }

    /** Where a copy comes from; empty for a record that is not a copy. */
    public Optional<Copy> originOf(RecordRef copy) {
        return copies().stream().filter(c -> c.copy().equals(copy)).findFirst();
    }

    /** Every broken record, by portal and position. */
    public List<BrokenRecord> broken() {
        List<BrokenRecord> b = broken;
        if (b == null) broken = b = listBroken();
        return b;
    }

    public List<BrokenRecord> broken(String sourceId) {
        return broken().stream().filter(b -> b.sourceId().equals(sourceId)).toList();
    }

    /** What a first harvest of the source gives with the real adapter and default limits. */
    public Expectation expectation(String sourceId) {
        DemoPortal p = DemoPortal.bySourceId(sourceId)
                .orElseThrow(() -> new IllegalArgumentException("no demo portal has source id " + sourceId));
        int listed = records.layout().size(p);
        int errors = 0, warnings = 0, infos = 0, skipped = 0;
        for (BrokenRecord b : broken(sourceId)) {
            switch (b.outcome()) {
                case SKIPPED_WITH_ERROR -> errors++;
                case SKIPPED_WITH_INFO -> infos++;
                case HARVESTED_WITH_WARNING -> warnings++;
                case HARVESTED -> { }
            }
            if (!b.outcome().harvested()) skipped++;
        }
        // The CKAN adapter reports the other CKAN portals it found links into, one INFO finding per host.
        if (p == DemoPortal.STATE_CKAN && copies().stream().anyMatch(c -> c.evidence() == Evidence.CKAN_RESOURCE_LINK)) infos++;
        // The Socrata adapter counts identifiers on a host other than the portal's as federated copies, in one INFO
        // finding per host. The simulated portal is reached at 127.0.0.1 while its identifiers name its public host,
        // so all of them are counted there: an artefact of the simulation, which a real portal does not have.
        if (p == DemoPortal.CITY_SOCRATA) infos++;
        return new Expectation(sourceId, listed, listed - skipped, errors, warnings, infos);
    }

    /** The expectations of all six portals, in {@link DemoPortal} order. */
    public List<Expectation> expectations() {
        return Stream.of(DemoPortal.values()).map(p -> expectation(p.sourceId())).toList();
    }

    private List<Copy> listCopies() {
        List<Copy> out = new ArrayList<>();
        for (DemoPortal p : DemoPortal.values())
            for (Map.Entry<Integer, Slot> e : sorted(p)) {
                if (!(e.getValue() instanceof Slot.CopyOf c)) continue;
                DemoRecord copy = records.record(p, e.getKey());
                DemoRecord origin = records.record(c.origin(), c.originIndex());
                out.add(new Copy(ref(copy), ref(origin), c.evidence(), shared(c.evidence(), origin)));
            }
        return List.copyOf(out);
    }

    private List<BrokenRecord> listBroken() {
        List<BrokenRecord> out = new ArrayList<>();
        for (DemoPortal p : DemoPortal.values())
            for (Map.Entry<Integer, Slot> e : sorted(p)) {
                if (!(e.getValue() instanceof Slot.Broken b)) continue;
                DemoRecord r = records.record(p, e.getKey());
                out.add(new BrokenRecord(p.sourceId(), e.getKey(), b.kind(), r.identifier(), b.kind().outcome(p.kind())));
            }
        return List.copyOf(out);
    }

    private List<Map.Entry<Integer, Slot>> sorted(DemoPortal p) {
        return records.layout().specials(p).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    private static String shared(Evidence e, DemoRecord origin) {
        return switch (e) {
            case SAME_LANDING_PAGE -> origin.landingPage();
            case SAME_DOWNLOAD_URL -> origin.distributions().stream().filter(DemoDistribution::download)
                    .map(DemoDistribution::url).findFirst().orElseThrow();
            case SIMILAR_TEXT -> origin.title();
            case CKAN_RESOURCE_LINK -> origin.identifier().orElseThrow();
        };
    }

    private static RecordRef ref(DemoRecord r) {
        return new RecordRef(r.portal().sourceId(), r.identifier().orElseThrow(() ->
                new IllegalStateException(r.portal() + " record " + r.index() + " has no identifier")));
    }
}
