package org.civiccatalog.harvest.demo;

/**
 * What a harvest of one demo portal with the real adapter ({@code Adapters.forKind}) and default limits gives.
 *
 * @param listed    entries the portal lists (broken ones included)
 * @param harvested datasets delivered (= a first harvest's created count)
 * @param errors    ERROR findings (= the source report's failed count): broken records skipped
 * @param warnings  WARNING findings: records cut to the source's limits
 * @param infos     INFO findings: CKAN packages listed again, one per other CKAN portal linked to, and Socrata's
 *                  one "identifiers on another host" (the simulated portal is reached at 127.0.0.1)
 */
public record Expectation(String sourceId, int listed, int harvested, int errors, int warnings, int infos) {}
