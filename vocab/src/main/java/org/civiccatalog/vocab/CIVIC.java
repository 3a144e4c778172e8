package org.civiccatalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The catalog's own terms: what a record says about its source and about fields DCAT cannot hold losslessly. We define them; names follow the same exact-case rule as the W3C classes. */
public final class CIVIC {
    public static final String PREFIX = "civic";
    public static final String NS = "https://w3id.org/civic-catalog/ns#";

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Classes
    /** A harvest source: one upstream portal or feed, a sub-catalog of the federated catalog. */
    public static final Resource Source = ResourceFactory.createResource(NS + "Source");

    // Properties
    /** A harvest run's result for one source (a node hanging off the run's prov:Activity). */
    public static final Property sourceRun = ResourceFactory.createProperty(NS + "sourceRun");
    /** The source a harvest result is about. */
    public static final Property harvestedSource = ResourceFactory.createProperty(NS + "harvestedSource");
    /** COMPLETE, PARTIAL or FAILED. */
    public static final Property outcome = ResourceFactory.createProperty(NS + "outcome");
    public static final Property createdCount = ResourceFactory.createProperty(NS + "createdCount");
    public static final Property changedCount = ResourceFactory.createProperty(NS + "changedCount");
    public static final Property unchangedCount = ResourceFactory.createProperty(NS + "unchangedCount");
    public static final Property returnedCount = ResourceFactory.createProperty(NS + "returnedCount");
    public static final Property withdrawnCount = ResourceFactory.createProperty(NS + "withdrawnCount");
    public static final Property failedCount = ResourceFactory.createProperty(NS + "failedCount");
    /** Why a gather stopped or why nothing was withdrawn, in plain English. */
    public static final Property problem = ResourceFactory.createProperty(NS + "problem");
    /** One finding of a harvest, as text. */
    public static final Property finding = ResourceFactory.createProperty(NS + "finding");
    /** Hex SHA-256 of a record's canonical content, to skip unchanged records. */
    public static final Property contentHash = ResourceFactory.createProperty(NS + "contentHash");
    /** Monotonic counter of committed changes, on the federated catalog: the basis of feed ETags. */
    public static final Property stateVersion = ResourceFactory.createProperty(NS + "stateVersion");
    /** The base IRI the store's IRIs were minted under. */
    public static final Property baseIri = ResourceFactory.createProperty(NS + "baseIri");
    /** When a record was last seen upstream. */
    public static final Property lastSeen = ResourceFactory.createProperty(NS + "lastSeen");
    /** The upstream identifier a record was keyed on. */
    public static final Property upstreamId = ResourceFactory.createProperty(NS + "upstreamId");
    /** The 1-based number of an earlier version of a record, in the history database. */
    public static final Property versionNumber = ResourceFactory.createProperty(NS + "versionNumber");
    /** A source's catalog-level data.json field kept for round-tripping (JSON text of the member). */
    public static final Property catalogField = ResourceFactory.createProperty(NS + "catalogField");
    /** Status value of a record that is live upstream. */
    public static final org.apache.jena.rdf.model.Resource active = ResourceFactory.createResource(NS + "active");
    /** The concept scheme of the two record status values (so that SHACL sees them as concepts of a scheme). */
    public static final Resource recordStatus = ResourceFactory.createResource(NS + "recordStatus");
    /** Status value of a record that vanished upstream (kept, never deleted). */
    public static final org.apache.jena.rdf.model.Resource withdrawn = ResourceFactory.createResource(NS + "withdrawn");
    /** The kind of API a source speaks (e.g. socrata, ckan, datajson), a plain literal. */
    public static final Property sourceKind = ResourceFactory.createProperty(NS + "sourceKind");
    /** The IRI the upstream gave a resource before the catalog minted its own. */
    public static final Property originalIri = ResourceFactory.createProperty(NS + "originalIri");
    /** An upstream value kept verbatim because it could not be mapped losslessly. */
    public static final Property rawValue = ResourceFactory.createProperty(NS + "rawValue");
    /** An upstream field that has no DCAT term, kept for round-tripping. */
    public static final Property extraField = ResourceFactory.createProperty(NS + "extraField");
    /** Unused so far: records carry adms:status with civic:active / civic:withdrawn (see docs/vocab.md). */
    public static final Property status = ResourceFactory.createProperty(NS + "status");

