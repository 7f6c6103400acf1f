package io.certdesk.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import io.certdesk.core.errors.ErrorCode;

/**
 * Gives the bytes of the PKCS#12 file to attach, read for one message. A workspace reads them through its vault's
 * integrity check (the SHA-256 recorded when the export was stored), so a file changed or replaced after the export
 * is never mailed; {@link #file(Path)} reads a file as it is (tests, files outside a workspace).
 */
@FunctionalInterface
public interface AttachmentSource {

    /** The file's bytes; fails with the reason when they cannot be read or did not pass the check. */
    byte[] read() throws DeliveryException;

    /** A plain file, read as it is when the message is built. */
    static AttachmentSource file(Path p12) {
        Objects.requireNonNull(p12, "p12"); //$NON-NLS-1$
        return () -> {
            try {
                return Files.readAllBytes(p12);
            } catch (IOException e) {
                throw new DeliveryException(ErrorCode.DELIVERY_ATTACHMENT_UNREADABLE, p12.toString(),
                        String.valueOf(e.getMessage()), e);
            }
        };
    }
}
