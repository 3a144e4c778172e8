package org.civiccatalog.core.audit.mqa;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.civiccatalog.core.audit.DatasetView;
import org.civiccatalog.core.audit.Finding;
import org.civiccatalog.core.audit.LinkResults;
import org.civiccatalog.core.audit.LinkStatus;
import org.civiccatalog.core.audit.Severity;
import org.civiccatalog.vocab.DCAT;
import org.civiccatalog.vocab.DCTERMS;
import org.civiccatalog.vocab.Prefixes;

/**
 * Scores one dataset on the MQA's 405-point scheme and says, for each indicator not fully met, what to fix and what
 * it is worth. Adaptations to DCAT-US sources (docs/audit.md): a dataset-level licence or rights statement counts for
 * its distributions (POD has them on the dataset only); a distribution's access URL is its dcat:accessURL, else its
 * dcat:downloadURL (POD puts direct links in downloadURL only, and DCAT-AP asks to repeat them as accessURL).
 */
public final class MqaScorer {
    private final LinkResults links;

    public MqaScorer(LinkResults links) {
        this.links = links;
    }

    /** The score and the fix findings (one per indicator not fully met, and one info per unchecked link indicator). */
    public record Result(MqaScore score, List<Finding> findings) {}

    /** @param validationErrors rule ids of the error findings of the compliance profile (empty: compliant) */
    public Result score(DatasetView v, List<String> validationErrors) {
        Map<Indicator, Double> earned = new EnumMap<>(Indicator.class);
        Map<Indicator, Double> pending = new EnumMap<>(Indicator.class);
        List<Finding> findings = new ArrayList<>();
        List<Node> dists = v.distributions();
        for (Indicator i : Indicator.values()) {
            Measure m = switch (i.level()) {
                case DATASET -> datasetLevel(i, v, validationErrors);
                case DISTRIBUTION -> distributionLevel(i, v, dists);
                case BEST_DISTRIBUTION -> null;
            };
            if (m == null) continue;
            record(i, m, earned, pending, findings);
        }
        best(v, dists, earned, pending, findings);
        return new Result(new MqaScore(earned, pending), findings);
    }

    /** Earned and pending shares (0-1) of an indicator, and what to say when it is not fully met. */
    private record Measure(double earnedShare, double pendingShare, String detail, String pendingDetail,
                           Optional<String> focus) {
        static Measure met(boolean ok, String detail) {
            return new Measure(ok ? 1 : 0, 0, detail, "", Optional.empty());
        }
    }

    private void record(Indicator i, Measure m, Map<Indicator, Double> earned, Map<Indicator, Double> pending,
                        List<Finding> findings) {
        double e = MqaScore.round(i.weight() * m.earnedShare());
        double p = MqaScore.round(i.weight() * m.pendingShare());
        earned.put(i, e);
        if (p > 0) {
            pending.put(i, p);
            findings.add(Finding.of(i.ruleId() + ".notChecked", Severity.INFO, Prefixes.curie(i.property()),
                    "Not checked yet: the link checker has not tested " + m.pendingDetail() + "; up to " + fmt(p)
                            + " points depend on it."));
        }
        double missing = MqaScore.round(i.weight() - e - p);
        if (missing > 0) {
            String detail = m.detail().isEmpty() ? "" : " (" + m.detail() + ")";
            Finding f = Finding.of(i.ruleId(), Severity.WARNING, Prefixes.curie(i.property()), i.howToFix() + detail)
                    .withFixPoints(missing);
            findings.add(m.focus().map(f::on).orElse(f));
        }
    }

    private Measure datasetLevel(Indicator i, DatasetView v, List<String> errors) {
        return switch (i) {
            case KEYWORD -> Measure.met(v.objects(DCAT.keyword).stream()
                    .anyMatch(k -> !k.isLiteral() || !k.getLiteralLexicalForm().isBlank()), "no keyword");
            case CATEGORY -> Measure.met(v.has(DCAT.theme), "no category");
            case SPATIAL -> Measure.met(v.has(DCTERMS.spatial), "no spatial coverage");
            case TEMPORAL -> Measure.met(v.has(DCTERMS.temporal), "no temporal coverage");
            case COMPLIANCE -> Measure.met(errors.isEmpty(), errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                    + ": " + String.join(", ", errors.stream().distinct().limit(5).toList())
                    + (errors.stream().distinct().count() > 5 ? ", ..." : ""));
            case ACCESS_RIGHTS -> Measure.met(v.has(DCTERMS.accessRights), "no access level");
            case ACCESS_RIGHTS_VOCABULARY -> Measure.met(v.objects(DCTERMS.accessRights).stream()
                    .anyMatch(n -> n.isURI() && n.getURI().startsWith(Prefixes.EU_ACCESS_RIGHT)), "no standard access level");
            case CONTACT_POINT -> Measure.met(v.has(DCAT.contactPoint), "no contact point");
            case PUBLISHER -> Measure.met(v.has(DCTERMS.publisher), "no publisher");
            case ISSUED -> Measure.met(v.has(DCTERMS.issued), "no release date");
            case MODIFIED -> Measure.met(v.has(DCTERMS.modified), "no last-update date");
            default -> throw new IllegalStateException(i.name());
        };
    }

