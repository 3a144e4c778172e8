package org.civiccatalog.core.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds datasets published on more than one portal and picks, for each, the origin that feeds list.
 *
 * <p>Descriptions from different sources are joined when they share an identifier, a landing page or a download URL,
 * when one names the other's page as its {@code dct:source}, or, failing those, when their {@link TextFingerprint}s
 * match. A key held by two descriptions of the same source, or by more than {@value #MAX_SHARING} descriptions, says
 * nothing about identity (a portal-wide API URL, a shared parent page) and is ignored. Joined descriptions form a
 * group; its origin is, in this order: the one another names as its source; one whose landing page is on its own
 * portal (a re-publication links back to where the data lives); the lowest level of government (city data
 * re-published by county and state, not the reverse); the earliest issued; then source id and IRI, so that the
 * choice is stable. Descriptions of the origin's own source are never its copies: duplicates within one portal are
 * the harvest's to report.
 */
final class CopyDetector {
    static final int MAX_SHARING = 20;
    static final int MAX_TITLE_GROUP = 50;

    private record Edge(int a, int b, MatchKind kind, String value) {
        int other(int i) {
            return i == a ? b : a;
        }
    }

    private final List<DescriptionKeys> all;
    private final Map<String, String> jurisdictions;
    private final int[] parent;
    private final boolean[] namedAsSource;
    private final Map<Integer, List<Edge>> edges = new HashMap<>();

    private CopyDetector(List<DescriptionKeys> all, Map<String, String> jurisdictions) {
        this.all = all;
        this.jurisdictions = jurisdictions;
        this.parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        this.namedAsSource = new boolean[all.size()];
    }

    /**
     * @param jurisdictions level of government by source id ("city", "county", "state", "region", "other"); sources
     *                      without one rank after all of these
     */
    static List<CopyLink> detect(List<DescriptionKeys> all, Map<String, String> jurisdictions) {
        CopyDetector d = new CopyDetector(all, jurisdictions);
        d.joinOnSharedKeys();
        d.joinOnSourceLinks();
        d.joinOnText();
        return d.links();
    }

    private void joinOnSharedKeys() {
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            DescriptionKeys k = all.get(i);
            for (String id : k.identifiers()) hold(holders, "i " + id, i);
            int r = i;
            k.landingPage().ifPresent(l -> hold(holders, "l " + l, r));
            for (String u : k.downloads()) hold(holders, "d " + u, i);
        }
        for (var e : holders.entrySet()) {
            List<Integer> who = e.getValue();
            if (who.size() < 2 || who.size() > MAX_SHARING || sharesASource(who)) continue;
            String key = e.getKey();
            MatchKind kind = switch (key.charAt(0)) {
                case 'i' -> MatchKind.SAME_IDENTIFIER;
                case 'l' -> MatchKind.SAME_LANDING_PAGE;
                default -> MatchKind.SAME_DOWNLOAD_URL;
            };
            for (int j = 1; j < who.size(); j++) join(new Edge(who.get(0), who.get(j), kind, key.substring(2)));
        }
    }

    private void joinOnSourceLinks() {
        Map<String, List<Integer>> pages = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            int r = i;
            all.get(i).landingPage().ifPresent(l -> hold(pages, l, r));
            for (String id : all.get(i).identifiers()) hold(pages, id, i);
        }
        for (int i = 0; i < all.size(); i++) {
            for (String link : all.get(i).sourceLinks()) {
                List<Integer> targets = pages.getOrDefault(link, List.of());
                Set<Integer> distinct = new HashSet<>(targets);
                if (distinct.size() > MAX_SHARING) continue;
                for (int t : distinct) {
                    if (all.get(t).sourceId().equals(all.get(i).sourceId())) continue;
                    namedAsSource[t] = true;
                    join(new Edge(i, t, MatchKind.SOURCE_LINK, link));
                }
            }
        }
    }

    private void joinOnText() {
        Map<String, List<Integer>> byTitle = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            int r = i;
            all.get(i).text().ifPresent(t -> hold(byTitle, t.title(), r));
        }
        for (List<Integer> group : byTitle.values()) {
            if (group.size() < 2 || group.size() > MAX_TITLE_GROUP) continue;
            for (int x = 0; x < group.size(); x++)
                for (int y = x + 1; y < group.size(); y++) {
                    int a = group.get(x), b = group.get(y);
                    if (all.get(a).sourceId().equals(all.get(b).sourceId()) || find(a) == find(b)) continue;
                    TextFingerprint ta = all.get(a).text().orElseThrow(), tb = all.get(b).text().orElseThrow();
                    if (ta.matches(tb)) join(new Edge(a, b, MatchKind.SIMILAR_TEXT, ta.title()));
                }
        }
    }

    private List<CopyLink> links() {
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i : edges.keySet()) groups.computeIfAbsent(find(i), k -> new ArrayList<>()).add(i);
        Map<String, String> homeHosts = homeHosts();
        List<CopyLink> out = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            int origin = group.stream().min(originFirst(homeHosts)).orElseThrow();
            String originSource = all.get(origin).sourceId();
            for (int m : group) {
                if (all.get(m).sourceId().equals(originSource)) continue;
                Edge e = evidence(m, origin);
                out.add(new CopyLink(all.get(m).datasetIri(), all.get(origin).datasetIri(), e.kind(), e.value(),
                        all.get(e.other(m)).datasetIri()));
            }
        }
        out.sort(Comparator.comparing(CopyLink::copy));
        return out;
    }

    /** The edge that best explains why {@code m} is a copy: one to the origin if any, else the strongest. */
    private Edge evidence(int m, int origin) {
        Comparator<Edge> order = Comparator.<Edge>comparingInt(e -> e.other(m) == origin ? 0 : 1)
                .thenComparing(Edge::kind)
                .thenComparing(e -> all.get(e.other(m)).datasetIri());
        return edges.get(m).stream().min(order).orElseThrow();
    }

    private Comparator<Integer> originFirst(Map<String, String> homeHosts) {
        return Comparator.<Integer>comparingInt(i -> namedAsSource[i] ? 0 : 1)
                .thenComparingInt(i -> atHome(all.get(i), homeHosts) ? 0 : 1)
                .thenComparingInt(i -> rank(jurisdictions.get(all.get(i).sourceId())))
                .thenComparing(i -> all.get(i).issued().map(CopyDetector::day).orElse("9999"))
                .thenComparing(i -> all.get(i).sourceId())
                .thenComparing(i -> all.get(i).datasetIri());
    }

    /** Where most of a source's landing pages live: the portal's own host. */
    private Map<String, String> homeHosts() {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (DescriptionKeys k : all)
            k.landingPage().ifPresent(l -> counts.computeIfAbsent(k.sourceId(), s -> new HashMap<>())
                    .merge(UrlKey.host(l), 1, Integer::sum));
        Map<String, String> out = new HashMap<>();
        counts.forEach((source, hosts) -> hosts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .ifPresent(e -> out.put(source, e.getKey())));
        return out;
    }

    private static boolean atHome(DescriptionKeys k, Map<String, String> homeHosts) {
        Optional<String> host = k.landingPage().map(UrlKey::host);
        return host.isPresent() && host.get().equals(homeHosts.get(k.sourceId()));
    }

    static int rank(String jurisdiction) {
        if (jurisdiction == null) return 9;
        return switch (jurisdiction) {
            case "city" -> 0;
            case "county" -> 1;
            case "state" -> 2;
            case "region" -> 3;
            default -> 4;
        };
    }

    private static String day(String issued) {
        return issued.length() >= 10 ? issued.substring(0, 10) : issued;
    }

    private boolean sharesASource(List<Integer> who) {
        Set<String> sources = new HashSet<>();
        for (int i : who) if (!sources.add(all.get(i).sourceId())) return true;
        return false;
    }

    private static void hold(Map<String, List<Integer>> holders, String key, int i) {
        holders.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
    }

    private void join(Edge e) {
        edges.computeIfAbsent(e.a(), k -> new ArrayList<>(2)).add(e);
        edges.computeIfAbsent(e.b(), k -> new ArrayList<>(2)).add(e);
        int ra = find(e.a()), rb = find(e.b());
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
