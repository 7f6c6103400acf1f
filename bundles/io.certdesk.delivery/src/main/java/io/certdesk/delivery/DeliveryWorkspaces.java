package io.certdesk.delivery;

import java.nio.file.Path;

/** Opens the workspace in a folder for delivery; provided by the workspace bundle as a service. */
@FunctionalInterface
public interface DeliveryWorkspaces {

    /** Opens the workspace; the caller closes it. */
    DeliveryWorkspace open(Path folder) throws DeliveryException;
}
