package io.certdesk.roster.internal;

import org.xml.sax.SAXException;

import io.certdesk.roster.RosterException;

/** Ends a SAX parse early: because the row handler has seen enough, or with a {@link RosterException}. */
final class StopReading extends SAXException {

    private static final long serialVersionUID = 1L;

    private final transient RosterException failure;

    StopReading(RosterException failure) {
        super(failure == null ? "stop" : failure.getMessage()); //$NON-NLS-1$
        this.failure = failure;
    }

    RosterException failure() {
        return failure;
    }
}
