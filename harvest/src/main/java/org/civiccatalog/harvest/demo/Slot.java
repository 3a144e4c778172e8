package org.civiccatalog.harvest.demo;

/** What record {@code i} of a portal is: an original, a copy of another portal's record, a broken record, or a derived view. */
sealed interface Slot {
    Original ORIGINAL = new Original();

    /** A record of the portal's own. */
    record Original() implements Slot {}

    /** A re-publication of record {@code originIndex} of {@code origin}. */
    record CopyOf(DemoPortal origin, int originIndex, Evidence evidence) implements Slot {}

    /** A broken record; {@code refIndex} is the record whose identifier a duplicate repeats (else -1). */
    record Broken(BrokenKind kind, int refIndex) implements Slot {}

    /** One of the demo's standards tables ({@link DemoTable}), with rows behind its CSV distribution. */
    record StandardTable(DemoTable table) implements Slot {}

    /** A Socrata filtered view of record {@code parentIndex} ({@code modifyingViewUid}). */
    record DerivedView(int parentIndex) implements Slot {}
}