    // Cross-portal identity (held in the identity graph, {base}graph/identity)
    /** The dataset is a re-publication, on another portal, of the object: the origin, listed in feeds instead. */
    public static final Property copyOf = ResourceFactory.createProperty(NS + "copyOf");
    /** How a copy was recognised: one of the match kinds below. */
    public static final Property matchedBy = ResourceFactory.createProperty(NS + "matchedBy");
    /** The value both descriptions share (a URL, an identifier, or the shared title), in plain text. */
    public static final Property matchedValue = ResourceFactory.createProperty(NS + "matchedValue");
    /** The other description the copy was matched with (the origin, or another copy of it). */
    public static final Property matchedWith = ResourceFactory.createProperty(NS + "matchedWith");
    /** Match kind: the same dct:identifier (or the same original IRI). */
    public static final Resource sameIdentifier = ResourceFactory.createResource(NS + "sameIdentifier");
    /** Match kind: the same landing page. */
    public static final Resource sameLandingPage = ResourceFactory.createResource(NS + "sameLandingPage");
    /** Match kind: a distribution with the same download or access URL. */
    public static final Resource sameDownloadUrl = ResourceFactory.createResource(NS + "sameDownloadUrl");
    /** Match kind: the copy names the origin's page as its dct:source (data.ca.gov resources on CHHS or CNRA). */
    public static final Resource sourceLink = ResourceFactory.createResource(NS + "sourceLink");
    /** Match kind: the same title and a near-identical description (no shared identifier or URL). */
    public static final Resource similarText = ResourceFactory.createResource(NS + "similarText");
    /** On a harvest run: how many datasets were copies of another portal's dataset after it. */
    public static final Property copyCount = ResourceFactory.createProperty(NS + "copyCount");
    /** The level of government that runs a source: "city", "county", "state", "region" or "other". */
    public static final Property jurisdiction = ResourceFactory.createProperty(NS + "jurisdiction");

