package org.civiccatalog.harvest.adapters;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.SourceLimits;

/**
 * Applies a source's per-record limits to one JSON record before it is mapped, so that a record with 8,000
 * distributions or 35,000 keywords costs a bounded amount of memory downstream (GSA/data.gov#4583, #4965). Arrays
 * are cut to their first {@code max} elements, text values to their first {@code maxTextLength} characters (never
 * splitting a surrogate pair). The record is changed in place; what was cut comes back in plain English, and
 * {@link #apply(ObjectNode, String, String, String)} turns it into one WARNING finding per record.
 *
 * <p>The field names are parameters so that any JSON-based adapter can use it: {@link #pod} names the POD
 * (data.json) fields; a CKAN package would be {@code of(limits, "tags", "resources", "title", "notes")}.
 */
public final class RecordLimits {
    private final SourceLimits limits;
    private final String keywords;
    private final String distributions;
    private final List<String> texts;

    private RecordLimits(SourceLimits limits, String keywords, String distributions, List<String> texts) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.keywords = Objects.requireNonNull(keywords, "keywords");
        this.distributions = Objects.requireNonNull(distributions, "distributions");
        this.texts = List.copyOf(texts);
    }

    /** Limits for POD data.json datasets: {@code keyword}, {@code distribution}, {@code title}, {@code description}. */
    public static RecordLimits pod(SourceLimits limits) {
        return of(limits, "keyword", "distribution", "title", "description");
    }

    /**
     * @param keywordsField      the array of keyword strings, cut to {@code maxKeywords}
     * @param distributionsField the array of distribution objects, cut to {@code maxDistributions}
     * @param textFields         text members cut to {@code maxTextLength}, on the record and on each kept distribution
     */
    public static RecordLimits of(SourceLimits limits, String keywordsField, String distributionsField,
                                  String... textFields) {
        return new RecordLimits(limits, keywordsField, distributionsField, List.of(textFields));
    }

    /**
     * Cuts {@code record} to the limits and reports it.
     *
     * @param where       where the record is, for the finding (e.g. "dataset[3] at line 12")
     * @param recordLabel how the message names the record (e.g. "identifier 'x'")
     * @return one WARNING finding naming everything that was cut, or empty when the record was within the limits
     */
    public Optional<Finding> apply(ObjectNode record, String sourceId, String where, String recordLabel) {
        List<String> cuts = cut(record);
        if (cuts.isEmpty()) return Optional.empty();
        return Optional.of(new Finding(sourceId, Finding.Severity.WARNING, where,
                recordLabel + ": cut to the source's limits: " + String.join("; ", cuts)));
    }

    /** Cuts {@code record} in place; returns what was cut, one entry per field, empty when nothing was. */
    public List<String> cut(ObjectNode record) {
        List<String> cuts = new ArrayList<>();
        array(record, keywords, limits.maxKeywords(), "maxKeywords", cuts);
        array(record, distributions, limits.maxDistributions(), "maxDistributions", cuts);
        for (String f : texts) text(record, f, f, cuts);
        JsonNode kws = record.get(keywords);
        if (kws instanceof ArrayNode a)
            for (int i = 0; i < a.size(); i++) textItem(a, i, keywords + "[" + i + "]", cuts);
        JsonNode ds = record.get(distributions);
        if (ds instanceof ArrayNode a)
            for (int i = 0; i < a.size(); i++)
                if (a.get(i) instanceof ObjectNode d)
                    for (String f : texts) text(d, f, distributions + "[" + i + "]." + f, cuts);
        return cuts;
    }

    private static void array(ObjectNode record, String field, int max, String limitName, List<String> cuts) {
        if (!(record.get(field) instanceof ArrayNode a) || a.size() <= max) return;
        int had = a.size();
        while (a.size() > max) a.remove(a.size() - 1);
        cuts.add(field + ": " + had + " -> first " + max + " kept (" + limitName + ")");
    }

    private void text(ObjectNode o, String field, String path, List<String> cuts) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual() || v.textValue().length() <= limits.maxTextLength()) return;
        o.set(field, TextNode.valueOf(shorten(v.textValue(), path, cuts)));
    }

    private void textItem(ArrayNode a, int i, String path, List<String> cuts) {
        JsonNode v = a.get(i);
        if (v == null || !v.isTextual() || v.textValue().length() <= limits.maxTextLength()) return;
        a.set(i, TextNode.valueOf(shorten(v.textValue(), path, cuts)));
    }

    private String shorten(String s, String path, List<String> cuts) {
        int end = limits.maxTextLength();
        if (Character.isHighSurrogate(s.charAt(end - 1))) end--;
        cuts.add(path + ": " + s.length() + " -> " + end + " characters (maxTextLength)");
        return s.substring(0, end);
    }
}
