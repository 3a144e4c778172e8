package org.civiccatalog.harvest.demo;

import java.util.function.Consumer;

/**
 * What is true of the demo's standards tables, for tests: every generated row, made again from the seed (never from
 * the CSV or a crosswalk), and the counts a LIVES feed of them must have.
 */
public final class StandardsTruth {
    /** Rows of each restaurant table, and how many refer to a facility of the inventory (what LIVES keeps). */
    public record RestaurantCounts(int facilities, int inspections, int inspectionsOfListed, int violations,
                                   int violationsOfListed) {}

    private final ServiceRequestTable requests;
    private final RestaurantTables restaurants;
    private volatile RestaurantCounts counts;

    StandardsTruth(ServiceRequestTable requests, RestaurantTables restaurants) {
        this.requests = requests;
        this.restaurants = restaurants;
    }

    /** Every service request of the city's table, in CSV order. */
    public void forEachServiceRequest(Consumer<ServiceRequestTable.ServiceRequest> sink) {
        requests.forEach(sink);
    }

    public void forEachInspection(Consumer<RestaurantTables.Inspection> sink) {
        restaurants.forEachInspection(sink);
    }

    public RestaurantCounts restaurantCounts() {
        RestaurantCounts c = counts;
        if (c != null) return c;
        int[] n = new int[4];
        restaurants.forEachInspection(i -> {
            n[0]++;
            n[2] += i.violations();
            if (i.listed()) {
                n[1]++;
                n[3] += i.violations();
            }
        });
        return counts = new RestaurantCounts(restaurants.facilities(), n[0], n[1], n[2], n[3]);
    }
}