    // Metadata audit (one quality graph per run, {base}graph/audit/{run}; docs/audit.md)
    /** An audit run, a prov:Activity: its quality graph is prov:wasGeneratedBy it. */
    public static final Resource AuditRun = ResourceFactory.createResource(NS + "AuditRun");
    /** A rule's stable identifier, on the rule's dqv:Metric (e.g. "mqa.keywordAvailability"). */
    public static final Property ruleId = ResourceFactory.createProperty(NS + "ruleId");
    /** A rule's severity: {@link #error}, {@link #warning} or {@link #info}. */
    public static final Property severity = ResourceFactory.createProperty(NS + "severity");
    /** Severity: the metadata is invalid against a schema or a mandatory shape. */
    public static final Resource error = ResourceFactory.createResource(NS + "error");
    /** Severity: the metadata is valid but lacks something that costs findability, reuse or score. */
    public static final Resource warning = ResourceFactory.createResource(NS + "warning");
    /** Severity: a note or a question for the data steward. */
    public static final Resource info = ResourceFactory.createResource(NS + "info");
    /** What a finding says, in plain English, with how to fix it (when it says more than its rule's rdfs:comment). */
    public static final Property message = ResourceFactory.createProperty(NS + "message");
    /** The property a finding or a rule is about. */
    public static final Property onProperty = ResourceFactory.createProperty(NS + "onProperty");
    /** The node of the record a finding is about, when not the dataset itself (a distribution, the publisher). */
    public static final Property focusNode = ResourceFactory.createProperty(NS + "focusNode");
    /** MQA points the dataset gains when the finding is fixed. */
    public static final Property fixPoints = ResourceFactory.createProperty(NS + "fixPoints");
    /** On an aggregate measurement or a run: how many datasets it covers. */
    public static final Property datasetCount = ResourceFactory.createProperty(NS + "datasetCount");
    /** On an aggregate score: datasets rated excellent (351-405). */
    public static final Property excellentCount = ResourceFactory.createProperty(NS + "excellentCount");
    /** On an aggregate score: datasets rated good (221-350). */
    public static final Property goodCount = ResourceFactory.createProperty(NS + "goodCount");
    /** On an aggregate score: datasets rated sufficient (121-220). */
    public static final Property sufficientCount = ResourceFactory.createProperty(NS + "sufficientCount");
    /** On an aggregate score: datasets rated bad (0-120). */
    public static final Property badCount = ResourceFactory.createProperty(NS + "badCount");
    /** On an aggregate: datasets past their declared update frequency. */
    public static final Property overdueCount = ResourceFactory.createProperty(NS + "overdueCount");
    /** On an aggregate: findings of severity error. */
    public static final Property errorCount = ResourceFactory.createProperty(NS + "errorCount");
    /** On an aggregate: findings of severity warning. */
    public static final Property warningCount = ResourceFactory.createProperty(NS + "warningCount");
    /** Dimension of the Los Angeles data standards checklist (five areas). */
    public static final Resource laChecklist = ResourceFactory.createResource(NS + "laChecklist");
    /** Dimension: how current a dataset is against its declared update frequency. */
    public static final Resource freshness = ResourceFactory.createResource(NS + "freshness");
    /** Metric: share (0-1) of the measurable consistency items met. */
    public static final Resource laConsistency = ResourceFactory.createResource(NS + "laConsistency");
    /** Metric: share (0-1) of the measurable accessibility items met. */
    public static final Resource laAccessibility = ResourceFactory.createResource(NS + "laAccessibility");
    /** Metric: share (0-1) of the measurable comprehensiveness items met. */
    public static final Resource laComprehensiveness = ResourceFactory.createResource(NS + "laComprehensiveness");
    /** Metric: share (0-1) of the measurable trustworthiness items met. */
    public static final Resource laTrustworthiness = ResourceFactory.createResource(NS + "laTrustworthiness");
    /** Metric: share (0-1) of the measurable degree-of-interest items met. */
    public static final Resource laDegreeOfInterest = ResourceFactory.createResource(NS + "laDegreeOfInterest");
    /** Metric: days past the next update the declared dct:accrualPeriodicity promised (0 when on time). */
    public static final Resource daysOverdue = ResourceFactory.createResource(NS + "daysOverdue");
    /** Metric: MQA points that depend on link checks not made yet (not counted in pv:scoring). */
    public static final Resource pendingPoints = ResourceFactory.createResource(NS + "pendingPoints");
    /**
     * On a dataset, in a run's quality graph: the quality graph holding the dataset's results in that run (the run's own
     * when it audited the dataset again, an earlier run's when nothing the results depend on changed since).
     */
    public static final Property auditResults = ResourceFactory.createProperty(NS + "auditResults");
    /** On a dataset, beside its results: a digest of what they were computed from (record, rule set, source). */
    public static final Property auditInputs = ResourceFactory.createProperty(NS + "auditInputs");
    /** On a dataset, beside its results: the whole report as JSON (info findings included), for later runs that reuse it. */
    public static final Property auditReport = ResourceFactory.createProperty(NS + "auditReport");
    /** On a dataset, beside its results: what the aggregates and rules read of them, as JSON (read without the report). */
    public static final Property auditSummary = ResourceFactory.createProperty(NS + "auditSummary");
    /** A link-check result (written by the link checker, read by the audit): see docs/audit.md. */
    public static final Resource LinkCheck = ResourceFactory.createResource(NS + "LinkCheck");
    /** The URL a link check is about. */
    public static final Property checkedUrl = ResourceFactory.createProperty(NS + "checkedUrl");
    /** The final HTTP status code a link check got (after redirects). */
    public static final Property httpStatus = ResourceFactory.createProperty(NS + "httpStatus");
    /** On a link check: the URL the redirects ended at. */
    public static final Property finalUrl = ResourceFactory.createProperty(NS + "finalUrl");
    /** On a link check: how many redirects were followed. */
    public static final Property redirectCount = ResourceFactory.createProperty(NS + "redirectCount");
    /** On a link check: the Content-Type the server sent (media type, without parameters). */
    public static final Property contentType = ResourceFactory.createProperty(NS + "contentType");
    /** On a link check: the media type the metadata declared for the link (dcat:mediaType, else dct:format). */
    public static final Property declaredType = ResourceFactory.createProperty(NS + "declaredType");
    /** On a link check: true when the served content type contradicts the declared one (a finding, not "broken"). */
    public static final Property contentTypeMismatch = ResourceFactory.createProperty(NS + "contentTypeMismatch");
    /** On a link check: the HTTP method whose answer decided the check ("HEAD" or "GET"). */
    public static final Property httpMethod = ResourceFactory.createProperty(NS + "httpMethod");
    /** On a link check: how long the check took, in milliseconds. */
    public static final Property durationMillis = ResourceFactory.createProperty(NS + "durationMillis");
    /** On a link check: a dataset whose metadata gives the URL (accessURL, downloadURL, landingPage, describedBy). */
    public static final Property usedBy = ResourceFactory.createProperty(NS + "usedBy");

