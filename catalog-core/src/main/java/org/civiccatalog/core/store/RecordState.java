package org.civiccatalog.core.store;

import java.util.Optional;

/**
 * What the store holds about one record, for a harvest's diff: its content hash and whether it is withdrawn. A
 * harvester may prefix the content hash with a hash of the record's source form and '|'
 * ("src:&lt;hex&gt;|&lt;graph hash&gt;"): the source part can change while the description does not.
 */
public record RecordState(String upstreamId, Optional<String> contentHash, boolean withdrawn) {
    /** The source hash the record was stored with: the part of its content hash before '|', if any. */
    public Optional<String> sourceHash() {
        return contentHash.filter(h -> h.indexOf('|') > 0).map(h -> h.substring(0, h.indexOf('|')));
    }

    /** The part of a content hash that hashes the graph (all of it when it has no source part). */
    public static String graphPart(String contentHash) {
        return contentHash.substring(contentHash.indexOf('|') + 1);
    }
}
