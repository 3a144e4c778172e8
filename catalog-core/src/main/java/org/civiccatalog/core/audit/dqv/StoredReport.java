package org.civiccatalog.core.audit.dqv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.audit.DatasetReport;
import org.civiccatalog.core.audit.Finding;
import org.civiccatalog.core.audit.Severity;
import org.civiccatalog.core.audit.checklist.Freshness;
import org.civiccatalog.core.audit.checklist.LaChecklist;
import org.civiccatalog.core.audit.mqa.Indicator;
import org.civiccatalog.core.audit.mqa.MqaScore;

/**
 * A dataset's whole report (info findings, unrounded scores and all) and the link results it was computed from, as
 * the JSON stored beside its measurements ({@code civic:auditReport}). An incremental audit that reuses the results
 * reads it back, so the aggregates, the rules and the CSV of a run are those a full audit would give. Doubles are
 * written as Java prints them, which reads back to the same double.
 *
 * @param links URL -> HTTP status the audit was given, -1 for "not checked yet"
 */
public record StoredReport(DatasetReport report, SortedMap<String, Integer> links) {
    public StoredReport {
        links = new TreeMap<>(links);
    }

    public String toJson() {
        DatasetReport r = report;
        ObjectNode o = StoredJson.object();
        o.put("dataset", r.datasetIri());
        r.title().ifPresent(t -> o.put("title", t));
        r.sourceId().ifPresent(s -> o.put("source", s));
        o.put("department", r.department());
        o.put("jurisdiction", r.jurisdiction());
        ObjectNode earned = o.putObject("earned");
        r.mqa().earned().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> earned.put(e.getKey().name(), e.getValue()));
        ObjectNode pending = o.putObject("pending");
        r.mqa().pending().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> pending.put(e.getKey().name(), e.getValue()));
        ArrayNode findings = o.putArray("findings");
        r.findings().forEach(f -> findings.add(findingArray(f)));
        StoredJson.putAreas(o, r.checklist().areas());
        ArrayNode la = o.putArray("checklistFindings");
        r.checklist().findings().forEach(f -> la.add(findingArray(f)));
        Freshness.Result fr = r.freshness();
        ObjectNode fresh = o.putObject("freshness");
        fr.frequency().ifPresent(v -> fresh.put("frequency", v));
        fr.period().ifPresent(v -> fresh.put("period", v.toString()));
        fr.modified().ifPresent(v -> fresh.put("modified", v.toString()));
        fr.daysOverdue().ifPresent(v -> fresh.put("daysOverdue", v));
        fr.finding().ifPresent(f -> fresh.set("finding", findingArray(f)));
        StoredJson.putLinks(o, links);
        return o.toString();
    }

    /**
     * The form stored: the JSON deflated and base64-encoded ("z:" + base64), about a quarter of its size. Large literals
     * cost twice in TDB2: in the node table on disk and in the node cache while a run writes them.
     */
    public String toStored() {
        byte[] json = toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(json.length / 3 + 64);
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(out, deflater)) {
            z.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return "z:" + java.util.Base64.getEncoder().encodeToString(out.toByteArray());
    }

    /** Reads {@link #toStored()}'s form (or plain JSON). */
    public static StoredReport fromStored(String stored) {
        if (!stored.startsWith("z:")) return fromJson(stored);
        byte[] packed = java.util.Base64.getDecoder().decode(stored.substring(2));
        try (java.util.zip.InflaterInputStream in = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(packed))) {
            return fromJson(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored audit report cannot be inflated", e);
        }
    }

    public static StoredReport fromJson(String json) {
        JsonNode o = StoredJson.read(json, "Stored audit report");
        Map<Indicator, Double> earned = new EnumMap<>(Indicator.class), pending = new EnumMap<>(Indicator.class);
        o.get("earned").fields().forEachRemaining(e -> earned.put(Indicator.valueOf(e.getKey()), e.getValue().doubleValue()));
        o.get("pending").fields().forEachRemaining(e -> pending.put(Indicator.valueOf(e.getKey()), e.getValue().doubleValue()));
        List<Finding> findings = new ArrayList<>();
        o.get("findings").forEach(a -> findings.add(finding(a)));
        List<Finding> la = new ArrayList<>();
        o.get("checklistFindings").forEach(a -> la.add(finding(a)));
        JsonNode f = o.get("freshness");
        Freshness.Result fresh = new Freshness.Result(text(f, "frequency"), text(f, "period").map(Duration::parse),
                text(f, "modified").map(Instant::parse), f.has("daysOverdue") ? Optional.of(f.get("daysOverdue").longValue())
                : Optional.empty(), f.has("finding") ? Optional.of(finding(f.get("finding"))) : Optional.empty());
        DatasetReport r = new DatasetReport(o.get("dataset").asText(), text(o, "title"), text(o, "source"),
                o.get("department").asText(), o.get("jurisdiction").asText(), new MqaScore(earned, pending),
                new LaChecklist.Result(StoredJson.areas(o), la), fresh, findings);
        return new StoredReport(r, StoredJson.links(o));
    }

    private static ArrayNode findingArray(Finding f) {
        ArrayNode a = StoredJson.object().arrayNode();
        a.add(f.ruleId()).add(f.severity().name()).add(f.property()).add(f.message()).add(f.fixPoints());
        f.focusNode().ifPresent(a::add);
        return a;
    }

    private static Finding finding(JsonNode a) {
        return new Finding(a.get(0).asText(), Severity.valueOf(a.get(1).asText()), a.get(2).asText(), a.get(3).asText(),
                a.get(4).doubleValue(), a.size() > 5 ? Optional.of(a.get(5).asText()) : Optional.empty());
    }

    private static Optional<String> text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
    }
}