    // Standards registry and its profile vocabulary (docs/standards.md), held in {base}graph/standards
    /** A name or URL publishers write in dct:conformsTo for a standard (matched without case, scheme or "www."). */
    public static final Property alias = ResourceFactory.createProperty(NS + "alias");
    /** A file (table) of a standard's profile: a CSV member of a zip, or a resource of an API. */
    public static final Resource File = ResourceFactory.createResource(NS + "File");
    /** A standard's file, in the profile (a civic:File). */
    public static final Property file = ResourceFactory.createProperty(NS + "file");
    /** A field (column, element) of a file of a standard's profile. */
    public static final Resource Field = ResourceFactory.createResource(NS + "Field");
    /** A file's field (a civic:Field). */
    public static final Property field = ResourceFactory.createProperty(NS + "field");
    /** The name of a file (e.g. "businesses.csv") or of a field (e.g. "business_id"), exactly as the standard spells it. */
    public static final Property fieldName = ResourceFactory.createProperty(NS + "fieldName");
    /** The 1-based position of a field in its file, or of a file in its standard. */
    public static final Property position = ResourceFactory.createProperty(NS + "position");
    /** A field's value type: one of string, integer, number, boolean, date, datetime, url, email. */
    public static final Property valueType = ResourceFactory.createProperty(NS + "valueType");
    /** Whether a field (or file) must be present and, for a field, never empty. */
    public static final Property required = ResourceFactory.createProperty(NS + "required");
    /** Whether a field the standard does not require is expected in practice (a warning when missing). */
    public static final Property recommended = ResourceFactory.createProperty(NS + "recommended");
    /** A value a field may take; a field with none takes any value of its type. */
    public static final Property allowedValue = ResourceFactory.createProperty(NS + "allowedValue");
    /** The pattern of a date or datetime field (java.time DateTimeFormatter syntax, e.g. "yyyyMMdd"). */
    public static final Property dateFormat = ResourceFactory.createProperty(NS + "dateFormat");
    /** The smallest value a number field may take (e.g. -90 for a latitude). */
    public static final Property minValue = ResourceFactory.createProperty(NS + "minValue");
    /** The largest value a number field may take. */
    public static final Property maxValue = ResourceFactory.createProperty(NS + "maxValue");
    /** The field of another file this field's values must be found in ("businesses.csv#business_id"). */
    public static final Property references = ResourceFactory.createProperty(NS + "references");
    /** A crosswalk shipped for a standard: the resource path of its JSON file. */
    public static final Property crosswalk = ResourceFactory.createProperty(NS + "crosswalk");

