package org.civiccatalog.core.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.civiccatalog.core.CatalogIris;

/**
 * How many datasets one portal re-publishes from another, for the harvest report.
 *
 * @param copySource   the portal holding the copies
 * @param originSource the portal holding the origins
 * @param copies       how many
 * @param byKind       how they were recognised
 */
public record PortalOverlap(String copySource, String originSource, int copies, Map<MatchKind, Integer> byKind) {
    public PortalOverlap {
        byKind = Map.copyOf(byKind);
    }

    /** The overlaps of the given links, largest first. */
    public static List<PortalOverlap> of(List<CopyLink> links, CatalogIris iris) {
        Map<String, Map<MatchKind, Integer>> pairs = new TreeMap<>();
        for (CopyLink l : links) {
            String key = iris.sourceOfDataset(l.copy()).orElse("?") + " " + iris.sourceOfDataset(l.origin()).orElse("?");
            pairs.computeIfAbsent(key, k -> new EnumMap<>(MatchKind.class)).merge(l.matchedBy(), 1, Integer::sum);
        }
        List<PortalOverlap> out = new ArrayList<>();
        pairs.forEach((key, kinds) -> {
            String[] p = key.split(" ", 2);
            out.add(new PortalOverlap(p[0], p[1], kinds.values().stream().mapToInt(Integer::intValue).sum(), kinds));
        });
        out.sort(Comparator.comparingInt(PortalOverlap::copies).reversed());
        return out;
    }
}
