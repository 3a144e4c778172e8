package org.civiccatalog.harvest.demo;

import java.time.LocalDate;

/**
 * How big the demo's standards tables are and the day they are "as of": every generated date falls in the year
 * before it. {@code serve --demo} uses today, so that Open311's default 90-day window has requests in it; tests use a
 * fixed day.
 *
 * @param serviceRequests rows of the service request table
 * @param inspections     rows of the inspections table (about a third as many facilities, 0-4 violations each)
 */
public record DemoStandards(int serviceRequests, int inspections, LocalDate asOf) {
    public static final int DEFAULT_SERVICE_REQUESTS = 3000;
    public static final int DEFAULT_INSPECTIONS = 1500;

    public DemoStandards {
        if (serviceRequests < 1) throw new IllegalArgumentException("serviceRequests must be >= 1, got " + serviceRequests);
        if (inspections < 3) throw new IllegalArgumentException("inspections must be >= 3, got " + inspections);
        java.util.Objects.requireNonNull(asOf, "asOf");
    }

    /** The default sizes, as of the region's own date (2025-06-30). */
    public static DemoStandards defaults() {
        return new DemoStandards(DEFAULT_SERVICE_REQUESTS, DEFAULT_INSPECTIONS, RecordFactory.AS_OF.toLocalDate());
    }

    public DemoStandards asOf(LocalDate day) {
        return new DemoStandards(serviceRequests, inspections, day);
    }

    String tag() {
        return serviceRequests + "/" + inspections + "/" + asOf;
    }
}
