package org.civiccatalog.harvest.demo;

import java.util.Optional;

/**
 * Ground truth: record {@code position} (0-based, in the portal's listing order) of source {@code sourceId} is broken
 * this way, carries this identifier (empty when that is what is broken), and the harvest does {@code outcome} with it.
 */
public record BrokenRecord(String sourceId, int position, BrokenKind kind, Optional<String> identifier,
                           BrokenKind.Outcome outcome) {}
