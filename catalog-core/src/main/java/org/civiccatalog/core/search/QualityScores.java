package org.civiccatalog.core.search;

import java.util.Map;
import java.util.Objects;

/**
 * Where the search reads each dataset's metadata quality from: the MQA score and band the metadata audit stores
 * (org.civiccatalog.core.audit). The quality facet and the quality order use it when it has scores; with
 * {@link #NONE}, or before any audit ran, the facet shows nothing and the order falls back to relevance.
 */
public interface QualityScores {
    /** No scores. */
    QualityScores NONE = new QualityScores() {
        @Override
        public String version() {
            return "";
        }

        @Override
        public Map<String, DatasetQuality> scores() {
            return Map.of();
        }
    };

    /**
     * Changes whenever the scores change (the latest audit run, say): the index is rebuilt when it differs from the
     * version it was built with. Cheap: it is asked every few seconds.
     */
    String version();

    /** Every scored dataset's quality, keyed by dataset IRI. */
    Map<String, DatasetQuality> scores();

    /** One dataset's score (0 to 405 points in MQA) and its band ("Excellent", "Good", "Sufficient", "Bad"). */
    record DatasetQuality(double score, String band) {
        public DatasetQuality {
            Objects.requireNonNull(band, "band");
            if (!Double.isFinite(score)) throw new IllegalArgumentException("score must be finite, got " + score);
        }
    }
}
