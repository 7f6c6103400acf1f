package io.certdesk.delivery.internal;

import io.certdesk.core.errors.ErrorCode;
import io.certdesk.delivery.DeliveryException;
import io.certdesk.delivery.DeliveryItem;
import org.eclipse.osgi.util.NLS;

/** What an unexpected exception or {@link Error} in one part of a batch becomes: that part's failure (1103). */
final class Crashes {

    private Crashes() {
    }

    static DeliveryException of(DeliveryItem item, Throwable e) {
        return new DeliveryException(ErrorCode.UNKNOWN, item.label(), NLS.bind(Messages.partCrashed, e.getClass().getSimpleName()));
    }
}