    // Crosswalks as catalog resources (docs/standards.md "Crosswalks in the catalog"), in {base}graph/standards/crosswalks
    /** Class: a crosswalk, {base}standards/crosswalks/{id}, its JSON file at that IRI + ".json". */
    public static final Resource Crosswalk = ResourceFactory.createResource(NS + "Crosswalk");
    /** A standard (dct:Standard) a crosswalk's outputs follow. */
    public static final Property mapsTo = ResourceFactory.createProperty(NS + "mapsTo");
    /** One input table of a crosswalk (a node with civic:fieldName, dct:title and its civic:columnName values). */
    public static final Property crosswalkInput = ResourceFactory.createProperty(NS + "crosswalkInput");
    /** A column of the source table a crosswalk input reads. */
    public static final Property columnName = ResourceFactory.createProperty(NS + "columnName");
    /**
     * On a distribution: a crosswalk this catalog applies to it to serve a standard (stated by the catalog, not the
     * publisher, so it lives outside the harvested record). Not dcat-us:describedBy, which is the data dictionary.
     */
    public static final Property mappedBy = ResourceFactory.createProperty(NS + "mappedBy");
    /** On a distribution mapped by a crosswalk: which input of the crosswalk it is. */
    public static final Property mappedAs = ResourceFactory.createProperty(NS + "mappedAs");

    // Conformance (docs/standards.md "Conformance"), one graph per checked dataset under {base}graph/conformance/
    /** Metric: the conformance level a dataset reached against a standard (value: one of the levels below). */
    public static final Resource standardConformance = ResourceFactory.createResource(NS + "standardConformance");
    /** Metric: how well a dataset's columns match a standard it does not declare (value 0-1). */
    public static final Resource standardMatch = ResourceFactory.createResource(NS + "standardMatch");
    /** The standard a conformance measurement or suggestion is about. */
    public static final Property standard = ResourceFactory.createProperty(NS + "standard");
    /** Whether the publisher declared the standard in dct:conformsTo (the declaration itself is kept as published). */
    public static final Property declaredByPublisher = ResourceFactory.createProperty(NS + "declaredByPublisher");
    /** How many rows of the sample were checked. */
    public static final Property rowsChecked = ResourceFactory.createProperty(NS + "rowsChecked");
    /** A finding of a conformance check (a node with civic:ruleId, civic:message, civic:fieldName, civic:rowNumber). */
    public static final Property conformanceFinding = ResourceFactory.createProperty(NS + "conformanceFinding");
    /** The 1-based data row a finding is about (the header is row 0). */
    public static final Property rowNumber = ResourceFactory.createProperty(NS + "rowNumber");
    /** The level a conformance measurement reached (one of the four below); its dqv:value is the level's rank 0-3. */
    public static final Property conformanceLevel = ResourceFactory.createProperty(NS + "conformanceLevel");
    /** Level: not declared, and the columns do not match. */
    public static final Resource levelNone = ResourceFactory.createResource(NS + "levelNone");
    /** Level: declared by the publisher, not verified (columns missing, or none known). */
    public static final Resource levelDeclared = ResourceFactory.createResource(NS + "levelDeclared");
    /** Level: every required column is there, with compatible types. */
    public static final Resource levelHeadersMatch = ResourceFactory.createResource(NS + "levelHeadersMatch");
    /** Level: headers match, and every row of the sample is valid. */
    public static final Resource levelSampleValid = ResourceFactory.createResource(NS + "levelSampleValid");

    private CIVIC() {}
}
