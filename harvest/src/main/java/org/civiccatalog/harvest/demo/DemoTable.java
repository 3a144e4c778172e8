package org.civiccatalog.harvest.demo;

import java.util.List;
import java.util.Optional;

/**
 * The demo region's datasets whose CSV distributions hold rows (docs/harvest.md "Standards datasets"): the city's
 * MyLA311-style service requests on Socrata and the county's restaurant inspections, violations and facility
 * inventory on DKAN. Their columns are the input columns of the shipped crosswalks ({@code myla311-open311},
 * {@code lacounty-restaurants-lives}), spelt as the real portals spell them.
 */
public enum DemoTable {
    SERVICE_REQUESTS(DemoPortal.CITY_SOCRATA, "MyLA311 Service Request Data", "311 Service Requests", "requests",
            "Service requests made to the city's 311 centre by phone, app, e-mail and the web: type, status, dates,"
                    + " the department responsible and where.",
            List.of(new Agencies.Column("SRNumber", "text"), new Agencies.Column("CreatedDate", "calendar_date"),
                    new Agencies.Column("UpdatedDate", "calendar_date"), new Agencies.Column("ActionTaken", "text"),
                    new Agencies.Column("Owner", "text"), new Agencies.Column("RequestType", "text"),
                    new Agencies.Column("Status", "text"), new Agencies.Column("RequestSource", "text"),
                    new Agencies.Column("AssignTo", "text"), new Agencies.Column("ClosedDate", "calendar_date"),
                    new Agencies.Column("Address", "text"), new Agencies.Column("ZipCode", "text"),
                    new Agencies.Column("Latitude", "number"), new Agencies.Column("Longitude", "number"),
                    new Agencies.Column("CD", "number"))),
    INSPECTIONS(DemoPortal.COUNTY_DKAN, "Restaurant and Market Inspections", "Restaurant Inspections", "inspections",
            "Routine inspections, re-inspections and complaint inspections of food facilities by Environmental Health:"
                    + " date, score and letter grade (A, B, C).",
            List.of(new Agencies.Column("activity_date", "calendar_date"), new Agencies.Column("owner_id", "text"),
                    new Agencies.Column("facility_id", "text"), new Agencies.Column("facility_name", "text"),
                    new Agencies.Column("program_name", "text"), new Agencies.Column("service_description", "text"),
                    new Agencies.Column("score", "number"), new Agencies.Column("grade", "text"),
                    new Agencies.Column("serial_number", "text"), new Agencies.Column("employee_id", "text"))),
    VIOLATIONS(DemoPortal.COUNTY_DKAN, "Restaurant and Market Violations", "Restaurant Inspections", "violations",
            "The violations found at each inspection of a food facility, linked to the inspection by its serial number.",
            List.of(new Agencies.Column("serial_number", "text"), new Agencies.Column("violation_status", "text"),
                    new Agencies.Column("violation_code", "text"), new Agencies.Column("violation_description", "text"),
                    new Agencies.Column("points", "number"))),
    FACILITIES(DemoPortal.COUNTY_DKAN, "Restaurant and Market Inventory", "Restaurant Inspections", "facilities",
            "Every food facility with a public health permit: name, address and location.",
            List.of(new Agencies.Column("facility_id", "text"), new Agencies.Column("facility_name", "text"),
                    new Agencies.Column("facility_address", "text"), new Agencies.Column("facility_city", "text"),
                    new Agencies.Column("facility_state", "text"), new Agencies.Column("facility_zip", "text"),
                    new Agencies.Column("facility_latitude", "number"), new Agencies.Column("facility_longitude", "number")));

    private final DemoPortal portal;
    private final String title;
    private final String subject;
    private final String input;
    private final String description;
    private final List<Agencies.Column> columns;

    DemoTable(DemoPortal portal, String title, String subject, String input, String description, List<Agencies.Column> columns) {
        this.portal = portal;
        this.title = title;
        this.subject = subject;
        this.input = input;
        this.description = description;
        this.columns = columns;
    }

    public DemoPortal portal() {
        return portal;
    }

    public String title() {
        return title;
    }

    /** The crosswalk input this table is. */
    public String input() {
        return input;
    }

    String description() {
        return description;
    }

    /** The subject of agencies.json whose department publishes it. */
    String subject() {
        return subject;
    }

    /** Open311 GeoReport v2's specification page, as Open311 service discovery names it. */
    public static final String OPEN311_SPEC = "http://wiki.open311.org/GeoReport_v2";
    /** LIVES' specification page. */
    public static final String LIVES_SPEC = "https://www.yelp.com/healthscores";

    /**
     * The standard the record of this table declares in {@code conformsTo}: the 311 requests Open311, the inspections
     * LIVES (both reach it through a crosswalk); the violations and the inventory declare none, so the catalog
     * suggests one for them.
     */
    public Optional<String> conformsTo() {
        return switch (this) {
            case SERVICE_REQUESTS -> Optional.of(OPEN311_SPEC);
            case INSPECTIONS -> Optional.of(LIVES_SPEC);
            default -> Optional.empty();
        };
    }

    /** The CSV header, in order. */
    public List<String> header() {
        return columns.stream().map(Agencies.Column::name).toList();
    }

    List<Agencies.Column> columns() {
        return columns;
    }

    /** The file name of a county table's CSV ({@code inspections.csv}). */
    String fileName() {
        return input + ".csv";
    }
}
