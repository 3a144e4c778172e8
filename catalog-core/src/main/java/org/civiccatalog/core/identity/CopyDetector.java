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
 * choice is stable. A group never holds two records of one source: evidence that would merge two groups which
 * both hold a record of the same portal is dropped, strongest evidence being applied first (source links, then
 * identifiers, landing pages, download URLs, then text). Descriptions of the origin's own source are never its
 * copies: duplicates within one portal are
 * the harvest's to report.
 */
final class CopyDetector {
    static final int MAX_SHARING = 20;
    static final int MAX_TEXT_GROUP = 50;

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
    /** The sources of each group's records, by the group's root. */
    private final Map<Integer, Set<String>> groupSources = new HashMap<>();

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
        d.joinOnSourceLinks();
        d.joinOnSharedKeys();
        d.joinOnText();
        return d.links();
    }

    private void joinOnSharedKeys() {
        Map<String, List<Integer>> holders = SharedKeys.of(all.size(), (i, key) -> {
            DescriptionKeys k = all.get(i);
            for (String id : k.identifiers()) key.accept("i " + id);
            k.landingPage().ifPresent(l -> key.accept("l " + l));
            for (String u : k.downloads()) key.accept("d " + u);
        });
        List<Edge> found = new ArrayList<>();
        for (var e : holders.entrySet()) {
            List<Integer> who = e.getValue();
            if (who.size() < 2 || who.size() > MAX_SHARING || sharesASource(who)) continue;
            String key = e.getKey();
            MatchKind kind = switch (key.charAt(0)) {
                case 'i' -> MatchKind.SAME_IDENTIFIER;
                case 'l' -> MatchKind.SAME_LANDING_PAGE;
                default -> MatchKind.SAME_DOWNLOAD_URL;
            };
            for (int j = 1; j < who.size(); j++) found.add(new Edge(who.get(0), who.get(j), kind, key.substring(2)));
        }
        // strongest evidence first, so that a refused join (see join) refuses the weaker one
        found.sort(Comparator.comparing(Edge::kind).thenComparing(Edge::value).thenComparingInt(Edge::a).thenComparingInt(Edge::b));
        found.forEach(this::join);
    }

    private void joinOnSourceLinks() {
        // few records name a source: only the pages they name are looked for among the others' keys
        Set<String> named = new HashSet<>();
        for (DescriptionKeys k : all) named.addAll(k.sourceLinks());
        if (named.isEmpty()) return;
        Map<String, List<Integer>> pages = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            int r = i;
            all.get(i).landingPage().filter(named::contains).ifPresent(l -> hold(pages, l, r));
            for (String id : all.get(i).identifiers()) if (named.contains(id)) hold(pages, id, i);
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

    /**
     * Candidates are records with the same normalised title or the same first words of description. A portal may
     * hold near-twins (the same table refreshed daily and quarterly), so a text match is only taken when each record
     * is the other's best match on the other's portal, and the best is not tied: an ambiguous match links nothing.
     * The score adds, to how much of the words are shared, a point for the same issue day and one for the same
     * modification day, since re-publishers copy the origin's dates.
     */
    private void joinOnText() {
        Map<String, List<Integer>> groups = SharedKeys.of(all.size(), (i, key) -> all.get(i).text().ifPresent(t -> {
            key.accept("t " + t.title());
            key.accept("h " + t.head());
        }));
        Set<Long> compared = new HashSet<>();
        Map<String, Best> best = new HashMap<>();
        for (List<Integer> group : groups.values()) {
            if (group.size() < 2 || group.size() > MAX_TEXT_GROUP) continue;
            for (int x = 0; x < group.size(); x++)
                for (int y = x + 1; y < group.size(); y++) {
                    int a = Math.min(group.get(x), group.get(y)), b = Math.max(group.get(x), group.get(y));
                    if (all.get(a).sourceId().equals(all.get(b).sourceId())) continue;
                    if (!compared.add((long) a * all.size() + b)) continue;
                    TextFingerprint ta = all.get(a).text().orElseThrow(), tb = all.get(b).text().orElseThrow();
                    if (!ta.matches(tb)) continue;
                    double score = ta.textContainment(tb) * 2 + ta.titleContainment(tb)
                            + sameDay(all.get(a).issued(), all.get(b).issued()) + sameDay(all.get(a).modified(), all.get(b).modified());
                    offer(best, a, b, score);
                    offer(best, b, a, score);
                }
        }
        record Scored(int a, int b, double score) {}
        List<Scored> mutual = new ArrayList<>();
        for (var e : best.entrySet()) {
            Best ab = e.getValue();
            if (ab.tied) continue;
            int a = Integer.parseInt(e.getKey().substring(0, e.getKey().indexOf(' ')));
            Best ba = best.get(ab.other + " " + all.get(a).sourceId());
            if (a < ab.other && ba != null && !ba.tied && ba.other == a) mutual.add(new Scored(a, ab.other, ab.score));
        }
        mutual.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::a).thenComparingInt(Scored::b));
        for (Scored m : mutual) {
            if (find(m.a()) == find(m.b())) continue;
            TextFingerprint ta = all.get(m.a()).text().orElseThrow(), tb = all.get(m.b()).text().orElseThrow();
            join(new Edge(m.a(), m.b(), MatchKind.SIMILAR_TEXT,
                    ta.title().length() <= tb.title().length() ? ta.title() : tb.title()));
        }
    }

    /** A record's best text match on one other portal so far. */
    private static final class Best {
        int other;
        double score;
        boolean tied;

        Best(int other, double score) {
            this.other = other;
            this.score = score;
        }
    }

    private void offer(Map<String, Best> best, int record, int other, double score) {
        String key = record + " " + all.get(other).sourceId();
        Best b = best.get(key);
        if (b == null) best.put(key, new Best(other, score));
        else if (score > b.score) {
            b.other = other;
            b.score = score;
            b.tied = false;
        } else if (score == b.score) b.tied = true;
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

    /** 1 when both dates are given and fall on the same day: a copy carries its origin's dates. */
    private static int sameDay(Optional<String> a, Optional<String> b) {
        return a.isPresent() && b.isPresent() && day(a.get()).equals(day(b.get())) ? 1 : 0;
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

    /**
     * Joins the groups of the edge's two records, unless both groups already hold a record of the same source: by
     * that portal's own account those are two datasets, so the weaker evidence that would merge them is dropped
     * (two near-identical tables on one portal, each with its own copy elsewhere, stay apart).
     */
    private void join(Edge e) {
        int ra = find(e.a()), rb = find(e.b());
        if (ra != rb) {
            Set<String> sa = groupSources.computeIfAbsent(ra, k -> new HashSet<>(Set.of(all.get(k).sourceId())));
            Set<String> sb = groupSources.computeIfAbsent(rb, k -> new HashSet<>(Set.of(all.get(k).sourceId())));
            if (!java.util.Collections.disjoint(sa, sb)) return;
            int root = Math.min(ra, rb), child = Math.max(ra, rb);
            parent[child] = root;
            Set<String> merged = new HashSet<>(sa);
            merged.addAll(sb);
            groupSources.put(root, merged);
            groupSources.remove(child);
        }
        edges.computeIfAbsent(e.a(), k -> new ArrayList<>(2)).add(e);
        edges.computeIfAbsent(e.b(), k -> new ArrayList<>(2)).add(e);
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
