package io.certdesk.delivery;

import java.util.List;

/**
 * Where the delivery commands get their items: the workspace implements it over its entries (those whose
 * certificate was exported) and roster rows. Items are returned in roster order.
 */
public interface DeliverySource {

    /** Every entry ready for delivery (exported file present). */
    List<DeliveryItem> items() throws DeliveryException;
}
