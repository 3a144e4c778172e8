package org.civiccatalog.core;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Mints the catalog's own IRIs under one configurable base. A dataset's IRI comes from its source and its
 * upstream identifier, never its title, so it survives renames and re-harvests.
 *
 * <pre>
 *   {base}catalog                          the federated dcat:Catalog
 *   {base}source/{sourceId}                a source, a sub-catalog
 *   {base}dataset/{sourceId}/{key}         a dataset
 *   {base}dataset/{sourceId}/{key}/distribution/{n}   its n-th distribution (1-based: data.json array order;
 *                                                     for DCAT RDF, the order of the original IRIs or keys)
 *   {base}record/{sourceId}/{key}          the dcat:CatalogRecord, also the name of the record's graph
 *   {base}graph/catalog                    the graph holding the catalog and its sources
 *   {base}graph/audit/{run}                the quality graph (DQV) of one audit run; {base}audit/run/{run} the run
 *   {base}audit/rule/{id}                  an audit rule (dqv:Metric); audit/department/{key}, audit/jurisdiction/{key}
 *   {base}graph/standards                  the standards registry (dct:Standard and their profiles, bundled)
 *   {base}standard/{id}                    a standard of the registry
 *   {base}graph/conformance/{sourceId}/{key}   the conformance measurements (DQV) of one dataset
 * </pre>
 * {@code key} is the upstream identifier itself when it is short and made of unreserved characters, else a
 * readable slug of it followed by a hash, so that it never holds '/' or '%' (Jetty refuses encoded slashes).
 */
