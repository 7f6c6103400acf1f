package io.certdesk.roster.contract;

import io.certdesk.roster.RosterReader;
import io.certdesk.roster.internal.DefaultRosterReader;

/** The roster engine itself against the reader contract. */
class DefaultRosterReaderContractTest extends RosterReaderContractTest {

    @Override
    protected RosterReader reader() {
        return new DefaultRosterReader();
    }
}
