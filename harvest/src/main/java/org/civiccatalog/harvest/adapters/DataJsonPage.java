package org.civiccatalog.harvest.adapters;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.datajson.DataJsonReader;
import org.civiccatalog.core.datajson.DatasetEntry;
import org.civiccatalog.harvest.HttpResult;

/**
 * One page of a paged data.json, read whole so that it can be compared with the page before it before any of its
 * records is handed on. Holds the page's dataset array elements in order (datasets and refused elements), their
 * identifiers (sorted) and the SHA-256 of the body. A page is bounded by the portal's page size.
 */
final class DataJsonPage {
    /** One element of the dataset array: a dataset, or the reason it was refused. */
    private record Element(DatasetEntry entry, InvalidInputException problem) {}

    private final List<Element> elements;
    private final List<String> identifiers;
    private final byte[] digest;

    private final int elementCount;

    private DataJsonPage(List<Element> elements, List<String> identifiers, byte[] digest) {
        this(elements, elements.size(), identifiers, digest);
    }

    private DataJsonPage(List<Element> elements, int elementCount, List<String> identifiers, byte[] digest) {
        this.elements = elements;
        this.elementCount = elementCount;
        this.identifiers = identifiers;
        this.digest = digest;
    }

    /** @param bodySha256 the SHA-256 of the response's body (the caller takes it once for both uses) */
    static DataJsonPage read(HttpResult res, URI requested, byte[] bodySha256) {
        List<Element> elements = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        DataJsonHarvester.read(res, requested, new DataJsonReader.Handler() {
            @Override
            public void dataset(DatasetEntry entry) {
                elements.add(new Element(entry, null));
                JsonNode id = entry.json().get("identifier");
                if (id != null && id.isTextual()) ids.add(id.textValue());
            }

            @Override
            public void invalidDataset(InvalidInputException problem) {
                elements.add(new Element(null, problem));
            }
        });
        ids.sort(null);
        return new DataJsonPage(elements, ids, bodySha256);
    }

    /**
     * A page read in an earlier run, from what {@link #tail} kept: enough for the end and repeat checks, no elements
     * to deliver (its records were counted from the memo).
     */
    static DataJsonPage remembered(String tail) {
        try {
            JsonNode t = TAIL_JSON.readTree(tail);
            List<String> ids = new ArrayList<>();
            t.path("ids").forEach(i -> ids.add(i.asText()));
            return new DataJsonPage(new ArrayList<>(), t.path("elements").asInt(), ids,
                    java.util.HexFormat.of().parseHex(t.path("body").asText()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("page memo tail is not a data.json page's: " + e.getMessage(), e);
        }
    }

    /** What a later run needs of this page without parsing it: its element count, identifiers and body digest. */
    String tail() {
        var o = TAIL_JSON.createObjectNode();
        o.put("elements", elementCount);
        identifiers.forEach(o.putArray("ids")::add);
        o.put("body", java.util.HexFormat.of().formatHex(digest));
        return o.toString();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper TAIL_JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Whether the dataset array had no element at all: the end of a paged feed. */
    boolean isEmpty() {
        return elementCount == 0;
    }

    /** The same body, or the same (non-empty) set of identifiers, as {@code previous}. */
    boolean repeats(DataJsonPage previous) {
        return Arrays.equals(digest, previous.digest)
                || (!identifiers.isEmpty() && identifiers.equals(previous.identifiers));
    }

    String describe() {
        return identifiers.isEmpty() ? "the same body" : "the same " + identifiers.size() + " identifiers, "
                + identifiers.get(0) + (identifiers.size() > 1 ? " ... " + identifiers.get(identifiers.size() - 1) : "");
    }

    /** Hands the page's elements, in order, to {@code handler}. */
    void deliver(DataJsonReader.Handler handler) {
        for (Element e : elements) {
            if (e.entry() != null) handler.dataset(e.entry());
            else handler.invalidDataset(e.problem());
        }
        elements.clear();   // the page is only kept for the next page's repeat check
    }

}
