package io.certdesk.roster.contract;

import io.certdesk.roster.RosterReader;
import io.certdesk.roster.internal.RosterReaderComponent;

/** The OSGi service the commands and the job service get, against the reader contract. */
class RosterReaderComponentContractTest extends RosterReaderContractTest {

    @Override
    protected RosterReader reader() {
        return new RosterReaderComponent();
    }
}
