package org.civiccatalog.harvest.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civiccatalog.harvest.SourceKind;

/**
 * Where everything is in a region of N datasets: each portal's size, which records are copies of which origin,
 * which are broken, which are derived views. Only these few special positions are held (a few percent of N); every
 * other record is an original generated from its position alone.
 *
 * <p>Placement is closed-form, so the same N always gives the same layout: the {@code R} re-published city
 * datasets are Socrata records spread evenly over the city portal; copy {@code m} of the {@code C} copies a portal
 * holds sits at {@code floor((2m+1)n/2C)}, evenly spread too; broken records go after them, on free positions.
 */
final class RegionLayout {
    /** Share of the city's datasets re-published on the county and/or state portals. */
    static final double OVERLAP_SHARE = 0.08;
    /** Share of the state CKAN portal's packages whose resources live on the state geoportal. */
    static final double LINKED_SHARE = 0.03;
    /** Every DERIVED_VIEW_PERIOD-th Socrata record is a filtered view of the record before it. */
    static final int DERIVED_VIEW_PERIOD = 40;
    static final int MIN_DATASETS = 60;

    private final Map<DemoPortal, Integer> sizes = new EnumMap<>(DemoPortal.class);
    private final Map<DemoPortal, Map<Integer, Slot>> specials = new EnumMap<>(DemoPortal.class);
    /** Positions that must stay originals: copied origins and the records duplicates repeat. */
    private final Map<DemoPortal, Set<Integer>> reserved = new EnumMap<>(DemoPortal.class);
    private final int republished;
    private final int linked;

    RegionLayout(int datasets) {
        if (datasets < MIN_DATASETS)
            throw new IllegalArgumentException("a demo region needs at least " + MIN_DATASETS + " datasets, got " + datasets);
        int left = datasets;
        for (DemoPortal p : DemoPortal.values()) {
            int n = p.ordinal() == DemoPortal.values().length - 1 ? left : (int) Math.floor(p.share() * datasets);
            sizes.put(p, n);
            left -= n;
            specials.put(p, new HashMap<>());
            reserved.put(p, new HashSet<>());
        }
        this.republished = fitRepublished((int) Math.round(OVERLAP_SHARE * (size(DemoPortal.CITY_SOCRATA) + size(DemoPortal.CITY_HUB))));
        this.linked = fitLinked((int) Math.round(LINKED_SHARE * size(DemoPortal.STATE_CKAN)));
        placeCopies();
        for (DemoPortal p : DemoPortal.values()) placeBroken(p);
        placeStandardTables();
    }

    /** Where a standards table is on its portal. */
    int position(DemoTable t) {
        for (Map.Entry<Integer, Slot> e : specials.get(t.portal()).entrySet())
            if (e.getValue() instanceof Slot.StandardTable s && s.table() == t) return e.getKey();
        throw new IllegalStateException(t + " was not placed");
    }

    /** Each standards table on the first free position of its portal that is not a derived view's. */
    private void placeStandardTables() {
        for (DemoTable t : DemoTable.values()) {
            DemoPortal p = t.portal();
            for (int i = 0; i < size(p); i++) {
                if (!free(p, i) || i % DERIVED_VIEW_PERIOD == DERIVED_VIEW_PERIOD / 2) continue;
                specials.get(p).put(i, new Slot.StandardTable(t));
                break;
            }
        }
    }

    int size(DemoPortal p) {
        return sizes.get(p);
    }

    /** How many city datasets are re-published elsewhere. */
    int republished() {
        return republished;
    }

    Slot slot(DemoPortal p, int index) {
        if (index < 0 || index >= size(p)) throw new IndexOutOfBoundsException(p + " has " + size(p) + " records, not " + index);
        Slot s = specials.get(p).get(index);
        if (s != null) return s;
        if (p == DemoPortal.CITY_SOCRATA && index % DERIVED_VIEW_PERIOD == DERIVED_VIEW_PERIOD / 2
                && free(p, index) && free(p, index - 1)) return new Slot.DerivedView(index - 1);
        return Slot.ORIGINAL;
    }

    /** The special positions of a portal (copies and broken records), in no order. */
    Map<Integer, Slot> specials(DemoPortal p) {
        return Map.copyOf(specials.get(p));
    }

    /** Origin k of the R re-published city records: Socrata records spread evenly. */
    private int origin(int k) {
        return spread(k, republished, size(DemoPortal.CITY_SOCRATA));
    }

    private static int spread(int m, int count, int n) {
        return (int) ((2L * m + 1) * n / (2L * count));
    }

