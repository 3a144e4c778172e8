package org.civiccatalog.harvest.adapters;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.civiccatalog.core.ImportedDataset;
import org.civiccatalog.core.InvalidInputException;
import org.civiccatalog.core.datajson.DataJsonReader;
import org.civiccatalog.core.datajson.DatasetEntry;
import org.civiccatalog.core.datajson.PodToDcat;
import org.civiccatalog.harvest.Finding;
import org.civiccatalog.harvest.HarvestContext;
import org.civiccatalog.harvest.HarvestSink;
import org.civiccatalog.harvest.HarvestSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of one data.json gather, one at a time: a record without identifier, a second record with an
 * identifier already seen, and a record the mapping refuses each become an ERROR finding and are skipped; a record
 * over the source's limits is cut first (one WARNING finding); the rest are mapped and handed to the sink. One per
 * gather: it remembers the identifiers seen across all pages. Not thread-safe.
 */
final class DataJsonRecords {
    private static final Logger LOG = LoggerFactory.getLogger("catalog.harvest");

    private final String sourceId;
    private final HarvestSink sink;
    private final PodToDcat mapper;
    private final RecordLimits limits;
    /** identifier -> where its first record was, for the duplicate message */
    private final Map<String, String> seen = new HashMap<>();
    private final PageTracker pages;

    DataJsonRecords(HarvestSource source, HarvestContext ctx, HarvestSink sink) {
        this.sourceId = source.id();
        this.sink = sink;
        this.mapper = new PodToDcat(ctx.iris());
        this.limits = RecordLimits.pod(source.limits());
        this.pages = new PageTracker(sink);
    }

    /**
     * A reader handler that passes the records of one document (or page) here.
     *
     * @param fromUrl   the URL the document was read from, handed to the sink with each dataset
     * @param pageLabel appended to each finding's "where" ("" for an unpaged feed, " on page 2" for a paged one)
     */
    DataJsonReader.Handler handler(String fromUrl, String pageLabel) {
        return new DataJsonReader.Handler() {
            private int index;

            @Override
            public void dataset(DatasetEntry entry) {
                index++;
                accept(entry, fromUrl, pageLabel);
            }

            @Override
            public void invalidDataset(InvalidInputException problem) {
                String where = "dataset[" + index++ + "]" + problem.line().map(l -> " at line " + l).orElse("");
                error(where + pageLabel, problem.getMessage());
            }
        };
    }

    /**
     * A page as in the last run, its records held unchanged ({@link HarvestSink#replayPage}): its records count as
     * given by {@code url}; empty when it must be parsed.
     */
    java.util.Optional<HarvestSink.ReplayedPage> replayPage(String url, String digest) {
        return pages.replay(url, digest, id -> seen.putIfAbsent(id, url));
    }

    /** The records accepted until {@link #endPage} are what the page at {@code url} with this digest gave. */
    void beginPage(String url, String digest) {
        pages.begin(url, digest);
    }

    /** @param tail what the adapter needs to go on without parsing the page next time */
    void endPage(String tail) {
        pages.end(tail);
    }

    void accept(DatasetEntry entry, String fromUrl, String pageLabel) {
        String where = "dataset[" + entry.index() + "] at line " + entry.line() + pageLabel;
        ObjectNode json = entry.json();
        JsonNode id = json.get("identifier");
        if (id == null || id.isNull() || (id.isTextual() && id.textValue().isBlank())) {
            error(where, "record " + title(json) + "has no identifier" + (id != null && id.isTextual()
                    ? " (it is blank)" : "") + ": skipped, a record needs a non-blank identifier to be kept apart");
            return;
        }
        if (id.isTextual()) {
            String first = seen.putIfAbsent(id.textValue(), where);
            if (first != null) {
                pages.repeated(id.textValue());
                error(where, "duplicate identifier '" + id.textValue() + "': the record at " + first
                        + " has it too; that first record is kept, this one skipped");
                return;
            }
        }
        if (id.isTextual()) pages.given(id.textValue());
        limits.apply(json, sourceId, where, "identifier '" + id.asText() + "'").ifPresent(sink::finding);
        try {
            String sourceHash = SourceHash.of(json);
            sink.record(id.asText(), sourceHash, () -> mapper.map(sourceId, entry), fromUrl);
        } catch (InvalidInputException e) {
            error(where, e.getMessage());
        }
    }

    private void error(String where, String message) {
        LOG.warn("{} {}: {}", sourceId, where, message);
        sink.finding(new Finding(sourceId, Finding.Severity.ERROR, where, message));
    }

    private static String title(ObjectNode json) {
        JsonNode t = json.get("title");
        return t != null && t.isTextual() ? "titled '" + t.textValue() + "' " : "";
    }
}
