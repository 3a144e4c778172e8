package org.civiccatalog.harvest.demo;

import java.util.List;

import org.civiccatalog.harvest.SourceKind;

/**
 * The broken records a demo portal lists among its good ones, as real portals do, and what the harvester does with
 * each ({@link #outcome}). A broken record never breaks a page: the source harvests as COMPLETE with findings.
 */
public enum BrokenKind {
    /** No identifier at all (CKAN: neither {@code id} nor {@code name}; RDF: a blank-node dataset without dct:identifier). */
    MISSING_IDENTIFIER,
    /** The identifier of another record of the same portal (RDF: the IRI of a dataset on an earlier page). */
    DUPLICATE_IDENTIFIER,
    /** A number among the keywords ({@code "keyword": [2019, ...]}; CKAN: a tag named 2019; RDF: an integer literal). */
    KEYWORD_AS_NUMBER,
    /** {@code modified} is not a date: an epoch number in JSON, {@code "TBD"} in RDF. */
    MODIFIED_NOT_A_DATE,
    /** A description longer than the source's {@code maxTextLength}. */
    OVERLONG_DESCRIPTION,
    /** A distribution whose download URL is a Windows file-share path, not a URL. */
    INVALID_DOWNLOAD_URL,
    /** RDF only: listed by {@code dcat:dataset} but not described on the page. */
    LISTED_NOT_DESCRIBED;

    /** What the harvest does with such a record. */
    public enum Outcome {
        /** Not harvested; an ERROR finding. */
        SKIPPED_WITH_ERROR,
        /** Not harvested; an INFO finding (CKAN: a package listed again is taken for one added while paging). */
        SKIPPED_WITH_INFO,
        /** Harvested after a cut to the source's limits; a WARNING finding. */
        HARVESTED_WITH_WARNING,
        /** Harvested as it is, without a finding: the bad value is kept (a literal instead of a URL) or dropped. */
        HARVESTED;

        public boolean harvested() {
            return this == HARVESTED_WITH_WARNING || this == HARVESTED;
        }
    }

    /** The kinds a portal of this API lists, in the order they are placed. */
    static List<BrokenKind> listedBy(SourceKind kind) {
        List<BrokenKind> common = List.of(MISSING_IDENTIFIER, DUPLICATE_IDENTIFIER, KEYWORD_AS_NUMBER,
                MODIFIED_NOT_A_DATE, OVERLONG_DESCRIPTION, INVALID_DOWNLOAD_URL);
        if (kind != SourceKind.DCAT_RDF) return common;
        List<BrokenKind> rdf = new java.util.ArrayList<>(common);
        rdf.add(LISTED_NOT_DESCRIBED);
        return List.copyOf(rdf);
    }

    /**
     * What the real adapter of {@code kind} does with this record (docs/harvest-adapters.md, harvest-portals.md).
     * The data.json family (Socrata, ArcGIS Hub, DKAN, data.json) refuses wrong JSON types; CKAN's package mapping
     * reads only text values and so drops them; the DCAT RDF reader keeps any literal.
     */
    public Outcome outcome(SourceKind kind) {
        return switch (this) {
            case MISSING_IDENTIFIER, LISTED_NOT_DESCRIBED -> Outcome.SKIPPED_WITH_ERROR;
            case DUPLICATE_IDENTIFIER -> kind == SourceKind.CKAN ? Outcome.SKIPPED_WITH_INFO : Outcome.SKIPPED_WITH_ERROR;
            case KEYWORD_AS_NUMBER, MODIFIED_NOT_A_DATE -> kind == SourceKind.CKAN || kind == SourceKind.DCAT_RDF
                    ? Outcome.HARVESTED : Outcome.SKIPPED_WITH_ERROR;
            case OVERLONG_DESCRIPTION -> kind == SourceKind.DCAT_RDF ? Outcome.HARVESTED : Outcome.HARVESTED_WITH_WARNING;
            case INVALID_DOWNLOAD_URL -> Outcome.HARVESTED;
        };
    }
}