    /**
     * Copies by the origin's number k: k%4 == 0 on the county DKAN (same landing page); 1 on the state CKAN (same
     * downloads); 2 on the county feed (similar text only); 3 on both the county DKAN (same downloads) and the state
     * CKAN (same landing page). Then the state CKAN's packages whose resources are on the state geoportal.
     */
    private void placeCopies() {
        Map<DemoPortal, List<Slot.CopyOf>> copies = new EnumMap<>(DemoPortal.class);
        for (DemoPortal p : DemoPortal.values()) copies.put(p, new ArrayList<>());
        for (int k = 0; k < republished; k++) {
            int o = origin(k);
            reserved.get(DemoPortal.CITY_SOCRATA).add(o);
            switch (k % 4) {
                case 0 -> copies.get(DemoPortal.COUNTY_DKAN).add(copy(o, Evidence.SAME_LANDING_PAGE));
                case 1 -> copies.get(DemoPortal.STATE_CKAN).add(copy(o, Evidence.SAME_DOWNLOAD_URL));
                case 2 -> copies.get(DemoPortal.COUNTY_FEED).add(copy(o, Evidence.SIMILAR_TEXT));
                default -> {
                    copies.get(DemoPortal.COUNTY_DKAN).add(copy(o, Evidence.SAME_DOWNLOAD_URL));
                    copies.get(DemoPortal.STATE_CKAN).add(copy(o, Evidence.SAME_LANDING_PAGE));
                }
            }
        }
        for (int l = 0; l < linked; l++) {
            int q = spread(l, linked, size(DemoPortal.STATE_RDF));
            reserved.get(DemoPortal.STATE_RDF).add(q);
            copies.get(DemoPortal.STATE_CKAN).add(new Slot.CopyOf(DemoPortal.STATE_RDF, q, Evidence.CKAN_RESOURCE_LINK));
        }
        copies.forEach((p, list) -> {
            for (int m = 0; m < list.size(); m++) specials.get(p).put(spread(m, list.size(), size(p)), list.get(m));
        });
    }

    private static Slot.CopyOf copy(int originIndex, Evidence e) {
        return new Slot.CopyOf(DemoPortal.CITY_SOCRATA, originIndex, e);
    }

    /** Spreads the portal's broken kinds over free positions (at most one per ten records). */
    private void placeBroken(DemoPortal p) {
        int n = size(p);
        List<BrokenKind> kinds = new ArrayList<>(BrokenKind.listedBy(p.kind()));
        // An RDF duplicate must be on a later page than its twin: on one page the same IRI is simply one dataset.
        if (p.kind() == SourceKind.DCAT_RDF && n <= DemoPortal.RDF_PAGE_SIZE) kinds.remove(BrokenKind.DUPLICATE_IDENTIFIER);
        kinds = kinds.subList(0, Math.min(kinds.size(), n / 10));
        for (int b = 0; b < kinds.size(); b++) {
            BrokenKind kind = kinds.get(b);
            int start = spread(b, kinds.size(), n);
            for (int tries = 0; tries < n; tries++) {
                int c = (start + 1 + tries) % n;
                int ref = kind != BrokenKind.DUPLICATE_IDENTIFIER ? -1
                        : p.kind() == SourceKind.DCAT_RDF ? c - DemoPortal.RDF_PAGE_SIZE : c - 1;
                if (!free(p, c) || c % DERIVED_VIEW_PERIOD == DERIVED_VIEW_PERIOD / 2) continue;
                if (kind == BrokenKind.DUPLICATE_IDENTIFIER && (ref < 0 || !free(p, ref))) continue;
                specials.get(p).put(c, new Slot.Broken(kind, ref));
                if (ref >= 0) reserved.get(p).add(ref);
                break;
            }
        }
    }

    private boolean free(DemoPortal p, int index) {
        return index >= 0 && !specials.get(p).containsKey(index) && !reserved.get(p).contains(index);
    }

    /** R, lowered until every portal keeps at least two thirds of its records its own. */
    private int fitRepublished(int wanted) {
        int r = wanted;
        while (r > 0 && (r > size(DemoPortal.CITY_SOCRATA) / 3 || count(r, 0, 3) > size(DemoPortal.COUNTY_DKAN) / 3
                || count(r, 1, 3) > size(DemoPortal.STATE_CKAN) / 3 || count(r, 2, 2) > size(DemoPortal.COUNTY_FEED) / 3))
            r--;
        return r;
    }

    private int fitLinked(int wanted) {
        int l = wanted;
        while (l > 0 && (count(republished, 1, 3) + l > size(DemoPortal.STATE_CKAN) / 3 || l > size(DemoPortal.STATE_RDF) / 3))
            l--;
        return l;
    }

    /** How many k < r have k%4 == a or k%4 == b. */
    private static int count(int r, int a, int b) {
        int c = 0;
        for (int k = 0; k < r; k++) if (k % 4 == a || k % 4 == b) c++;
        return c;
    }
}
