package org.civiccatalog.vocab;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;

/**
 * The one prefix registry of the catalog: every namespace it writes, with the prefix used in feeds,
 * SPARQL examples and pages. Other modules never spell a namespace themselves.
 */
public final class Prefixes {
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String SCHEMA = "http://schema.org/";
    /** GeoSPARQL: {@code GEOSPARQL + "wktLiteral"} is the datatype of dcat:bbox and locn:geometry values. Not a registered prefix. */
    public static final String GEOSPARQL = "http://www.opengis.net/ont/geosparql#";
    /** IANA media types registry: {@code IANA_MEDIA_TYPES + "text/csv"} is a dcat:mediaType IRI (DCAT 3, DCAT-AP). Not a registered prefix. */
    public static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    /** EU access-right authority table: dct:accessRights values PUBLIC, RESTRICTED, NON_PUBLIC (DCAT-AP). Not a registered prefix. */
    public static final String EU_ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";
    /** EU frequency authority table: dct:accrualPeriodicity values such as WEEKLY (DCAT-AP). Not a registered prefix. */
    public static final String EU_FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";
    /** EU file type authority table: dct:format values such as CSV (DCAT-AP). Not a registered prefix. */
    public static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    /** EU data theme authority table: dcat:theme values such as TRAN (DCAT-AP). Not a registered prefix. */
    public static final String EU_DATA_THEME = "http://publications.europa.eu/resource/authority/data-theme/";
    /** EU licence authority table: dct:license values such as CC_BY_4_0 (DCAT-AP). Not a registered prefix. */
    public static final String EU_LICENCE = "http://publications.europa.eu/resource/authority/licence/";
    /** Library of Congress ISO 639-1 languages: {@code LOC_ISO639_1 + "en"}, a dct:language value. Not a registered prefix. */
    public static final String LOC_ISO639_1 = "http://id.loc.gov/vocabulary/iso639-1/";

    private static final Map<String, String> BY_PREFIX = build();
    private static final PrefixMapping MAPPING = PrefixMapping.Factory.create().setNsPrefixes(BY_PREFIX).lock();

    private Prefixes() {}

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rdf", RDF);
        m.put("rdfs", RDFS);
        m.put("xsd", XSD);
        m.put("owl", OWL);
        m.put(DCAT.PREFIX, DCAT.NS);
        m.put(DCTERMS.PREFIX, DCTERMS.NS);
        m.put(DCATUS11.PREFIX, DCATUS11.NS);
        m.put(DCATUS3.PREFIX, DCATUS3.NS);
        m.put(FOAF.PREFIX, FOAF.NS);
        m.put(VCARD.PREFIX, VCARD.NS);
        m.put(ADMS.PREFIX, ADMS.NS);
        m.put(DQV.PREFIX, DQV.NS);
        m.put(PROV.PREFIX, PROV.NS);
        m.put(HYDRA.PREFIX, HYDRA.NS);
        m.put(LOCN.PREFIX, LOCN.NS);
        m.put(SKOS.PREFIX, SKOS.NS);
        m.put(SPDX.PREFIX, SPDX.NS);
        m.put(ORG.PREFIX, ORG.NS);
        m.put(PV.PREFIX, PV.NS);
        m.put(CIVIC.PREFIX, CIVIC.NS);
        m.put("schema", SCHEMA);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** prefix -> namespace, in a stable order. */
    public static Map<String, String> all() {
        return BY_PREFIX;
    }

    /** A locked Jena prefix mapping, for writers and query parsing. */
    public static PrefixMapping mapping() {
        return MAPPING;
    }

    /** The namespace of a prefix, if registered. */
    public static Optional<String> namespace(String prefix) {
        return Optional.ofNullable(BY_PREFIX.get(prefix));
    }

    /** The compact form {@code prefix:local} of a term, or its full IRI when no prefix covers it. */
    public static String curie(Resource term) {
        String uri = term.getURI();
        String shortForm = MAPPING.shortForm(uri);
        return shortForm;
    }

    /** SPARQL {@code PREFIX} declarations for every registered namespace. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        BY_PREFIX.forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