public final class CatalogIris {
    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,79}");

    private final String base;

    private CatalogIris(String base) {
        this.base = base;
    }

    /** @param base an absolute http(s) IRI; a trailing '/' is added when missing */
    public static CatalogIris of(String base) {
        Objects.requireNonNull(base, "base");
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new CatalogException("Base IRI is not a valid IRI: " + base, e);
        }
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getQuery() != null || uri.getFragment() != null)
            throw new CatalogException("Base IRI must be an absolute http(s) IRI without query or fragment: " + base);
        return new CatalogIris(base.endsWith("/") ? base : base + "/");
    }

    public String base() {
        return base;
    }

    public static boolean isValidSourceId(String sourceId) {
        return sourceId != null && SOURCE_ID.matcher(sourceId).matches();
    }

    public static String requireSourceId(String sourceId) {
        if (!isValidSourceId(sourceId))
            throw new CatalogException("Source id must be 1-64 characters of a-z, 0-9, '.', '_', '-' starting with a letter or digit: '"
                    + sourceId + "'");
        return sourceId;
    }

    public String catalog() {
        return base + "catalog";
    }

    public String catalogGraph() {
        return base + "graph/catalog";
    }

    /** The log graph of harvest runs ({@code prov:Activity} per run), outside the feeds' state. */
    public String harvestGraph() {
        return base + "graph/harvest";
    }

    /**
     * The graph of cross-portal identity links ({@code civic:copyOf}): part of the union default graph so that
     * SPARQL sees them, rewritten as a whole each time copies are detected.
     */
    public String identityGraph() {
        return base + "graph/identity";
    }

    /**
     * The quality graph of one audit run ({@code dqv:QualityMetadata}): every measurement and finding of the run.
     * Each run keeps its own graph so that trends can be drawn; all are in the union default graph.
     */
    public String auditGraph(String runId) {
        return base + "graph/audit/" + requireRunId(runId);
    }

    /** The audit run itself, a {@code prov:Activity} that generated {@link #auditGraph(String)}. */
    public String auditRun(String runId) {
        return base + "audit/run/" + requireRunId(runId);
    }

    /** An audit rule, a {@code dqv:Metric} (rule ids are made of letters, digits, '.', '_' and '-'). */
    public String auditRule(String ruleId) {
        if (ruleId == null || !RULE_ID.matcher(ruleId).matches())
            throw new CatalogException("Not a rule id: '" + ruleId + "'");
        return base + "audit/rule/" + ruleId;
    }

    /** A department (a publisher, by name), the subject of the audit's per-department scores. */
    public String auditDepartment(String publisherName) {
        return base + "audit/department/" + key(publisherName);
    }

    /** A level of government (city, county, state ...), the subject of the audit's per-jurisdiction scores. */
    public String auditJurisdiction(String level) {
        return base + "audit/jurisdiction/" + key(level);
    }

    /**
     * The graph of link-check results ({@code civic:LinkCheck}) the audit reads for the MQA's link-health
     * indicators; the link checker writes it.
     */
    public String linkCheckGraph() {
        return base + "graph/links";
    }

    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final Pattern RUN_ID = Pattern.compile("[0-9]{8}T[0-9]{6}(\\.[0-9]{3})?Z(-[0-9]+)?");

    private static String requireRunId(String runId) {
        if (runId == null || !RUN_ID.matcher(runId).matches())
            throw new CatalogException("Not an audit run id (yyyyMMddTHHmmss.SSSZ): '" + runId + "'");
        return runId;
    }

    /**
     * The graph of the shipped crosswalks as catalog resources and the distributions they are applied to
     * (docs/standards.md, "Crosswalks in the catalog"): a reference graph, written by the catalog, never harvested.
     */
    public String crosswalksGraph() {
        return base + "graph/standards/crosswalks";
    }

    /** A shipped crosswalk as a resource: {@code {base}standards/crosswalks/{id}} (its JSON at that IRI + ".json"). */
    public String crosswalk(String id) {
        return base + "standards/crosswalks/" + id;
    }

    /** The graph of the standards registry: the bundled {@code dct:Standard}s and their profiles. */
    public String standardsGraph() {
        return base + "graph/standards";
    }

    /** A standard of the registry, by its identifier (e.g. {@code lives-2.0}). */
    public String standard(String id) {
        if (id == null || !RULE_ID.matcher(id).matches()) throw new CatalogException("Not a standard id: '" + id + "'");
        return base + "standard/" + id;
    }

    /**
     * The graph of one dataset's conformance measurements (against every standard it was checked for), replaced at
     * each check; for datasets not minted by this catalog, a key of the IRI.
     */
    public String conformanceGraph(String datasetIri) {
        String prefix = base + "dataset/";
        String rest = datasetIri.startsWith(prefix) && datasetIri.substring(prefix.length()).split("/").length == 2
                ? datasetIri.substring(prefix.length()) : "other/" + key(datasetIri);
        return base + "graph/conformance/" + rest;
    }

    /** The index graph of the history database (earlier versions of records). */
    public String historyIndexGraph() {
        return base + "graph/history";
    }

    /** The IRI (and history graph name) of the {@code n}th earlier version of a record. */
    public String recordVersion(String recordIri, int n) {
        if (n < 1) throw new IllegalArgumentException("version numbers are 1-based, got " + n);
        return recordIri + "/version/" + n;
    }

    public String source(String sourceId) {
        return base + "source/" + requireSourceId(sourceId);
    }

    public String dataset(String sourceId, String upstreamId) {
        return base + "dataset/" + requireSourceId(sourceId) + "/" + key(upstreamId);
    }

    public String distribution(String datasetIri, int n) {
        if (n < 1) throw new IllegalArgumentException("distribution index is 1-based, got " + n);
        return datasetIri + "/distribution/" + n;
    }

    public String record(String sourceId, String upstreamId) {
        return base + "record/" + requireSourceId(sourceId) + "/" + key(upstreamId);
    }

    /** The record (and graph) IRI of a dataset IRI minted by this class. */
    public Optional<String> recordOfDataset(String datasetIri) {
        String prefix = base + "dataset/";
        if (!datasetIri.startsWith(prefix)) return Optional.empty();
        String rest = datasetIri.substring(prefix.length());
        if (rest.split("/").length != 2) return Optional.empty();
        return Optional.of(base + "record/" + rest);
    }

    /** The source id of a dataset IRI minted by this class. */
    public Optional<String> sourceOfDataset(String datasetIri) {
        return recordOfDataset(datasetIri).map(r -> r.substring((base + "record/").length(), r.lastIndexOf('/')));
    }

    /** A path-safe key for an upstream identifier: stable, deterministic, readable where possible. */
    // compiled once: every harvested record's IRI goes through key()
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern LEADING_DASHES = Pattern.compile("^-+");

    public static String key(String upstreamId) {
        if (upstreamId == null || upstreamId.isBlank())
            throw new CatalogException("A record needs a non-blank upstream identifier");
        String id = upstreamId.strip();
        if (PLAIN_KEY.matcher(id).matches()) return id;
        String slug = id.toLowerCase(Locale.ROOT);
        slug = SCHEME.matcher(slug).replaceFirst("");
        slug = NOT_ALNUM.matcher(slug).replaceAll("-");
        slug = EDGE_DASHES.matcher(slug).replaceAll("");
        if (slug.length() > 48) slug = LEADING_DASHES.matcher(slug.substring(slug.length() - 48)).replaceAll("");
        String hash = org.apache.commons.codec.digest.DigestUtils.sha256Hex(id).substring(0, 12);
        return slug.isEmpty() ? hash : slug + "-" + hash;
    }

}
