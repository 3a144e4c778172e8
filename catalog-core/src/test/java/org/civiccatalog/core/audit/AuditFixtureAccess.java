package org.civiccatalog.core.audit;

/** The audit fixtures, for tests in sub-packages. */
public final class AuditFixtureAccess {
    private AuditFixtureAccess() {}

    public static String perfect() {
        return AuditFixture.perfect();
    }
}
