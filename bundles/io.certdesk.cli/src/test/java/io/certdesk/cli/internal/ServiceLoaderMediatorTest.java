package io.certdesk.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;

/** The message of a failed mediator start names the start's own failure, never the future's wrapper or "null". */
class ServiceLoaderMediatorTest {

    @Test
    void theReasonIsTheStartsOwnFailure() {
        BundleException failure = new BundleException("SPI Fly could not resolve"); //$NON-NLS-1$
        assertEquals("SPI Fly could not resolve", ServiceLoaderMediator.reason(new ExecutionException(failure))); //$NON-NLS-1$
        assertEquals("SPI Fly could not resolve", ServiceLoaderMediator.reason(failure)); //$NON-NLS-1$
        assertEquals("TimeoutException", ServiceLoaderMediator.reason(new TimeoutException())); //$NON-NLS-1$
    }
}