    private Measure distributionLevel(Indicator i, DatasetView v, List<Node> dists) {
        if (dists.isEmpty()) return new Measure(0, 0, "the dataset has no distribution: add one", "", Optional.empty());
        return switch (i) {
            case DOWNLOAD_URL -> share(v, dists, d -> v.has(d, DCAT.downloadURL), "without a download URL");
            case LICENCE -> share(v, dists, d -> licence(v, d).isPresent(), "without a licence");
            case KNOWN_LICENCE -> share(v, dists, d -> licence(v, d).filter(Node::isURI)
                    .map(n -> Licences.isKnown(n.getURI())).orElse(false), "without a known licence");
            case RIGHTS -> share(v, dists, d -> v.has(d, DCTERMS.rights) || v.has(DCTERMS.rights), "without rights");
            case BYTE_SIZE -> share(v, dists, d -> v.has(d, DCAT.byteSize), "without a byte size");
            case ACCESS_URL_STATUS -> linkShare(v, dists, d -> first(v, d, DCAT.accessURL).or(() -> first(v, d, DCAT.downloadURL)),
                    "access URL");
            case DOWNLOAD_URL_STATUS -> linkShare(v, dists, d -> first(v, d, DCAT.downloadURL), "download URL");
            default -> throw new IllegalStateException(i.name());
        };
    }

    private static Optional<Node> licence(DatasetView v, Node d) {
        return v.objects(d, DCTERMS.license).stream().findFirst().or(() -> v.objects(DCTERMS.license).stream().findFirst());
    }

    private static Optional<String> first(DatasetView v, Node d, org.apache.jena.rdf.model.Property p) {
        return v.objects(d, p).stream().filter(Node::isURI).map(Node::getURI).findFirst();
    }

    private static Measure share(DatasetView v, List<Node> dists, Predicate<Node> ok, String what) {
        List<Node> failing = dists.stream().filter(ok.negate()).toList();
        double share = (dists.size() - failing.size()) / (double) dists.size();
        return new Measure(share, 0, failing.isEmpty() ? "" : v.labels(failing) + " " + what, "",
                failing.size() == 1 && dists.size() > 1 ? Optional.of(failing.get(0).toString()) : Optional.empty());
    }

    private Measure linkShare(DatasetView v, List<Node> dists, java.util.function.Function<Node, Optional<String>> url,
                              String what) {
        int ok = 0, unchecked = 0;
        List<String> problems = new ArrayList<>(), notChecked = new ArrayList<>();
        for (Node d : dists) {
            Optional<String> u = url.apply(d);
            if (u.isEmpty()) {
                problems.add(v.label(d) + " has no " + what);
                continue;
            }
            Optional<LinkStatus> s = links.status(u.get());
            if (s.isEmpty()) {
                unchecked++;
                notChecked.add(u.get());
            } else if (s.get().answers()) ok++;
            else problems.add(v.label(d) + "'s " + what + " " + u.get() + " answered "
                    + (s.get().httpStatus() == 0 ? "nothing" : "HTTP " + s.get().httpStatus()));
        }
        String pendingDetail = "the " + what + (notChecked.size() == 1 ? " " : "s ") + String.join(", ", notChecked);
        return new Measure(ok / (double) dists.size(), unchecked / (double) dists.size(), String.join("; ", problems),
                pendingDetail, Optional.empty());
    }

    /** The five format indicators on the best distribution (the one that earns most of their 80 points). */
    private static void best(DatasetView v, List<Node> dists, Map<Indicator, Double> earned, Map<Indicator, Double> pending,
                             List<Finding> findings) {
        List<Indicator> formatIndicators = List.of(Indicator.FORMAT, Indicator.MEDIA_TYPE, Indicator.FORMAT_VOCABULARY,
                Indicator.NON_PROPRIETARY, Indicator.MACHINE_READABLE);
        Map<Indicator, Boolean> bestMet = null;
        Node bestNode = null;
        int bestPoints = -1;
        for (Node d : dists) {
            Map<Indicator, Boolean> met = formats(v, d);
            int points = formatIndicators.stream().filter(met::get).mapToInt(Indicator::weight).sum();
            if (points > bestPoints) {
                bestPoints = points;
                bestMet = met;
                bestNode = d;
            }
        }
        for (Indicator i : formatIndicators) {
            boolean ok = bestMet != null && bestMet.get(i);
            earned.put(i, ok ? (double) i.weight() : 0.0);
            if (ok) continue;
            String detail = bestNode == null ? " (the dataset has no distribution: add one)"
                    : dists.size() == 1 ? "" : " (best placed: " + v.label(bestNode) + ")";
            Finding f = Finding.of(i.ruleId(), Severity.WARNING, Prefixes.curie(i.property()), i.howToFix() + detail)
                    .withFixPoints(i.weight());
            findings.add(bestNode != null && dists.size() > 1 ? f.on(bestNode.toString()) : f);
        }
    }

    private static Map<Indicator, Boolean> formats(DatasetView v, Node d) {
        List<Node> formats = v.objects(d, DCTERMS.format);
        List<String> mediaTypes = v.objects(d, DCAT.mediaType).stream().map(FileTypes::mediaType)
                .flatMap(Optional::stream).toList();
        List<FileTypes.FileType> types = new ArrayList<>();
        formats.forEach(f -> FileTypes.ofFormat(f).ifPresent(types::add));
        mediaTypes.forEach(m -> FileTypes.ofMediaType(m).ifPresent(types::add));
        Map<Indicator, Boolean> met = new EnumMap<>(Indicator.class);
        met.put(Indicator.FORMAT, !formats.isEmpty());
        met.put(Indicator.MEDIA_TYPE, v.has(d, DCAT.mediaType));
        met.put(Indicator.FORMAT_VOCABULARY, mediaTypes.stream().anyMatch(FileTypes::isRegistered)
                || formats.stream().anyMatch(FileTypes::isFromVocabulary));
        met.put(Indicator.NON_PROPRIETARY, types.stream().anyMatch(FileTypes.FileType::nonProprietary));
        met.put(Indicator.MACHINE_READABLE, types.stream().anyMatch(FileTypes.FileType::machineReadable));
        return met;
    }

    static String fmt(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}
