package io.certdesk.roster;

import io.certdesk.roster.internal.DefaultRosterReader;

/**
 * Roster readers outside OSGi (command-line and job-service tests, benchmarks). In the product the reader is the
 * OSGi service {@link RosterReader}.
 */
public final class RosterReaders {

    private RosterReaders() {
    }

    /** The standard reader: xlsx (streamed, hardened), xls and CSV. */
    public static RosterReader create() {
        TemporaryFiles.installDefault();
        return new DefaultRosterReader();
    }
}
